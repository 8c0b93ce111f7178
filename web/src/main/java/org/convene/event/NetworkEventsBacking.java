package org.convene.event;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convene.platform.Page;
import org.convene.platform.Pages;
import org.convene.tenancy.CurrentCollaborative;

/**
 * {@code /events?collaborative=icsi&topic=workforce&format=ONLINE&from=2026-12-01&page=2} (a list)
 * and {@code /events?view=month&month=2026-12&…} (a month): the network calendar, a plain GET form
 * so every filtered view has its own address, and a calendar feed of exactly that filter to
 * subscribe to or download.
 */
@Named
@RequestScoped
public class NetworkEventsBacking {

  static final int PAGE_SIZE = 20;

  /** At most this many events in one month's grid; a fuller month says so. */
  static final int MONTH_LIMIT = 400;

  @Inject private NetworkCalendar events;
  @Inject private org.convene.platform.Language language;
  @Inject private ExternalContext external;
  @Inject private CurrentCollaborative tenant;
  @Inject private org.convene.cache.ReadCache reads;

  private EventsQuery query;
  private final List<String> problems = new ArrayList<>();
  private Page<Event> results;
  private MonthGrid monthGrid;
  private Map<String, String> hosts;
  private Map<String, String> topics;

  @PostConstruct
  void load() {
    Map<String, String> params = external.getRequestParameterMap();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    query = EventsQuery.parse(params::get, today, language.getLocale());
    problems.addAll(query.problems);
    // the filter's choices and the list's total are the same for every visitor: kept
    hosts = reads.get("events:hosts", events::hostsWithEvents);
    topics = reads.get("events:topics", events::topicsWithEvents);
    if (query.collaborative != null && !hosts.containsKey(query.collaborative)) {
      problems.add(Pages.msg("filter.noEventsUnder", query.collaborative));
    }
    if (query.topic != null && !topics.containsKey(query.topic)) {
      problems.add(Pages.msg("filter.noEventsOnTopic", query.topic));
    }
    if (query.monthView) {
      List<Event> inMonth = events.calendar(query.filter(), MONTH_LIMIT + 1);
      if (inMonth.size() > MONTH_LIMIT) {
        problems.add(Pages.msg("filter.monthFull", MONTH_LIMIT));
        inMonth = inMonth.subList(0, MONTH_LIMIT);
      }
      monthGrid = MonthGrid.of(query.month, inMonth, today, language.getLocale());
    } else {
      EventFilter filter = query.filter();
      long total = reads.get(List.of("events:count", filter), () -> events.countNetwork(filter));
      results = events.network(filter, page(params.get("page")), PAGE_SIZE, total);
    }
  }

  static int page(String page) {
    return page == null || !page.matches("\\d{1,6}") ? 1 : Math.max(1, Integer.parseInt(page));
  }

  public Page<Event> getResults() {
    return results;
  }

  public MonthGrid getMonth() {
    return monthGrid;
  }

  public boolean isMonthView() {
    return query.monthView;
  }

  public Map<String, String> getHosts() {
    return hosts;
  }

  public Map<String, String> getTopics() {
    return topics;
  }

  /** The collaborative filter's options (one per collaborative with events), as markup. */
  public String getHostOptions() {
    return org.convene.platform.Options.html(hosts, getCollaborative());
  }

  /** The topic filter's options, as markup. */
  public String getTopicOptions() {
    return org.convene.platform.Options.html(topics, getTopic());
  }

  public EventFormat[] getFormats() {
    return EventFormat.values();
  }

  public String getCollaborative() {
    return query.collaborative == null ? "" : query.collaborative;
  }

  public String getTopic() {
    return query.topic == null ? "" : query.topic;
  }

  public String getFormat() {
    return query.format == null ? "" : query.format.name();
  }

  public String getFrom() {
    return query.from == null ? "" : query.from.toString();
  }

  public String getTo() {
    return query.to == null ? "" : query.to.toString();
  }

  public String getMonthValue() {
    return query.month.toString();
  }

  public List<String> getProblems() {
    return problems;
  }

  public boolean isFiltered() {
    return query.filtered();
  }

  /** A page of the list, with the same filters. */
  public String pageUrl(int page) {
    return link("page=" + page, true);
  }

  /** The list view with the same filters (and dates). */
  public String getListUrl() {
    return link("", true);
  }

  /** The month view with the same filters: the month of "from", else the current month. */
  public String getMonthUrl() {
    YearMonth month = query.from != null ? YearMonth.from(query.from) : query.month;
    return monthUrl(month);
  }

  public String getPreviousMonthUrl() {
    return monthUrl(query.month.minusMonths(1));
  }

  public String getNextMonthUrl() {
    return monthUrl(query.month.plusMonths(1));
  }

  private String monthUrl(YearMonth month) {
    return link("view=month&month=" + month, false);
  }

  private String link(String extra, boolean withDates) {
    String filter = query.parameters(withDates);
    String all = filter.isEmpty() ? extra : extra.isEmpty() ? filter : filter + "&" + extra;
    return external.getRequestContextPath() + "/events" + (all.isEmpty() ? "" : "?" + all);
  }

  /**
   * The calendar feed of exactly this filter (collaborative, topic, format; the list's dates too),
   * for a calendar application to subscribe to: {@code webcal://host/events.ics?…}.
   */
  public String getSubscribeUrl() {
    return tenant.getNetworkHome().replaceFirst("^https?://", "webcal://") + feedPath();
  }

  /** The same feed as a file to download and import once. */
  public String getDownloadUrl() {
    String path = feedPath();
    return external.getRequestContextPath()
        + "/"
        + path
        + (path.contains("?") ? "&" : "?")
        + "download";
  }

  private String feedPath() {
    String filter = query.parameters(!query.monthView);
    return "events.ics" + (filter.isEmpty() ? "" : "?" + filter);
  }
}
