package org.convene.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * {@code #{language}}: the language of this request's public page — the visitor's choice (the
 * {@value #COOKIE} cookie the language switch sets), else the first language of their browser's
 * preference the portal speaks, else English. The workspace stays in English.
 */
@Named
@ApplicationScoped
public class Language {

  /** The languages public pages and e-mails are offered in, the first being the default. */
  public static final List<String> OFFERED = org.convene.mail.Letter.LANGUAGES;

  /** The cookie that keeps a visitor's choice. */
  public static final String COOKIE = "convene-lang";

  private static final String TAG = Language.class.getName() + ".tag";

  @Inject private HttpServletRequest request;

  /** The language tag ("en", "es"), worked out once per request. */
  public String getTag() {
    return RequestMemo.get(request, TAG, this::choose);
  }

  private String choose() {
    String tag = of(request);
    // a shared cache must keep one copy per language
    jakarta.faces.context.FacesContext faces =
        jakarta.faces.context.FacesContext.getCurrentInstance();
    if (faces != null && !faces.getExternalContext().isResponseCommitted()) {
      faces.getExternalContext().addResponseHeader("Vary", "Accept-Language, Cookie");
    }
    return tag;
  }

  public Locale getLocale() {
    return Locale.forLanguageTag(getTag());
  }

  /**
   * This page's path and query (without the context path), URL-encoded: where the switch returns.
   */
  public String getBack() {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Object forwarded = request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
    if (forwarded instanceof String original) {
      path = original.substring(request.getContextPath().length());
    }
    String query =
        request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_QUERY_STRING)
                instanceof String q
            ? q
            : request.getQueryString();
    return java.net.URLEncoder.encode(
        path + (query == null ? "" : "?" + query), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Whether this is a workspace page (English only: no language switch). */
  public boolean isWorkspace() {
    return workspace(request);
  }

  private static boolean workspace(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/manage") || path.startsWith("/admin");
  }

  public boolean isSpanish() {
    return "es".equals(getTag());
  }

  /**
   * The language a form or API call asked for ({@code requested}) when the portal speaks it, else
   * the request's own (as {@link #getTag()} explains).
   */
  public static String of(HttpServletRequest request, String requested) {
    return requested != null && OFFERED.contains(requested) ? requested : of(request);
  }

  /** The language of a request, as {@link #getTag()} explains. */
  public static String of(HttpServletRequest request) {
    if (workspace(request)) {
      return OFFERED.get(0);
    }
    if (request.getCookies() != null) {
      for (Cookie c : request.getCookies()) {
        if (COOKIE.equals(c.getName()) && OFFERED.contains(c.getValue())) {
          return c.getValue();
        }
      }
    }
    if (request.getHeader("Accept-Language") != null) {
      for (Locale wanted : Collections.list(request.getLocales())) {
        if (OFFERED.contains(wanted.getLanguage())) {
          return wanted.getLanguage();
        }
      }
    }
    return OFFERED.get(0);
  }
}
