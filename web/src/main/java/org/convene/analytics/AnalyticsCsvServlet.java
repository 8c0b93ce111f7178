package org.convene.analytics;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.convene.account.AccessDeniedException;
import org.convene.account.CurrentUser;
import org.convene.account.SignedIn;
import org.convene.analytics.ParticipationReport.Count;
import org.convene.event.RegistrantCsv;
import org.convene.platform.Pages;

/**
 * {@code /manage/analytics.csv?part=…} and {@code /admin/analytics.csv?part=…}: one part of the
 * participation report (the data behind one chart) as CSV. The service decides who may read it.
 */
@WebServlet(urlPatterns = {"/manage/analytics.csv", "/admin/analytics.csv"})
public class AnalyticsCsvServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The parts a download can name. */
  static final List<String> PARTS =
      List.of("months", "status", "events", "series", "organisations", "professions");

  @Inject private CurrentUser user;
  @Inject private AnalyticsService analytics;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String part = request.getParameter("part");
    boolean network = request.getServletPath().startsWith("/admin/");
    SignedIn.Editable working = user.getWorking();
    if (part == null || !PARTS.contains(part) || (!network && working == null)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ParticipationReport report;
    try {
      report =
          network
              ? analytics.network(user.actor())
              : analytics.collaborative(user.actor(), working.getSlug());
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (jakarta.ejb.EJBException e) {
      if (e.getCause() instanceof AccessDeniedException) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      throw e;
    }
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      write(csv, part, report);
    }
    byte[] body = ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"participation-" + part + ".csv\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static void write(CSVPrinter csv, String part, ParticipationReport report)
      throws IOException {
    switch (part) {
      case "months" -> counts(csv, "Month", "Registrations", report.months());
      case "status" -> {
        ParticipationReport.Totals t = report.totals();
        csv.printRecord(Pages.ws("analyticsCsv.status"), Pages.ws("analyticsCsv.registrations"));
        csv.printRecord(Pages.ws("analyticsCsv.confirmed"), t.confirmed());
        csv.printRecord(Pages.ws("analyticsCsv.waitlisted"), t.waitlisted());
        csv.printRecord(Pages.ws("analyticsCsv.cancelled"), t.cancelled());
        csv.printRecord(Pages.ws("analyticsCsv.attended"), t.attended());
        csv.printRecord(Pages.ws("analyticsCsv.attendanceRatePastEvents"), t.attendanceRate());
        csv.printRecord(Pages.ws("analyticsCsv.waitlistConversion"), t.waitlistConversion());
      }
      case "events" -> {
        csv.printRecord(
            Pages.ws("analyticsCsv.event"),
            Pages.ws("analyticsCsv.startsUtc"),
            Pages.ws("analyticsCsv.registered"),
            Pages.ws("analyticsCsv.attended"),
            Pages.ws("analyticsCsv.waitlisted"),
            Pages.ws("analyticsCsv.cancelled"),
            Pages.ws("analyticsCsv.attendanceEnteredEditor"));
        for (ParticipationReport.EventFigures e : report.events()) {
          csv.printRecord(
              RegistrantCsv.safe(e.title()),
              e.startsAt(),
              e.registered(),
              e.attended(),
              e.waitlisted(),
              e.cancelled(),
              e.enteredAttendance() == null ? "" : e.enteredAttendance());
        }
      }
      case "series" -> {
        csv.printRecord(
            Pages.ws("analyticsCsv.series"),
            Pages.ws("analyticsCsv.sessions"),
            Pages.ws("analyticsCsv.peopleSignedUp"),
            Pages.ws("analyticsCsv.participantsAttended"),
            Pages.ws("analyticsCsv.cameOneSession"),
            Pages.ws("analyticsCsv.cameBackMore"),
            Pages.ws("analyticsCsv.attendances"),
            Pages.ws("analyticsCsv.participantsEnteredEditor"));
        for (ParticipationReport.SeriesFigures s : report.series()) {
          csv.printRecord(
              RegistrantCsv.safe(s.title()),
              s.sessions(),
              s.people(),
              s.participants(),
              s.newcomers(),
              s.returning(),
              s.attendances(),
              s.enteredParticipants() == null ? "" : s.enteredParticipants());
        }
      }
      case "organisations" -> counts(csv, "Organisation", "People", report.organisations());
      default ->
          counts(
              csv,
              Pages.ws("analyticsCsv.profession"),
              Pages.ws("analyticsCsv.people"),
              report.professions());
    }
  }

  private static void counts(CSVPrinter csv, String what, String how, List<Count> counts)
      throws IOException {
    csv.printRecord(what, how);
    for (Count c : counts) {
      csv.printRecord(RegistrantCsv.safe(c.label()), c.count());
    }
  }
}
