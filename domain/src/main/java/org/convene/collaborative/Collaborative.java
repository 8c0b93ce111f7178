package org.convene.collaborative;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.convene.branding.Brand;
import org.convene.branding.BrandColour;
import org.convene.branding.Logo;

/**
 * A regional health-improvement collaborative: a tenant of the network with its own branded space
 * at {@code /c/{slug}} (and at its own host name when one is mapped).
 */
@Entity
@Table(name = "collaborative")
@NamedQuery(
    name = Collaborative.FIND_BY_SLUG,
    query = "SELECT c FROM Collaborative c WHERE c.slug = :slug")
@NamedQuery(
    name = Collaborative.FIND_ACTIVE_BY_SLUG,
    query =
        "SELECT c FROM Collaborative c WHERE c.slug = :slug"
            + " AND c.status = org.convene.collaborative.CollaborativeStatus.ACTIVE")
@NamedQuery(
    name = Collaborative.FIND_ACTIVE_BY_HOST,
    query =
        "SELECT c FROM Collaborative c WHERE c.hostName = :host"
            + " AND c.status = org.convene.collaborative.CollaborativeStatus.ACTIVE")
@NamedQuery(
    name = Collaborative.FIND_STATES_OF,
    query = "SELECT c.id, s FROM Collaborative c JOIN c.states s WHERE c.id IN :ids")
@NamedQuery(
    name = Collaborative.FIND_STATES_IN_USE,
    query =
        "SELECT DISTINCT s FROM Collaborative c JOIN c.states s"
            + " WHERE c.status = org.convene.collaborative.CollaborativeStatus.ACTIVE")
public class Collaborative {

  public static final String FIND_BY_SLUG = "Collaborative.findBySlug";
  public static final String FIND_ACTIVE_BY_SLUG = "Collaborative.findActiveBySlug";
  public static final String FIND_ACTIVE_BY_HOST = "Collaborative.findActiveByHost";
  public static final String FIND_STATES_OF = "Collaborative.findStatesOf";
  public static final String FIND_STATES_IN_USE = "Collaborative.findStatesInUse";

  public static final int NAME_MAX = 200;
  public static final int SHORT_NAME_MAX = 40;
  public static final int TAGLINE_MAX = 300;
  public static final int REGION_MAX = 200;
  public static final int ABOUT_MAX = 20_000;
  public static final int WEBSITE_MAX = 500;
  public static final int EMAIL_MAX = 254;
  public static final int PARTNER_MAX = 200;

  /** Colours of a collaborative that has not chosen its own: the network's navy and teal. */
  public static final BrandColour DEFAULT_PRIMARY = new BrandColour("#12355b");

  public static final BrandColour DEFAULT_ACCENT = new BrandColour("#0b6e69");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank
  @Size(max = Slug.MAX_LENGTH)
  @Pattern(regexp = Slug.REGEX, message = "{convene.slug.invalid}")
  @Column(nullable = false, unique = true, length = Slug.MAX_LENGTH)
  private String slug;

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

  @Size(max = REGION_MAX)
  @Column(length = REGION_MAX)
  private String region;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "collaborative_state",
      joinColumns = @JoinColumn(name = "collaborative_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 2, nullable = false)
  private Set<UsState> states = EnumSet.noneOf(UsState.class);

  /** Sanitised HTML. */
  @Size(max = ABOUT_MAX)
  @Column(length = ABOUT_MAX)
  private String about;

  @Column(name = "founded_year")
  private Integer foundedYear;

  @Column(name = "member_organisations")
  private Integer memberOrganisations;

  @Column(name = "clinicians")
  private Integer clinicians;

  @Size(max = WEBSITE_MAX)
  @Pattern(regexp = WebAddress.REGEX, message = "{convene.url.invalid}")
  @Column(length = WEBSITE_MAX)
  private String website;

  @Size(max = EMAIL_MAX)
  @Column(name = "contact_email", length = EMAIL_MAX)
  private String contactEmail;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "collaborative_social_link",
      joinColumns = @JoinColumn(name = "collaborative_id"))
  @OrderColumn(name = "position")
  private List<SocialLink> socialLinks = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "collaborative_partner",
      joinColumns = @JoinColumn(name = "collaborative_id"))
  @OrderColumn(name = "position")
  @Column(name = "name", length = PARTNER_MAX, nullable = false)
  private List<String> partners = new ArrayList<>();

  @Column(name = "logo_sha256", length = 64)
  private String logoSha256;

  @Enumerated(EnumType.STRING)
  @Column(name = "logo_format", length = 10)
  private org.convene.branding.ImageFormat logoFormat;

  @NotNull
  @Column(name = "primary_colour", nullable = false, length = BrandColour.LENGTH)
  private String primaryColour = DEFAULT_PRIMARY.hex();

  @NotNull
  @Column(name = "accent_colour", nullable = false, length = BrandColour.LENGTH)
  private String accentColour = DEFAULT_ACCENT.hex();

  @Size(max = HostName.MAX_LENGTH)
  @Pattern(regexp = HostName.REGEX, message = "{convene.host.invalid}")
  @Column(name = "host_name", unique = true, length = HostName.MAX_LENGTH)
  private String hostName;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CollaborativeStatus status = CollaborativeStatus.ACTIVE;

  @Version private long version;

  protected Collaborative() {}

  public Collaborative(String slug, String name, String shortName) {
    this.slug = slug;
    this.name = name;
    this.shortName = shortName;
  }

  /** Describes the collaborative in one line and names the region it serves. */
  public Collaborative describe(String tagline, String region, String website) {
    this.tagline = tagline;
    this.region = region;
    this.website = website;
    return this;
  }

  /** Replaces the editable profile; {@code sanitisedAbout} must already be sanitised. */
  public void updateProfile(CollaborativeProfile profile, String sanitisedAbout) {
    this.name = profile.name().trim();
    this.shortName = profile.shortName().trim();
    this.tagline = blankToNull(profile.tagline());
    this.region = blankToNull(profile.region());
    this.states.clear();
    this.states.addAll(profile.states());
    this.about = blankToNull(sanitisedAbout);
    this.foundedYear = profile.foundedYear();
    this.memberOrganisations = profile.memberOrganisations();
    this.clinicians = profile.clinicians();
    this.website = blankToNull(profile.website());
    this.contactEmail = blankToNull(profile.contactEmail());
    this.socialLinks.clear();
    this.socialLinks.addAll(profile.socialLinks());
    this.partners.clear();
    profile.partners().forEach(p -> this.partners.add(p.trim()));
  }

  /** The profile as it stands, ready to edit. */
  public CollaborativeProfile profile() {
    return new CollaborativeProfile(
        name,
        shortName,
        tagline,
        region,
        states,
        about,
        foundedYear,
        memberOrganisations,
        clinicians,
        website,
        contactEmail,
        socialLinks,
        partners);
  }

  public void changeColours(BrandColour primary, BrandColour accent) {
    this.primaryColour = Objects.requireNonNull(primary).hex();
    this.accentColour = Objects.requireNonNull(accent).hex();
  }

  public void useLogo(Logo logo) {
    this.logoSha256 = logo.getSha256();
    this.logoFormat = logo.getFormat();
  }

  /** Changes the slug and returns the old one (its URLs should redirect here). */
  public String renameSlug(String newSlug) {
    String old = this.slug;
    this.slug = newSlug;
    return old;
  }

  /** Maps a host name (already validated and normalised) to this space, or unmaps with null. */
  public void mapHost(String host) {
    this.hostName = host;
  }

  public void suspend() {
    this.status = CollaborativeStatus.SUSPENDED;
  }

  public void reactivate() {
    this.status = CollaborativeStatus.ACTIVE;
  }

  public boolean isActive() {
    return status == CollaborativeStatus.ACTIVE;
  }

  /** The colours to paint this collaborative's space with, paired for readability. */
  public Brand getBrand() {
    return new Brand(new BrandColour(primaryColour), new BrandColour(accentColour));
  }

  /** Up to two letters that stand for the collaborative where it has no logo. */
  public String getMonogram() {
    String source = shortName == null || shortName.isBlank() ? name : shortName;
    String letters = source.replaceAll("[^\\p{L}\\p{N}]", "");
    return letters.length() <= 2 ? letters.toUpperCase() : letters.substring(0, 2).toUpperCase();
  }

  /** File name of the current logo, its content hash (cacheable for ever), or null. */
  public String getLogoFileName() {
    return logoSha256 == null ? null : logoSha256 + "." + logoFormat.extension();
  }

  /** Path of the current logo within the network's site, or null. */
  public String getLogoPath() {
    return logoSha256 == null ? null : "/c/" + slug + "/logo/" + getLogoFileName();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
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

  public String getShortName() {
    return shortName;
  }

  public String getTagline() {
    return tagline;
  }

  public String getRegion() {
    return region;
  }

  public Set<UsState> getStates() {
    return Collections.unmodifiableSet(states);
  }

  public String getAbout() {
    return about;
  }

  public Integer getFoundedYear() {
    return foundedYear;
  }

  public Integer getMemberOrganisations() {
    return memberOrganisations;
  }

  public Integer getClinicians() {
    return clinicians;
  }

  public String getWebsite() {
    return website;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public List<SocialLink> getSocialLinks() {
    return Collections.unmodifiableList(socialLinks);
  }

  public List<String> getPartners() {
    return Collections.unmodifiableList(partners);
  }

  public String getLogoSha256() {
    return logoSha256;
  }

  public String getHostName() {
    return hostName;
  }

  public CollaborativeStatus getStatus() {
    return status;
  }

  public long getVersion() {
    return version;
  }
}
