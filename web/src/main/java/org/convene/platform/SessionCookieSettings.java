package org.convene.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's attributes, set once here: {@code SameSite=Lax} (so another site cannot post
 * a signed-in form), and {@code Secure} when {@code convene.secure-cookies} says every request
 * arrives over HTTPS — behind a TLS-terminating load balancer the container cannot tell by itself
 * (without it, the container marks the cookie Secure only on requests it received over HTTPS).
 * {@code SameSite=Lax} is web.xml's cookie-config attribute.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    apply(
        event.getServletContext().getSessionCookieConfig(),
        ConfigProvider.getConfig()
            .getOptionalValue("convene.secure-cookies", Boolean.class)
            .orElse(false));
  }

  /** HttpOnly always; Secure only when configured (else the container decides per request). */
  static void apply(SessionCookieConfig cookie, boolean secure) {
    cookie.setHttpOnly(true);
    if (secure) {
      cookie.setSecure(true);
    }
  }
}
