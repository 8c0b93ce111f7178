package org.convene.resource;

import jakarta.persistence.Basic;
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
import java.util.ArrayList;
import java.util.List;
import org.convene.collaborative.Collaborative;
import org.convene.event.DocumentType;
import org.convene.tenancy.TenantOwned;
import org.convene.topic.Topic;

/** One curated resource: a link, or an uploaded document, in a theme of the library. */
@Entity
@Table(name = "resource")
public class Resource extends TenantOwned {

  /** 20 MB. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  public static final int SUMMARY_MAX = 2_000;
  public static final int AUDIENCE_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "theme_id")
  private ResourceTheme theme;

  @Column(nullable = false, length = 250)
  private String title;

  private String summary;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ResourceKind kind = ResourceKind.WEBSITE;

  @Column(length = 500)
  private String url;

  @Column(name = "file_name", length = 200)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(name = "file_type", length = 10)
  private DocumentType fileType;

  @Column(name = "size_bytes")
  private Long sizeBytes;

  @Column(length = 64)
  private String sha256;

  @Basic(fetch = FetchType.LAZY)
  private byte[] content;

  @Column(length = AUDIENCE_MAX)
  private String audience;

  @Column(nullable = false)
  private int position;

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
      name = "resource_topic",
      joinColumns = @JoinColumn(name = "resource_id"),
      inverseJoinColumns = @JoinColumn(name = "topic_id"))
  @OrderBy("name")
  private List<Topic> topics = new ArrayList<>();

  @Version private long version;

  protected Resource() {}

  public Resource(Collaborative owner, String title) {
    super(owner);
    this.title = title;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  public boolean isFile() {
    return url == null;
  }

  /** Where it is opened: the link, or the download inside the owner's space. */
  public String getPath() {
    return isFile() ? "/resources/" + id + "/" + fileName : url;
  }

  public void useFile(String fileName, DocumentType type, String sha256, byte[] content) {
    this.url = null;
    this.fileName = fileName;
    this.fileType = type;
    this.sha256 = sha256;
    this.sizeBytes = (long) content.length;
    this.content = content;
  }

  public void useLink(String url) {
    this.url = url;
    this.fileName = null;
    this.fileType = null;
    this.sha256 = null;
    this.sizeBytes = null;
    this.content = null;
  }

  public void touch() {
    updatedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public ResourceTheme getTheme() {
    return theme;
  }

  public void setTheme(ResourceTheme theme) {
    this.theme = theme;
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

  public ResourceKind getKind() {
    return kind;
  }

  public void setKind(ResourceKind kind) {
    this.kind = kind;
  }

  public String getUrl() {
    return url;
  }

  public String getFileName() {
    return fileName;
  }

  public DocumentType getFileType() {
    return fileType;
  }

  public Long getSizeBytes() {
    return sizeBytes;
  }

  public byte[] getContent() {
    return content;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
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
