package org.convene.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. The Content-Security-Policy here is the policy of every
 * response; on Faces pages PrimeFaces (primefaces.CSP) mints a nonce for the page's scripts and
 * announces it in a header of its own, which {@link NoncePolicy} folds into this policy's {@code
 * script-src} — one policy, so the browser runs exactly the scripts from the portal and the inline
 * ones PrimeFaces wrote with that nonce, nothing else.
 */
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none';"
          + " frame-src "
          + String.join(" ", org.convene.event.Recordings.PLAYER_ORIGINS)
          + "; script-src 'self'";

  /** The policy with one more source allowed for scripts (a page's nonce). */
  static String policyWith(String scriptSource) {
    return POLICY + " " + scriptSource;
  }

  /** The methods the portal answers; anything else is 405 with the portal's own page. */
  static final java.util.List<String> METHODS = java.util.List.of("GET", "HEAD", "POST");

  /**
   * {@code Strict-Transport-Security} max-age for deployments served over TLS (0: not sent). Set it
   * only when every request reaches the portal through HTTPS.
   */
  @jakarta.inject.Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "convene.hsts-max-age-seconds",
      defaultValue = "0")
  private long hstsMaxAge;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (hstsMaxAge > 0) {
      response.setHeader(
          "Strict-Transport-Security", "max-age=" + hstsMaxAge + "; includeSubDomains");
    }
    if (request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR) {
      // the error page for a request refused below (or failed): its nonce joins the policy too
      chain.doFilter(request, new NoncePolicy(response));
      return;
    }
    if (!METHODS.contains(request.getMethod())) {
      response.setHeader("Allow", String.join(", ", METHODS));
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    if (request.isRequestedSessionIdFromURL()) {
      // a session id in the URL never counts (it leaks through logs, history and Referer):
      // the same address without it, before anything can be served under that session
      String uri = request.getRequestURI().replaceAll("(?i);jsessionid=[^/?#]*", "");
      String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
      response.setHeader("Cache-Control", "no-store");
      response.sendRedirect(uri + query);
      return;
    }
    if (hasNul(request)) {
      response.sendError(
          HttpServletResponse.SC_BAD_REQUEST, "The request contains a character that is not text.");
      return;
    }
    SingleSameSite single = new SingleSameSite(new NoncePolicy(response));
    chain.doFilter(request, single);
    single.fix();
  }

  /**
   * A NUL anywhere in the address or an ordinary form post: PostgreSQL stores no NUL in text, so
   * such input is refused here, before it reaches any page or service, as a 400 rather than a 500.
   * (Multipart posts are left to the page that reads them.)
   */
  static boolean hasNul(HttpServletRequest request) {
    String raw = request.getRequestURI() + "?" + request.getQueryString();
    if (raw.contains("%00") || raw.indexOf('\0') >= 0) {
      return true;
    }
    String type = request.getContentType();
    if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
      return false;
    }
    if (request.getCharacterEncoding() == null) {
      // reading the parameters fixes their encoding: a browser's form post names none, and the
      // pages are UTF-8 (without this, "José" arrived as "JosÃ©")
      try {
        request.setCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8.name());
      } catch (java.io.UnsupportedEncodingException e) {
        throw new IllegalStateException(e);
      }
    }
    for (String[] values : request.getParameterMap().values()) {
      for (String value : values) {
        if (value != null && value.indexOf('\0') >= 0) {
          return true;
        }
      }
    }
    return false;
  }
}
