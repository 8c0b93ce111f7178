package org.convene.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.convene.account.AccessDeniedException;
import org.convene.account.CurrentUser;
import org.convene.platform.NotFoundException;

/**
 * {@code /admin/export.zip?collaborative=…} (a collaborative's whole content) and {@code
 * /admin/registrations.csv} (every registration of the network): streamed as they are written,
 * never cached. The service decides who may have them; anyone else, or an unknown collaborative,
 * gets 404.
 */
@WebServlet(urlPatterns = {"/admin/export.zip", "/admin/registrations.csv"})
public class ExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser user;
  @Inject private NetworkExports exports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean zip = request.getServletPath().endsWith(".zip");
    String slug = request.getParameter("collaborative");
    if (zip && (slug == null || !slug.matches("[a-z0-9-]{1,80}"))) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    try {
      if (zip) {
        response.setContentType("application/zip");
        response.setHeader(
            "Content-Disposition",
            "attachment; filename=\"convene-" + slug + "-" + LocalDate.now() + ".zip\"");
        exports.collaborativeZip(user.actor(), slug, response.getOutputStream());
      } else {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(
            "Content-Disposition",
            "attachment; filename=\"registrations-" + LocalDate.now() + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        exports.registrationsCsv(user.actor(), out);
        out.flush();
      }
    } catch (RuntimeException e) {
      Throwable cause =
          e instanceof jakarta.ejb.EJBException && e.getCause() != null ? e.getCause() : e;
      if ((cause instanceof AccessDeniedException || cause instanceof NotFoundException)
          && !response.isCommitted()) {
        response.reset();
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      throw e;
    }
  }
}
