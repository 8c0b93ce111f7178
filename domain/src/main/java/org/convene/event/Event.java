package org.convene.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.convene.collaborative.Collaborative;
import org.convene.tenancy.TenantOwned;
import org.convene.topic.Topic;

/**
 * One event or webinar session, standing alone or part of a {@link Series}. Start and end are
 * instants; the organiser's zone is kept beside them so the event is shown as the organiser
 * announced it ("12:15–1:00 pm CST") and calendars carry the right VTIMEZONE.
 */
@Entity
@Table(name = "event")
public class Event extends TenantOwned {

  /** Longest texts an editor may save (the columns are declared with the same constants). */
  public static final int SUMMARY_MAX = 10_000;

  /**
   * The longest an event may last (the database holds it too): a longer programme is a series of
   * sessions. Lists of what has not ended yet read events that started at most this long ago, so
   * they walk the start-time index from there instead of from the network's first event.
   */
  public static final java.time.Duration LONGEST = java.time.Duration.ofDays(31);

  /** The earliest start an event that has not ended by {@code now} can have. */
  public static java.time.Instant earliestUnended(java.time.Instant now) {
    return now.minus(LONGEST);
  }

  public static final int LOCATION_MAX = 300;
  public static final int DISCUSSION_TOPICS_MAX = 4_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "series_id")
  private Series series;

  @Column(nullable = false, length = 120)
  private String slug;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "abstract")
  private String summary;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "zone_id", nullable = false, length = 60)
  private String zoneId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EventFormat format = EventFormat.ONLINE;

  @Column(name = "join_url", length = 500)
  private String joinUrl;

  @Column(length = LOCATION_MAX)
  private String location;

  private Integer capacity;

  @Column(name = "registration_open", nullable = false)
  private boolean registrationOpen = true;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EventStatus status = EventStatus.SCHEDULED;

  @Column(name = "discussion_topics")
  private String discussionTopics;

  @Column(name = "key_findings")
  private String keyFindings;

  @Column(name = "recording_url", length = 500)
  private String recordingUrl;

  @Column(name = "call_report")
  private String callReport;

  private Integer attendance;

  @Column(name = "published_at")
  private Instant publishedAt;

  /**
   * When it was archived (taken off the public pages, kept; see ItemLifecycle), or null. Written
   * only by the lifecycle's statements and the database's trigger.
   */
  @Column(name = "archived_at", insertable = false, updatable = false)
  private Instant archivedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ManyToMany
  @JoinTable(
      name = "event_presenter",
      joinColumns = @JoinColumn(name = "event_id"),
      inverseJoinColumns = @JoinColumn(name = "presenter_id"))
  @OrderBy("name")
  private List<Presenter> presenters = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "event_topic",
      joinColumns = @JoinColumn(name = "event_id"),
      inverseJoinColumns = @JoinColumn(name = "topic_id"))
  @OrderBy("name")
  private List<Topic> topics = new ArrayList<>();

  /**
   * The collaboratives that present or co-host it besides its owner (read here to list the event in
   * their spaces too; written, with each one's role, by the partners' service only).
   */
  @ManyToMany
  @JoinTable(
      name = "event_partner",
      joinColumns = @JoinColumn(name = "event_id", insertable = false, updatable = false),
      inverseJoinColumns =
          @JoinColumn(name = "collaborative_id", insertable = false, updatable = false))
  private List<Collaborative> partners = new ArrayList<>();

  @Version private long version;

  protected Event() {}

  public Event(
      Collaborative owner,
      String slug,
      String title,
      Instant startsAt,
      Instant endsAt,
      ZoneId zone) {
    super(owner);
    this.slug = slug;
    this.title = title;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.zoneId = zone.getId();
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  /** Published and visible to the public at {@code now}. */
  public boolean isPublicAt(Instant now) {
    return publishedAt != null && !publishedAt.isAfter(now);
  }

  /** Visitors can sign up: public, scheduled, open, and not yet over. */
  public boolean acceptsRegistrationsAt(Instant now) {
    return isPublicAt(now)
        && status == EventStatus.SCHEDULED
        && registrationOpen
        && endsAt.isAfter(now);
  }

  public boolean isUpcomingAt(Instant now) {
    return endsAt.isAfter(now);
  }

  public boolean isCancelled() {
    return status == EventStatus.CANCELLED;
  }

  public ZoneId getZone() {
    return ZoneId.of(zoneId);
  }

  public ZonedDateTime getLocalStart() {
    return startsAt.atZone(getZone());
  }

  public ZonedDateTime getLocalEnd() {
    return endsAt.atZone(getZone());
  }

  /** The path of the event page inside its collaborative's space: {@code /events/12-slug}. */
  public String getPath() {
    return "/events/" + id + "-" + slug;
  }

  public List<String> getDiscussionTopicList() {
    if (discussionTopics == null || discussionTopics.isBlank()) {
      return List.of();
    }
    return Arrays.stream(discussionTopics.split("\\R"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  public void schedule(Instant startsAt, Instant endsAt, ZoneId zone) {
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.zoneId = zone.getId();
  }

  public void touch() {
    updatedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Series getSeries() {
    return series;
  }

  public void setSeries(Series series) {
    this.series = series;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public String getZoneId() {
    return zoneId;
  }

  public EventFormat getFormat() {
    return format;
  }

  public void setFormat(EventFormat format) {
    this.format = format;
  }

  public String getJoinUrl() {
    return joinUrl;
  }

  public void setJoinUrl(String joinUrl) {
    this.joinUrl = joinUrl;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public boolean isRegistrationOpen() {
    return registrationOpen;
  }

  public void setRegistrationOpen(boolean registrationOpen) {
    this.registrationOpen = registrationOpen;
  }

  public EventStatus getStatus() {
    return status;
  }

  /**
   * The status as visitors should read it at {@code now}: a scheduled event that has ended has
   * taken place (COMPLETED), whether or not an editor has recorded its attendance yet.
   */
  public EventStatus statusAt(Instant now) {
    return status == EventStatus.SCHEDULED && endsAt.isBefore(now) ? EventStatus.COMPLETED : status;
  }

  public void setStatus(EventStatus status) {
    this.status = status;
  }

  public String getDiscussionTopics() {
    return discussionTopics;
  }

  public void setDiscussionTopics(String discussionTopics) {
    this.discussionTopics = discussionTopics;
  }

  public String getKeyFindings() {
    return keyFindings;
  }

  public void setKeyFindings(String keyFindings) {
    this.keyFindings = keyFindings;
  }

  public String getRecordingUrl() {
    return recordingUrl;
  }

  public void setRecordingUrl(String recordingUrl) {
    this.recordingUrl = recordingUrl;
  }

  public String getCallReport() {
    return callReport;
  }

  public void setCallReport(String callReport) {
    this.callReport = callReport;
  }

  public Integer getAttendance() {
    return attendance;
  }

  public void setAttendance(Integer attendance) {
    this.attendance = attendance;
  }

  public Instant getArchivedAt() {
    return archivedAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public void setPublishedAt(Instant publishedAt) {
    this.publishedAt = publishedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public List<Presenter> getPresenters() {
    return presenters;
  }

  public List<Topic> getTopics() {
    return topics;
  }

  public long getVersion() {
    return version;
  }

  public List<Collaborative> getPartners() {
    return partners;
  }
}
