package org.convene.analytics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convene.account.CurrentUser;
import org.convene.account.SignedIn;
import org.convene.analytics.ChartConfig.Dataset;
import org.convene.analytics.ParticipationReport.Count;
import org.convene.analytics.ParticipationReport.EventFigures;
import org.convene.analytics.ParticipationReport.SeriesFigures;
import org.convene.platform.Pages;

/**
 * {@code /manage/analytics} (the working collaborative) and {@code /admin/analytics} (the network):
 * participation as figures, charts, the same data as tables, and CSV of each part.
 */
@Named
@RequestScoped
public class AnalyticsBacking {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

  @Inject private CurrentUser user;
  @Inject private AnalyticsService analytics;

  private ParticipationReport report;
  private boolean network;

  public void init() {
    network = FacesContext.getCurrentInstance().getViewRoot().getViewId().startsWith("/admin/");
    try {
      if (network) {
        report = analytics.network(user.actor());
      } else {
        SignedIn.Editable working = user.getWorking();
        if (working == null) {
          Pages.notFound();
          return;
        }
        report = analytics.collaborative(user.actor(), working.getSlug());
      }
    } catch (RuntimeException e) {
      Pages.refused(e);
    }
  }

  public ParticipationReport getReport() {
    return report;
  }

  public boolean isNetwork() {
    return network;
  }

  /** Where this page's CSV downloads are. */
  public String getCsvBase() {
    return network ? "/admin/analytics.csv" : "/manage/analytics.csv";
  }

  /** An event's date in its own zone, for tables and chart labels. */
  public String day(EventFigures e) {
    return DAY.format(e.startsAt().atZone(java.time.ZoneId.of(e.zoneId())));
  }

  public String getMonthsChart() {
    return ChartConfig.line(
        report.months().stream().map(Count::label).toList(),
        new Dataset(
            Pages.ws("analytics.registrations"),
            report.months().stream().map(Count::count).toList(),
            ChartConfig.NAVY));
  }

  public String getStatusChart() {
    ParticipationReport.Totals t = report.totals();
    return ChartConfig.bar(
        List.of(
            Pages.ws("analytics.confirmed"),
            Pages.ws("analytics.waitlisted"),
            Pages.ws("analytics.cancelled"),
            Pages.ws("analytics.attended")),
        List.of(
            new Dataset(
                Pages.ws("analytics.registrations"),
                List.of(t.confirmed(), t.waitlisted(), t.cancelled(), t.attended()),
                ChartConfig.TEAL)),
        false,
        false);
  }

  public String getEventsChart() {
    List<EventFigures> oldestFirst = new ArrayList<>(report.events());
    java.util.Collections.reverse(oldestFirst);
    return ChartConfig.bar(
        oldestFirst.stream().map(e -> shorten(e.title()) + " (" + day(e) + ")").toList(),
        List.of(
            new Dataset(
                Pages.ws("analytics.registered"),
                oldestFirst.stream().map(EventFigures::registered).toList(),
                ChartConfig.NAVY),
            new Dataset(
                Pages.ws("analytics.attended"),
                oldestFirst.stream().map(EventFigures::attended).toList(),
                ChartConfig.TEAL)),
        true,
        false);
  }

  public String getSeriesChart() {
    return ChartConfig.bar(
        report.series().stream().map(s -> shorten(s.title())).toList(),
        List.of(
            new Dataset(
                Pages.ws("analytics.cameOneSession"),
                report.series().stream().map(SeriesFigures::newcomers).toList(),
                ChartConfig.NAVY),
            new Dataset(
                Pages.ws("analytics.cameBackMore"),
                report.series().stream().map(SeriesFigures::returning).toList(),
                ChartConfig.TEAL)),
        true,
        true);
  }

  public String getOrganisationsChart() {
    return top(report.organisations());
  }

  public String getProfessionsChart() {
    return top(report.professions());
  }

  private static String top(List<Count> counts) {
    return ChartConfig.bar(
        counts.stream().map(c -> shorten(c.label())).toList(),
        List.of(
            new Dataset(
                Pages.ws("analytics.people"),
                counts.stream().map(Count::count).toList(),
                ChartConfig.NAVY)),
        true,
        false);
  }

  private static String shorten(String s) {
    return s.length() <= 48 ? s : s.substring(0, 47) + "…";
  }
}
