package org.convene.manage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.convene.account.AccessDeniedException;
import org.convene.account.CurrentUser;
import org.convene.account.SignedIn;
import org.convene.platform.NotFoundException;

/**
 * A workspace CSV download of one item of the working collaborative, named by an id parameter:
 * UTF-8 with a byte-order mark (so spreadsheets read accents), never cached; an unknown id, one of
 * another collaborative, or no working collaborative all answer 404.
 */
final class CsvDownload {

  /** Writes the CSV of the working collaborative's item {@code id}. */
  interface Export {
    String csv(SignedIn.Editable working, long id);
  }

  private CsvDownload() {}

  static void send(
      CurrentUser user,
      HttpServletRequest request,
      HttpServletResponse response,
      String parameter,
      String filePrefix,
      Export export)
      throws IOException {
    String id = request.getParameter(parameter);
    SignedIn.Editable working = user.getWorking();
    if (working == null || id == null || !id.matches("\\d{1,18}")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String csv;
    try {
      csv = export.csv(working, Long.parseLong(id));
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
        "Content-Disposition", "attachment; filename=\"" + filePrefix + id + ".csv\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
