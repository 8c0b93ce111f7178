package org.convene.branding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.convene.collaborative.Collaborative;
import org.convene.tenancy.TenantOwned;

/**
 * A collaborative's logo image. The bytes live here, apart from the profile, so lists of
 * collaboratives never load them; the profile keeps only the hash that names the current one.
 */
@Entity
@Table(name = "logo")
public class Logo extends TenantOwned {

  /** 2 MB. */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ImageFormat format;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(nullable = false)
  private byte[] content;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected Logo() {}

  public Logo(Collaborative owner, ImageFormat format, String sha256, byte[] content) {
    super(owner);
    this.format = format;
    this.sha256 = sha256;
    this.content = content.clone();
    this.uploadedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public ImageFormat getFormat() {
    return format;
  }

  public String getSha256() {
    return sha256;
  }

  public byte[] getContent() {
    return content.clone();
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
