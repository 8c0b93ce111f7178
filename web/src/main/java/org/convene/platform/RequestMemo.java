package org.convene.platform;

import jakarta.servlet.ServletRequest;
import java.util.function.Supplier;

/**
 * What an application-scoped page bean works out once per request, kept in the request's
 * attributes. Creating a request-scoped bean for every page (its injection, its EJB references) was
 * an eighth of an uncached render of the network home; beans whose state is only "what this request
 * read" can be made once and keep that state here instead.
 */
public final class RequestMemo {

  private static final Object NOTHING = new Object();

  private RequestMemo() {}

  /** The value {@code load} gave for this key earlier in this request, or {@code load}'s now. */
  @SuppressWarnings("unchecked")
  public static <T> T get(ServletRequest request, String key, Supplier<T> load) {
    Object kept = request.getAttribute(key);
    if (kept == null) {
      T loaded = load.get();
      request.setAttribute(key, loaded == null ? NOTHING : loaded);
      return loaded;
    }
    return kept == NOTHING ? null : (T) kept;
  }
}
