package org.convene.platform;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The portal's own small cookies (the language, kept messages): one way of writing them. */
public final class SiteCookies {

  private SiteCookies() {}

  /**
   * Sets {@code name} for the whole site, {@code HttpOnly}, {@code SameSite=Lax}, {@code Secure}
   * over HTTPS, for {@code maxAgeSeconds} (0: removed).
   */
  public static void set(
      HttpServletRequest request,
      HttpServletResponse response,
      String name,
      String value,
      int maxAgeSeconds) {
    Cookie cookie = new Cookie(name, value);
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge(maxAgeSeconds);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
  }
}
