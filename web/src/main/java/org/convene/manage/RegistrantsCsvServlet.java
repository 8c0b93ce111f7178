package org.convene.manage;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.convene.account.CurrentUser;
import org.convene.event.RegistrationService;

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
    CsvDownload.send(
        user,
        request,
        response,
        "event",
        "registrants-event-",
        (working, id) -> registrations.exportCsv(user.actor(), working.getSlug(), id));
  }
}
