package org.convene.news;

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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convene.collaborative.Collaborative;
import org.convene.tenancy.TenantOwned;
import org.convene.topic.Topic;

/**
 * One news item of a collaborative: a post or press release with sanitised rich text, or a short
 * item pointing to an external page ("CIVHC published New Analysis Shows Frequency of Mental
 * Health-Related ED Visits", December 2019).
 */
@Entity
@Table(name = "news_item")
public class NewsItem extends TenantOwned {

  public static final int SUMMARY_MAX = 2_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 120)
  private String slug;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private NewsKind kind = NewsKind.POST;

  @Column(nullable = false, length = 250)
  private String title;

  private String summary;

  private String body;

  @Column(name = "external_url", length = 500)
  private String externalUrl;

  @Column(nullable = false)
  private LocalDate dated;

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
      name = "news_topic",
      joinColumns = @JoinColumn(name = "news_id"),
      inverseJoinColumns = @JoinColumn(name = "topic_id"))
  @OrderBy("name")
  private List<Topic> topics = new ArrayList<>();

  @Version private long version;

  protected NewsItem() {}

  public NewsItem(Collaborative owner, String slug, String title, LocalDate dated) {
    super(owner);
    this.slug = slug;
    this.title = title;
    this.dated = dated;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  public boolean isPublicAt(Instant now) {
    return publishedAt != null && !publishedAt.isAfter(now);
  }

  public boolean isScheduled() {
    return publishedAt != null && publishedAt.isAfter(Instant.now());
  }

  public boolean isExternal() {
    return kind == NewsKind.LINK;
  }

  /** The path of the item inside its collaborative's space. */
  public String getPath() {
    return "/news/" + slug;
  }

  /** "December 2019" for external items, "October 14, 2020" for posts. */
  public String getDateLabel() {
    return DateTimeFormatter.ofPattern(isExternal() ? "MMMM yyyy" : "MMMM d, yyyy", Locale.US)
        .format(dated);
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

  public NewsKind getKind() {
    return kind;
  }

  public void setKind(NewsKind kind) {
    this.kind = kind;
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

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getExternalUrl() {
    return externalUrl;
  }

  public void setExternalUrl(String externalUrl) {
    this.externalUrl = externalUrl;
  }

  public LocalDate getDated() {
    return dated;
  }

  public void setDated(LocalDate dated) {
    this.dated = dated;
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
