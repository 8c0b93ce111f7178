package org.convene.event;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The cancel button of {@code /registrations/cancel}: POST only (a mail scanner following the link
 * must not cancel anything), then back to the page with the outcome.
 */
@WebServlet(urlPatterns = "/registrations/cancel-confirm")
public class CancelRegistrationServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private RegistrationService registrations;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String series = request.getParameter("series");
    CancelOutcome outcome =
        series != null
            ? registrations.cancelSeries(series)
            : registrations.cancel(request.getParameter("token"));
    response.sendRedirect(
        request.getContextPath()
            + "/registrations/cancel?outcome="
            + outcome.name().toLowerCase(Locale.ROOT)
            + (series != null ? "&all=true" : ""));
  }
}
