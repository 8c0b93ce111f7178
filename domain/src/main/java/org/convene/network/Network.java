package org.convene.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The one network a deployment serves (for example NRHI): its name and about text. */
@Entity
@Table(name = "network")
@NamedQuery(name = Network.FIND_ALL, query = "SELECT n FROM Network n ORDER BY n.id")
public class Network {

  public static final String FIND_ALL = "Network.findAll";
  public static final int NAME_MAX = 200;
  public static final int SHORT_NAME_MAX = 40;
  public static final int TAGLINE_MAX = 300;
  public static final int ABOUT_MAX = 4000;
  public static final int PRIVACY_NOTICE_MAX = 2000;
  public static final int RETENTION_DEFAULT = 24;
  public static final int RETENTION_MAX = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank
  @Size(max = NAME_MAX)
  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @NotBlank
  @Size(max = SHORT_NAME_MAX)
  @Column(name = "short_name", nullable = false, length = SHORT_NAME_MAX)
  private String shortName;

  @Size(max = TAGLINE_MAX)
  @Column(length = TAGLINE_MAX)
  private String tagline;

  @Size(max = ABOUT_MAX)
  @Column(length = ABOUT_MAX)
  private String about;

  /** What the registration form says about a registrant's details; empty: the portal's text. */
  @Size(max = PRIVACY_NOTICE_MAX)
  @Column(name = "privacy_notice", length = PRIVACY_NOTICE_MAX)
  private String privacyNotice;

  /** Months after an event ends (a series: its last session) that its registrations keep names. */
  @Column(name = "retention_months", nullable = false)
  private int retentionMonths = RETENTION_DEFAULT;

  @Version private long version;

  protected Network() {}

  public Network(String name, String shortName, String tagline, String about) {
    this.name = name;
    this.shortName = shortName;
    this.tagline = tagline;
    this.about = about;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getShortName() {
    return shortName;
  }

  public String getTagline() {
    return tagline;
  }

  public String getAbout() {
    return about;
  }

  public String getPrivacyNotice() {
    return privacyNotice;
  }

  public int getRetentionMonths() {
    return retentionMonths;
  }

  public long getVersion() {
    return version;
  }

  /** The privacy notice (null: the portal's own text) and the retention period, checked before. */
  public void setPrivacy(String privacyNotice, int retentionMonths) {
    this.privacyNotice = privacyNotice;
    this.retentionMonths = retentionMonths;
  }
}
