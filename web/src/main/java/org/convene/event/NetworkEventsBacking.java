package org.convene.event;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convene.platform.Page;

/**
 * {@code /events?collaborative=icsi&format=ONLINE&from=2026-12-01&to=2026-12-31&page=2}: the
 * network calendar, a plain GET form so every filtered page has its own address.
 */
@Named
@RequestScoped
public class NetworkEventsBacking {

  static final int PAGE_SIZE = 20;

  @Inject private EventService events;
  @Inject private ExternalContext external;

  private String collaborative = "";
  private EventFormat format;
  private LocalDate from;
  private LocalDate to;
  private final List<String> problems = new ArrayList<>();
  private Page<Event> results;
  private Map<String, String> hosts;

  @PostConstruct
  void load() {
    Map<String, String> params = external.getRequestParameterMap();
    collaborative = params.getOrDefault("collaborative", "").strip();
    hosts = events.hostsWithEvents();
    if (!collaborative.isEmpty() && !hosts.containsKey(collaborative)) {
      problems.add("No collaborative has published events under “" + collaborative + "”.");
    }
    String f = params.get("format");
    if (f != null && !f.isBlank()) {
      try {
        format = EventFormat.valueOf(f);
      } catch (IllegalArgumentException e) {
        problems.add("Unknown format “" + f + "”: showing every format.");
      }
    }
    from = date(params.get("from"), "From");
    to = date(params.get("to"), "To");
    if (from != null && to != null && to.isBefore(from)) {
      problems.add("The “to” date is before the “from” date: showing from " + from + " on.");
      to = null;
    }
    results =
        events.network(
            new EventFilter(collaborative, format, null, from, to),
            page(params.get("page")),
            PAGE_SIZE);
  }

  private LocalDate date(String value, String label) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return org.convene.platform.CalendarDates.parse(value)
        .orElseGet(
            () -> {
              problems.add(
                  label
                      + " date “"
                      + value
                      + "” is not a date like 2026-12-01 (years 1900–2999); it was ignored.");
              return null;
            });
  }

  static int page(String page) {
    return page == null || !page.matches("\\d{1,6}") ? 1 : Math.max(1, Integer.parseInt(page));
  }

  public Page<Event> getResults() {
    return results;
  }

  public Map<String, String> getHosts() {
    return hosts;
  }

  public List<String> getHostSlugs() {
    return List.copyOf(hosts.keySet());
  }

  public EventFormat[] getFormats() {
    return EventFormat.values();
  }

  public String getCollaborative() {
    return collaborative;
  }

  public String getFormat() {
    return format == null ? "" : format.name();
  }

  public String getFrom() {
    return from == null ? "" : from.toString();
  }

  public String getTo() {
    return to == null ? "" : to.toString();
  }

  public List<String> getProblems() {
    return problems;
  }

  public boolean isFiltered() {
    return !collaborative.isEmpty() || format != null || from != null || to != null;
  }

  public String pageUrl(int page) {
    StringBuilder url = new StringBuilder(external.getRequestContextPath()).append("/events?");
    append(url, "collaborative", collaborative);
    append(url, "format", getFormat());
    append(url, "from", getFrom());
    append(url, "to", getTo());
    url.append("page=").append(page);
    return url.toString();
  }

  private static void append(StringBuilder url, String name, String value) {
    if (!value.isEmpty()) {
      url.append(name)
          .append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
          .append('&');
    }
  }
}
