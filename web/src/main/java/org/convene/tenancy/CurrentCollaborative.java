package org.convene.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.convene.collaborative.Collaborative;

/**
 * The collaborative whose space this request is in, resolved once per request by {@link
 * TenantFilter} (from {@code /c/{slug}} or a mapped host name). Pages build their links from {@link
 * #getBase()}, so a space served at its own host name keeps its visitors there. Made once for the
 * application: it reads what the filter put in the request's attributes.
 */
@Named("tenant")
@ApplicationScoped
public class CurrentCollaborative {

  static final String ATTRIBUTE = "convene.tenant";
  static final String BASE_ATTRIBUTE = "convene.tenant.base";

  @Inject private HttpServletRequest request;

  @Inject private CanonicalAddresses addresses;

  private Collaborative collaborative() {
    return (Collaborative) request.getAttribute(ATTRIBUTE);
  }

  public boolean isPresent() {
    return collaborative() != null;
  }

  /** The current collaborative; fails closed when the request is in no collaborative's space. */
  public Collaborative get() {
    Collaborative collaborative = collaborative();
    if (collaborative == null) {
      throw new IllegalStateException("This request is not in a collaborative's space");
    }
    return collaborative;
  }

  /** Prefix of every link inside the space: {@code /c/icsi}, or empty on a mapped host. */
  public String getBase() {
    String base = (String) request.getAttribute(BASE_ATTRIBUTE);
    return base == null ? "" : base;
  }

  /**
   * Prefix of links to the network's own pages (directory, topics, sign-in, workspace): the context
   * path, or the network's public address on a mapped host, where every path belongs to the space.
   */
  public String getNetwork() {
    if (isPresent() && getBase().isEmpty()) {
      return networkAddress();
    }
    return request.getContextPath();
  }

  public String getHomeUrl() {
    return getBase() + "/";
  }

  public String getLogoUrl() {
    Collaborative c = get();
    return c.getLogoSha256() == null ? null : getBase() + "/logo/" + c.getLogoFileName();
  }

  /**
   * This page's one address for search engines and link previews: a space with its own host name is
   * canonical there ({@code https://host/events}), every other page at the network's public address
   * ({@code CONVENE_BASE_URL}), whichever host or path the visitor came by. The query string is
   * left off: filters, paging and search words never make a page of their own.
   */
  public String getCanonicalUrl() {
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String uri = forwarded instanceof String original ? original : request.getRequestURI();
    String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
    if (isPresent()) {
      String base =
          getBase().substring(Math.min(getBase().length(), request.getContextPath().length()));
      String rest = path.startsWith(base) ? path.substring(base.length()) : path;
      return canonicalSpace() + (rest.isEmpty() ? "/" : rest);
    }
    return networkAddress() + (path.isEmpty() ? "/" : path);
  }

  /** The absolute canonical address of a path inside the current space ({@code /events/12}). */
  public String absolute(String pathInSpace) {
    return canonicalSpace() + pathInSpace;
  }

  /** The canonical address of the current space's logo, or null when it has none. */
  public String getAbsoluteLogoUrl() {
    Collaborative c = get();
    return c.getLogoSha256() == null ? null : absolute("/logo/" + c.getLogoFileName());
  }

  /** The network home's canonical address. */
  public String getNetworkHome() {
    return networkAddress() + "/";
  }

  private String canonicalSpace() {
    return addresses.space(get().getSlug(), get().getHostName());
  }

  private String networkAddress() {
    return addresses.network();
  }

  public String getBrandCss() {
    return get().getBrand().css();
  }
}
