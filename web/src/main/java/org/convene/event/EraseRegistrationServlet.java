package org.convene.event;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The "Yes, erase my details" button of {@code /registrations/cancel?erase=ask}: POST only (a mail
 * scanner following the link must not erase anything), then the outcome.
 */
@WebServlet(urlPatterns = "/registrations/erase-confirm")
public class EraseRegistrationServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private PersonalData personalData;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PersonalData.EraseOutcome outcome = personalData.erase(request.getParameter("token"));
    response.sendRedirect(
        request.getContextPath()
            + "/registrations/cancel?outcome="
            + (outcome == PersonalData.EraseOutcome.ERASED ? "erased" : "invalid"));
  }
}
