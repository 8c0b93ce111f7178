package org.convene.tenancy;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.convene.collaborative.Collaborative;

/**
 * The collaborative whose space this request is in, resolved once per request by {@link
 * TenantFilter} (from {@code /c/{slug}} or a mapped host name). Pages build their links from {@link
 * #getBase()}, so a space served at its own host name keeps its visitors there.
 */
@Named("tenant")
@RequestScoped
public class CurrentCollaborative {

  static final String ATTRIBUTE = "convene.tenant";
  static final String BASE_ATTRIBUTE = "convene.tenant.base";

  @Inject private HttpServletRequest request;

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "convene.base-url",
      defaultValue = "http://127.0.0.1:8080")
  private String networkUrl;

  private Collaborative collaborative;
  private String base;

  @PostConstruct
  void resolve() {
    collaborative = (Collaborative) request.getAttribute(ATTRIBUTE);
    base = (String) request.getAttribute(BASE_ATTRIBUTE);
  }

  public boolean isPresent() {
    return collaborative != null;
  }

  /** The current collaborative; fails closed when the request is in no collaborative's space. */
  public Collaborative get() {
    if (collaborative == null) {
      throw new IllegalStateException("This request is not in a collaborative's space");
    }
    return collaborative;
  }

  /** Prefix of every link inside the space: {@code /c/icsi}, or empty on a mapped host. */
  public String getBase() {
    return base == null ? "" : base;
  }

  /**
   * Prefix of links to the network's own pages (directory, topics, sign-in, workspace): the context
   * path, or the network's public address on a mapped host, where every path belongs to the space.
   */
  public String getNetwork() {
    if (collaborative != null && getBase().isEmpty()) {
      return networkUrl.endsWith("/")
          ? networkUrl.substring(0, networkUrl.length() - 1)
          : networkUrl;
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

  public String getBrandCss() {
    return get().getBrand().css();
  }
}
