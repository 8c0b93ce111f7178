package org.convene.event;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.convene.tenancy.TenantOwned;

/** Slides, a handout or a link that belongs to one event. */
@Entity
@Table(name = "material")
public class Material extends TenantOwned {

  /** 50 MB. */
  public static final long MAX_BYTES = 50L * 1024 * 1024;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "event_id", nullable = false, updatable = false)
  private Event event;

  @Column(nullable = false, length = 200)
  private String title;

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

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Material() {}

  private Material(Event event, String title) {
    super(event.getCollaborative());
    this.event = event;
    this.title = title;
    this.createdAt = Instant.now();
  }

  public static Material link(Event event, String title, String url) {
    Material m = new Material(event, title);
    m.url = url;
    return m;
  }

  public static Material file(
      Event event,
      String title,
      String fileName,
      DocumentType type,
      String sha256,
      byte[] content) {
    Material m = new Material(event, title);
    m.fileName = fileName;
    m.fileType = type;
    m.sha256 = sha256;
    m.sizeBytes = (long) content.length;
    m.content = content;
    return m;
  }

  public boolean isFile() {
    return url == null;
  }

  public Long getId() {
    return id;
  }

  public Event getEvent() {
    return event;
  }

  public String getTitle() {
    return title;
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

  public String getSha256() {
    return sha256;
  }

  public byte[] getContent() {
    return content;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
