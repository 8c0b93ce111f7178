package org.convene.practice;

import java.io.Serializable;
import java.time.LocalDate;

/** What an editor records of an adoption of another collaborative's practice. */
public class AdoptionForm implements Serializable, org.convene.revision.RevisableForm {

  private static final long serialVersionUID = 1L;

  private Long practiceId;
  private Long adaptationId;
  private String organisation;
  private AdoptionStatus status = AdoptionStatus.CONSIDERING;
  private String changes;
  private String stoppedReason;
  private LocalDate startedOn;
  private LocalDate endedOn;
  private String results;
  private boolean published;

  /** Why this save (kept with its revision, e.g. "Restored revision 3"); not part of the item. */
  private transient String note;

  private long version;

  public static AdoptionForm of(Adoption a) {
    AdoptionForm f = new AdoptionForm();
    f.practiceId = a.getPractice().getId();
    f.adaptationId = a.getAdaptation() == null ? null : a.getAdaptation().getId();
    f.organisation = a.getOrganisation();
    f.status = a.getStatus();
    f.changes = a.getChanges();
    f.stoppedReason = a.getStoppedReason();
    f.startedOn = a.getStartedOn();
    f.endedOn = a.getEndedOn();
    f.results = a.getResults();
    f.published = a.getPublishedAt() != null;
    f.version = a.getVersion();
    return f;
  }

  public Long getPracticeId() {
    return practiceId;
  }

  public void setPracticeId(Long practiceId) {
    this.practiceId = practiceId;
  }

  public Long getAdaptationId() {
    return adaptationId;
  }

  public void setAdaptationId(Long adaptationId) {
    this.adaptationId = adaptationId;
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

  public boolean isPublished() {
    return published;
  }

  public void setPublished(boolean published) {
    this.published = published;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
