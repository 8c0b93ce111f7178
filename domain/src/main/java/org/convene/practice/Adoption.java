package org.convene.practice;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.convene.collaborative.Collaborative;
import org.convene.tenancy.TenantOwned;

/**
 * A collaborative's record that it (or an organisation of its region) adopted or adapted another
 * collaborative's practice. Owned by the adopter: the originator sees it on its practice but cannot
 * change it. {@code adaptation}, when the adopter described its version as a practice of its own,
 * links the lineage on.
 */
@Entity
@Table(name = "adoption")
public class Adoption extends TenantOwned {

  public static final int ORGANISATION_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "practice_id", nullable = false)
  private Practice practice;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "adaptation_id")
  private Practice adaptation;

  @Column(length = ORGANISATION_MAX)
  private String organisation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AdoptionStatus status = AdoptionStatus.CONSIDERING;

  private String changes;

  @Column(name = "stopped_reason")
  private String stoppedReason;

  @Column(name = "started_on")
  private LocalDate startedOn;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  private String results;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "notified_at")
  private Instant notifiedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Adoption() {}

  public Adoption(Collaborative adopter, Practice practice) {
    super(adopter);
    this.practice = practice;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  /**
   * Marks the originator as told, the first time the adoption is public; true only that once (the
   * caller then sends the notice, in the same transaction).
   */
  public boolean notifyOnce(Instant now) {
    if (notifiedAt != null || publishedAt == null || publishedAt.isAfter(now)) {
      return false;
    }
    notifiedAt = now;
    return true;
  }

  public void touch() {
    updatedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Practice getPractice() {
    return practice;
  }

  public void setPractice(Practice practice) {
    this.practice = practice;
  }

  public Practice getAdaptation() {
    return adaptation;
  }

  public void setAdaptation(Practice adaptation) {
    this.adaptation = adaptation;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public AdoptionStatus getStatus() {
    return status;
  }

  public void setStatus(AdoptionStatus status) {
    this.status = status;
  }

  public String getChanges() {
    return changes;
  }

  public void setChanges(String changes) {
    this.changes = changes;
  }

  public String getStoppedReason() {
    return stoppedReason;
  }

  public void setStoppedReason(String stoppedReason) {
    this.stoppedReason = stoppedReason;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public void setStartedOn(LocalDate startedOn) {
    this.startedOn = startedOn;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public void setEndedOn(LocalDate endedOn) {
    this.endedOn = endedOn;
  }

  public String getResults() {
    return results;
  }

  public void setResults(String results) {
    this.results = results;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public void setPublishedAt(Instant publishedAt) {
    this.publishedAt = publishedAt;
  }

  public long getVersion() {
    return version;
  }
}
