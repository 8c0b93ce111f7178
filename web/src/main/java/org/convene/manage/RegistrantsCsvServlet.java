package org.convene.manage;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.convene.account.AccessDeniedException;
import org.convene.account.CurrentUser;
import org.convene.account.SignedIn;
import org.convene.event.RegistrationService;
import org.convene.platform.NotFoundException;

/**
 * {@code /manage/registrants.csv?event=…}: the registrants of one of the working collaborative's
 * events as CSV. The workspace filter requires a signed-in account; the service checks that it
 * edits the collaborative that owns the event (else 404, as for an unknown event).
 */
@WebServlet(urlPatterns = "/manage/registrants.csv")
public class RegistrantsCsvServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser user;
  @Inject private RegistrationService registrations;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String id = request.getParameter("event");
    SignedIn.Editable working = user.getWorking();
    if (working == null || id == null || !id.matches("\\d{1,18}")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String csv;
    try {
      csv = registrations.exportCsv(user.actor(), working.getSlug(), Long.parseLong(id));
    } catch (AccessDeniedException | NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (jakarta.ejb.EJBException e) {
      if (e.getCause() instanceof AccessDeniedException
          || e.getCause() instanceof NotFoundException) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      throw e;
    }
    byte[] body = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"registrants-event-" + id + ".csv\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
