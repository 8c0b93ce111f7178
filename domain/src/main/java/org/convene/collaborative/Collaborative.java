package org.convene.collaborative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A regional health-improvement collaborative: a tenant of the network with its own branded space
 * at {@code /c/{slug}}.
 */
@Entity
@Table(name = "collaborative")
@NamedQuery(
    name = Collaborative.FIND_ALL_ORDERED,
    query = "SELECT c FROM Collaborative c ORDER BY LOWER(c.name)")
@NamedQuery(
    name = Collaborative.FIND_BY_SLUG,
    query = "SELECT c FROM Collaborative c WHERE c.slug = :slug")
public class Collaborative {

  public static final String FIND_ALL_ORDERED = "Collaborative.findAllOrdered";
  public static final String FIND_BY_SLUG = "Collaborative.findBySlug";

  public static final int NAME_MAX = 200;
  public static final int SHORT_NAME_MAX = 40;
  public static final int TAGLINE_MAX = 300;
  public static final int REGION_MAX = 200;
  public static final int WEBSITE_MAX = 500;

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

  @Size(max = WEBSITE_MAX)
  @Column(length = WEBSITE_MAX)
  private String website;

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

  /** Up to two letters that stand for the collaborative where it has no logo yet. */
  public String getMonogram() {
    String source = shortName == null || shortName.isBlank() ? name : shortName;
    String letters = source.replaceAll("[^\\p{L}\\p{N}]", "");
    return letters.length() <= 2 ? letters.toUpperCase() : letters.substring(0, 2).toUpperCase();
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

  public String getWebsite() {
    return website;
  }
}
