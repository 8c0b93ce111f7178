package org.convene.practice;

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
import org.convene.event.Event;
import org.convene.resource.Resource;
import org.convene.tenancy.TenantOwned;
import org.convene.topic.Topic;

/**
 * A programme, intervention or tool a collaborative originated or curates ("peer support huddles",
 * "stress first aid training"): what problem it addresses, how it works, for whom, and how well it
 * is shown to work; with the sessions where it was presented (of any collaborative) and the
 * resources that go with it. What the network exists to share.
 */
@Entity
@Table(name = "practice")
public class Practice extends TenantOwned {

  public static final int NAME_MAX = 200;
  public static final int TEXT_MAX = 10_000;
  public static final int LINE_MAX = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 120)
  private String slug;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  private String summary;

  private String problem;

  @Column(name = "how_it_works")
  private String howItWorks;

  @Column(length = LINE_MAX)
  private String setting;

  @Column(length = LINE_MAX)
  private String audience;

  private String evidence;

  @Enumerated(EnumType.STRING)
  @Column(name = "evidence_level", nullable = false, length = 20)
  private EvidenceLevel evidenceLevel = EvidenceLevel.IDEA;

  @Column(length = LINE_MAX)
  private String contact;

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
      name = "practice_topic",
      joinColumns = @JoinColumn(name = "practice_id"),
      inverseJoinColumns = @JoinColumn(name = "topic_id"))
  @OrderBy("name")
  private List<Topic> topics = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "practice_event",
      joinColumns = @JoinColumn(name = "practice_id"),
      inverseJoinColumns = @JoinColumn(name = "event_id"))
  @OrderBy("startsAt DESC")
  private List<Event> presentedAt = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "practice_resource",
      joinColumns = @JoinColumn(name = "practice_id"),
      inverseJoinColumns = @JoinColumn(name = "resource_id"))
  @OrderBy("title")
  private List<Resource> resources = new ArrayList<>();

  @Version private long version;

  protected Practice() {}

  public Practice(Collaborative owner, String slug, String name) {
    super(owner);
    this.slug = slug;
    this.name = name;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  public boolean isScheduled() {
    return publishedAt != null && publishedAt.isAfter(Instant.now());
  }

  /** The path of the practice inside its collaborative's space. */
  public String getPath() {
    return "/practices/" + slug;
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

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getProblem() {
    return problem;
  }

  public void setProblem(String problem) {
    this.problem = problem;
  }

  public String getHowItWorks() {
    return howItWorks;
  }

  public void setHowItWorks(String howItWorks) {
    this.howItWorks = howItWorks;
  }

  public String getSetting() {
    return setting;
  }

  public void setSetting(String setting) {
    this.setting = setting;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public String getEvidence() {
    return evidence;
  }

  public void setEvidence(String evidence) {
    this.evidence = evidence;
  }

  public EvidenceLevel getEvidenceLevel() {
    return evidenceLevel;
  }

  public void setEvidenceLevel(EvidenceLevel evidenceLevel) {
    this.evidenceLevel = evidenceLevel;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
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

  public List<Event> getPresentedAt() {
    return presentedAt;
  }

  public List<Resource> getResources() {
    return resources;
  }

  public long getVersion() {
    return version;
  }
}
