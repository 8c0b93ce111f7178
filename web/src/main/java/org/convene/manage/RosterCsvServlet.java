package org.convene.manage;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.convene.account.CurrentUser;
import org.convene.event.SeriesRoster;

/**
 * {@code /manage/roster.csv?series=…}: who is registered for which sessions of one of the working
 * collaborative's series, as CSV (one column per session); 404 for another collaborative's series.
 */
@WebServlet(urlPatterns = "/manage/roster.csv")
public class RosterCsvServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser user;
  @Inject private SeriesRoster roster;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    CsvDownload.send(
        user,
        request,
        response,
        "series",
        "roster-series-",
        (working, id) -> roster.exportCsv(user.actor(), working.getSlug(), id));
  }
}
