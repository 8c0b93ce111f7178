package org.convene.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.convene.topic.Topic;

/**
 * An observance campaign of the network ("Mental Health Month 2027", May 1–31): a period (both days
 * included), usually a topic, and a call to action. Members join it and put their own items in it.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

  public static final int NAME_MAX = 200;
  public static final int TEXT_MAX = 10_000;
  public static final int ACTION_MAX = 300;

  /** Where a campaign stands on a given day. */
  public enum Phase {
    UPCOMING,
    CURRENT,
    PAST
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 120, unique = true)
  private String slug;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  private String summary;

  @Column(name = "call_to_action", length = ACTION_MAX)
  private String callToAction;

  @Column(name = "action_url", length = 500)
  private String actionUrl;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "topic_id")
  private Topic topic;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Campaign() {}

  public Campaign(String slug, String name, LocalDate startsOn, LocalDate endsOn) {
    this.slug = slug;
    this.name = name;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  /** Before its first day, from its first to its last day (included), or after. */
  public Phase phaseOn(LocalDate day) {
    if (day.isBefore(startsOn)) {
      return Phase.UPCOMING;
    }
    return day.isAfter(endsOn) ? Phase.PAST : Phase.CURRENT;
  }

  /** Days from {@code day} to the first day (0 once it has begun). */
  public long daysUntilStart(LocalDate day) {
    return Math.max(0, ChronoUnit.DAYS.between(day, startsOn));
  }

  /** Days left from {@code day}, the last day included (0 once it has ended). */
  public long daysLeft(LocalDate day) {
    return day.isAfter(endsOn) ? 0 : ChronoUnit.DAYS.between(day, endsOn) + 1;
  }

  /** "May 1 – 31, 2027", "April 28 – May 5, 2027" or "December 28, 2026 – January 3, 2027". */
  public String getPeriodLabel() {
    return periodLabel(Locale.US);
  }

  /**
   * {@link #getPeriodLabel()} in the page's language: in Spanish "1 – 31 de mayo de 2027", "28 de
   * abril – 5 de mayo de 2027" or "28 de diciembre de 2026 – 3 de enero de 2027"; in English (and
   * any language the portal does not speak) as {@link #getPeriodLabel()}.
   */
  public String periodLabel(Locale locale) {
    boolean spanish = "es".equals(locale.getLanguage());
    Locale in = spanish ? locale : Locale.US;
    DateTimeFormatter full =
        DateTimeFormatter.ofPattern(spanish ? "d 'de' MMMM 'de' yyyy" : "MMMM d, yyyy", in);
    if (startsOn.equals(endsOn)) {
      return startsOn.format(full);
    }
    if (startsOn.getYear() != endsOn.getYear()) {
      return startsOn.format(full) + " – " + endsOn.format(full);
    }
    boolean sameMonth = startsOn.getMonth() == endsOn.getMonth();
    String start =
        startsOn.format(
            DateTimeFormatter.ofPattern(
                spanish ? (sameMonth ? "d" : "d 'de' MMMM") : "MMMM d", in));
    String end =
        sameMonth && !spanish
            ? endsOn.format(DateTimeFormatter.ofPattern("d, yyyy", in))
            : endsOn.format(full);
    return start + " – " + end;
  }

  public boolean isPublished() {
    return publishedAt != null;
  }

  public void touch() {
    updatedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getCallToAction() {
    return callToAction;
  }

  public void setCallToAction(String callToAction) {
    this.callToAction = callToAction;
  }

  public String getActionUrl() {
    return actionUrl;
  }

  public void setActionUrl(String actionUrl) {
    this.actionUrl = actionUrl;
  }

  public Topic getTopic() {
    return topic;
  }

  public void setTopic(Topic topic) {
    this.topic = topic;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public void setPublishedAt(Instant publishedAt) {
    this.publishedAt = publishedAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
