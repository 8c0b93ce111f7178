package org.convene.platform;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /language?to=es&back=/c/icsi/events/12}: the language switch. Keeps the choice in a cookie
 * for a year and goes back to the page (only a path on this site; anything else goes home).
 */
@WebServlet(urlPatterns = "/language")
public class LanguageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String to = request.getParameter("to");
    if (to == null || !Language.OFFERED.contains(to)) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    SiteCookies.set(request, response, Language.COOKIE, to, 365 * 24 * 3600);
    String back = request.getParameter("back");
    boolean local =
        back != null
            && back.startsWith("/")
            && !back.startsWith("//")
            && !back.contains("\\")
            && back.length() < 2000
            && back.chars().noneMatch(ch -> ch < 0x20);
    response.setHeader("Cache-Control", "no-store");
    response.sendRedirect(request.getContextPath() + (local ? back : "/"));
  }
}
