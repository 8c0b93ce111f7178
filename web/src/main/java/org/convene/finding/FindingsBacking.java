package org.convene.finding;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convene.collaborative.Collaborative;
import org.convene.platform.Page;
import org.convene.topic.Topic;

/**
 * {@code /findings[?topic=…&c=…&page=…]}: the key findings of every member's events and series,
 * newest first, narrowed to a topic and/or a collaborative. A filter naming nothing there is (a
 * mistyped or retired slug) narrows to nothing and says so; it never fails the page.
 */
@Named
@RequestScoped
public class FindingsBacking {

  private static final String SLUG = "[a-z0-9-]{1,120}";

  @Inject private FindingService findings;
  @Inject private ExternalContext external;

  private String topic = "";
  private String collaborative = "";
  private Page<FindingView> page;
  private List<Topic> topics = List.of();
  private List<Collaborative> collaboratives = List.of();
  private boolean badFilter;

  @PostConstruct
  void load() {
    Map<String, String> params = external.getRequestParameterMap();
    topic = slug(params.get("topic"));
    collaborative = slug(params.get("c"));
    String number = params.get("page");
    int n = number != null && number.matches("\\d{1,6}") ? Integer.parseInt(number) : 1;
    topics = findings.topicsWithFindings();
    collaboratives = findings.collaborativesWithFindings();
    badFilter =
        (!topic.isEmpty() && topics.stream().noneMatch(t -> t.getSlug().equals(topic)))
            || (!collaborative.isEmpty()
                && collaboratives.stream().noneMatch(c -> c.getSlug().equals(collaborative)));
    page =
        badFilter
            ? new Page<>(List.of(), 1, FindingService.PAGE_SIZE, 0)
            : findings.network(topic, collaborative, n);
  }

  private String slug(String value) {
    if (value == null) {
      return "";
    }
    String v = value.strip();
    if (!v.matches(SLUG)) {
      badFilter = !v.isEmpty();
      return "";
    }
    return v;
  }

  /** The address of page {@code number} with the current filters. */
  public String pageUrl(int number) {
    List<String> parts = new ArrayList<>();
    if (!topic.isEmpty()) {
      parts.add("topic=" + URLEncoder.encode(topic, StandardCharsets.UTF_8));
    }
    if (!collaborative.isEmpty()) {
      parts.add("c=" + URLEncoder.encode(collaborative, StandardCharsets.UTF_8));
    }
    if (number > 1) {
      parts.add("page=" + number);
    }
    return external.getRequestContextPath()
        + "/findings"
        + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
  }

  /** What the list shows, in words ("on Mental health · from ICSI"). */
  public String narrowedTo() {
    List<String> parts = new ArrayList<>();
    topics.stream()
        .filter(t -> t.getSlug().equals(topic))
        .findFirst()
        .ifPresent(
            t ->
                parts.add(
                    org.convene.platform.Pages.messages().getString("findings.on")
                        + " "
                        + t.getName()));
    collaboratives.stream()
        .filter(c -> c.getSlug().equals(collaborative))
        .findFirst()
        .ifPresent(
            c ->
                parts.add(
                    org.convene.platform.Pages.messages().getString("findings.fromCollaborative")
                        + " "
                        + c.getShortName()));
    return String.join(" · ", parts);
  }

  public boolean isBadFilter() {
    return badFilter;
  }

  public Page<FindingView> getPage() {
    return page;
  }

  public List<Topic> getTopics() {
    return topics;
  }

  public List<Collaborative> getCollaboratives() {
    return collaboratives;
  }

  public String getTopic() {
    return topic;
  }

  public String getCollaborative() {
    return collaborative;
  }
}
