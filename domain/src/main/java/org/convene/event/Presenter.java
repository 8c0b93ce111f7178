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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.convene.branding.ImageFormat;
import org.convene.collaborative.Collaborative;
import org.convene.tenancy.TenantOwned;

/** Someone who presents at a collaborative's events; reusable across its events. */
@Entity
@Table(name = "presenter")
public class Presenter extends TenantOwned {

  /** 2 MB. */
  public static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;

  public static final int CREDENTIALS_MAX = 80;
  public static final int ROLE_MAX = 160;
  public static final int AFFILIATION_MAX = 200;
  public static final int BIO_MAX = 4_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 160)
  private String name;

  @Column(length = CREDENTIALS_MAX)
  private String credentials;

  @Column(length = ROLE_MAX)
  private String role;

  @Column(length = AFFILIATION_MAX)
  private String affiliation;

  private String bio;

  @Basic(fetch = FetchType.LAZY)
  private byte[] photo;

  @Enumerated(EnumType.STRING)
  @Column(name = "photo_format", length = 10)
  private ImageFormat photoFormat;

  @Column(name = "photo_sha256", length = 64)
  private String photoSha256;

  @Version private long version;

  protected Presenter() {}

  public Presenter(Collaborative owner, String name) {
    super(owner);
    this.name = name;
  }

  /** "Catherine Butler, MD, MA". */
  public String getDisplayName() {
    return credentials == null || credentials.isBlank() ? name : name + ", " + credentials;
  }

  /** "Nephrologist, University of Washington". */
  public String getRoleAndAffiliation() {
    if (role == null || role.isBlank()) {
      return affiliation == null ? "" : affiliation;
    }
    return affiliation == null || affiliation.isBlank() ? role : role + ", " + affiliation;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCredentials() {
    return credentials;
  }

  public void setCredentials(String credentials) {
    this.credentials = credentials;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getAffiliation() {
    return affiliation;
  }

  public void setAffiliation(String affiliation) {
    this.affiliation = affiliation;
  }

  public String getBio() {
    return bio;
  }

  public void setBio(String bio) {
    this.bio = bio;
  }

  public byte[] getPhoto() {
    return photo == null ? null : photo.clone();
  }

  public ImageFormat getPhotoFormat() {
    return photoFormat;
  }

  public String getPhotoSha256() {
    return photoSha256;
  }

  public void usePhoto(ImageFormat format, String sha256, byte[] content) {
    this.photoFormat = format;
    this.photoSha256 = sha256;
    this.photo = content.clone();
  }

  public long getVersion() {
    return version;
  }
}
