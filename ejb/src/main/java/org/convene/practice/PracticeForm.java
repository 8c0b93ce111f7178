package org.convene.practice;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** What an editor fills in for a practice. {@code publishAt} (optional) schedules it. */
public class PracticeForm implements Serializable, org.convene.revision.RevisableForm {

  private static final long serialVersionUID = 1L;

  private String name;
  private String summary;
  private String problem;
  private String howItWorks;
  private String setting;
  private String audience;
  private String evidence;
  private EvidenceLevel evidenceLevel = EvidenceLevel.IDEA;
  private String contact;
  private boolean published;
  private LocalDateTime publishAt;
  private String zoneId = org.convene.event.EventTimes.DEFAULT_ZONE;
  private Long[] topicIds = new Long[0];
  private Long[] eventIds = new Long[0];
  private Long[] resourceIds = new Long[0];

  /** Why this save (kept with its revision, e.g. "Restored revision 3"); not part of the item. */
  private transient String note;

  private long version;

  public static PracticeForm of(Practice p) {
    PracticeForm f = new PracticeForm();
    f.name = p.getName();
    f.summary = p.getSummary();
    f.problem = p.getProblem();
    f.howItWorks = p.getHowItWorks();
    f.setting = p.getSetting();
    f.audience = p.getAudience();
    f.evidence = p.getEvidence();
    f.evidenceLevel = p.getEvidenceLevel();
    f.contact = p.getContact();
    f.published = p.getPublishedAt() != null;
    f.publishAt =
        p.isScheduled() ? LocalDateTime.ofInstant(p.getPublishedAt(), ZoneId.of(f.zoneId)) : null;
    f.topicIds = p.getTopics().stream().map(t -> t.getId()).toArray(Long[]::new);
    f.eventIds = p.getPresentedAt().stream().map(e -> e.getId()).toArray(Long[]::new);
    f.resourceIds = p.getResources().stream().map(r -> r.getId()).toArray(Long[]::new);
    f.version = p.getVersion();
    return f;
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

  public boolean isPublished() {
    return published;
  }

  public void setPublished(boolean published) {
    this.published = published;
  }

  public LocalDateTime getPublishAt() {
    return publishAt;
  }

  public void setPublishAt(LocalDateTime publishAt) {
    this.publishAt = publishAt;
  }

  public String getZoneId() {
    return zoneId;
  }

  public void setZoneId(String zoneId) {
    this.zoneId = zoneId;
  }

  public Long[] getTopicIds() {
    return topicIds;
  }

  public void setTopicIds(Long[] topicIds) {
    this.topicIds = topicIds == null ? new Long[0] : topicIds;
  }

  public Long[] getEventIds() {
    return eventIds;
  }

  public void setEventIds(Long[] eventIds) {
    this.eventIds = eventIds == null ? new Long[0] : eventIds;
  }

  public Long[] getResourceIds() {
    return resourceIds;
  }

  public void setResourceIds(Long[] resourceIds) {
    this.resourceIds = resourceIds == null ? new Long[0] : resourceIds;
  }

  public String getNote() {
    return note;
  }

  @Override
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
