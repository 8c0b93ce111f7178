package org.convene.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convene.collaborative.Collaborative;
import org.convene.tenancy.TenantOwned;
import org.convene.topic.Topic;

/** A webinar series: a run of sessions under one title (ICSI's bi-weekly series of 2020). */
@Entity
@Table(name = "event_series")
public class Series extends TenantOwned {

  public static final int CADENCE_MAX = 120;
  public static final int OUTPUTS_LABEL_MAX = 160;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 80)
  private String slug;

  @Column(nullable = false, length = 200)
  private String title;

  private String description;

  @Column(length = CADENCE_MAX)
  private String cadence;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SeriesStatus status = SeriesStatus.PLANNED;

  @Column(name = "outputs_label", length = OUTPUTS_LABEL_MAX)
  private String outputsLabel;

  @Column(name = "outputs_url", length = 500)
  private String outputsUrl;

  @Column(name = "participant_total")
  private Integer participantTotal;

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
      name = "series_topic",
      joinColumns = @JoinColumn(name = "series_id"),
      inverseJoinColumns = @JoinColumn(name = "topic_id"))
  @OrderBy("name")
  private List<Topic> topics = new ArrayList<>();

  @Version private long version;

  protected Series() {}

  public Series(Collaborative owner, String slug, String title) {
    super(owner);
    this.slug = slug;
    this.title = title;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  /** Published and visible to the public at {@code now}. */
  public boolean isPublicAt(Instant now) {
    return publishedAt != null && !publishedAt.isAfter(now);
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

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getCadence() {
    return cadence;
  }

  public void setCadence(String cadence) {
    this.cadence = cadence;
  }

  public SeriesStatus getStatus() {
    return status;
  }

  public void setStatus(SeriesStatus status) {
    this.status = status;
  }

  public String getOutputsLabel() {
    return outputsLabel;
  }

  public void setOutputsLabel(String outputsLabel) {
    this.outputsLabel = outputsLabel;
  }

  public String getOutputsUrl() {
    return outputsUrl;
  }

  public void setOutputsUrl(String outputsUrl) {
    this.outputsUrl = outputsUrl;
  }

  public Integer getParticipantTotal() {
    return participantTotal;
  }

  public void setParticipantTotal(Integer participantTotal) {
    this.participantTotal = participantTotal;
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

  public List<Topic> getTopics() {
    return topics;
  }

  public long getVersion() {
    return version;
  }
}
