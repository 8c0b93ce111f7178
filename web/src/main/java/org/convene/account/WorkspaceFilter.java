package org.convene.account;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Guards {@code /manage} and {@code /admin}: a visitor is sent to sign in for {@code /manage}, and
 * gets 404 for {@code /admin} (nobody learns it exists); a disabled account loses its session on
 * its next request; workspace pages are never cached. Services check every action again.
 */
public class WorkspaceFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser user;

  /** Query parameters that are always a record id or a page number in the workspace. */
  private static final List<String> NUMBERS = List.of("id", "event", "page");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Cache-Control", "no-store");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean admin = path.equals("/admin") || path.startsWith("/admin/");
    if (CurrentUser.caller(request) != null && !user.isSignedIn()) {
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      response.sendRedirect(request.getContextPath() + "/login?ended=true");
      return;
    }
    if (!user.isSignedIn()) {
      if (admin) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      } else {
        String next = URLEncoder.encode(path, StandardCharsets.UTF_8);
        response.sendRedirect(request.getContextPath() + "/login?next=" + next);
      }
      return;
    }
    for (String name : "GET".equals(request.getMethod()) ? NUMBERS : List.<String>of()) {
      String value = request.getParameter(name); // (a form post's fields are the form's own)
      if (value != null && !value.isEmpty() && !value.matches("\\d{1,18}")) {
        // the workspace's ids and page numbers are whole numbers: anything else is a bad address
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        return;
      }
    }
    if (admin && !user.getAccount().isAdministrator()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(request, response);
  }
}
