package org.convene.event;

import java.io.Serializable;

/** What an editor fills in for a webinar series. */
public class SeriesForm implements Serializable, org.convene.revision.RevisableForm {

  private static final long serialVersionUID = 1L;

  private String title;
  private String slug;
  private String description;
  private String cadence;
  private SeriesStatus status = SeriesStatus.PLANNED;
  private String outputsLabel;
  private String outputsUrl;
  private Integer participantTotal;
  private boolean published;
  private java.time.LocalDateTime publishAt;
  private String zoneId = org.convene.event.EventTimes.DEFAULT_ZONE;
  private Long[] topicIds = new Long[0];

  /** Why this save (kept with its revision, e.g. "Restored revision 3"); not part of the item. */
  private transient String note;

  private long version;

  public static SeriesForm of(Series s) {
    SeriesForm f = new SeriesForm();
    f.title = s.getTitle();
    f.slug = s.getSlug();
    f.description = s.getDescription();
    f.cadence = s.getCadence();
    f.status = s.getStatus();
    f.outputsLabel = s.getOutputsLabel();
    f.outputsUrl = s.getOutputsUrl();
    f.participantTotal = s.getParticipantTotal();
    f.published = s.getPublishedAt() != null;
    f.publishAt =
        s.getPublishedAt() != null && s.getPublishedAt().isAfter(java.time.Instant.now())
            ? java.time.LocalDateTime.ofInstant(s.getPublishedAt(), java.time.ZoneId.of(f.zoneId))
            : null;
    f.topicIds = s.getTopics().stream().map(org.convene.topic.Topic::getId).toArray(Long[]::new);
    f.version = s.getVersion();
    return f;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getCadence() {
    return cadence;
  }

  public void setCadence(String cadence) {
    this.cadence = cadence;
  }

  public SeriesStatus getStatus() {
    return status;
  }

  public void setStatus(SeriesStatus status) {
    this.status = status;
  }

  public String getOutputsLabel() {
    return outputsLabel;
  }

  public void setOutputsLabel(String outputsLabel) {
    this.outputsLabel = outputsLabel;
  }

  public String getOutputsUrl() {
    return outputsUrl;
  }

  public void setOutputsUrl(String outputsUrl) {
    this.outputsUrl = outputsUrl;
  }

  public Integer getParticipantTotal() {
    return participantTotal;
  }

  public void setParticipantTotal(Integer participantTotal) {
    this.participantTotal = participantTotal;
  }

  public boolean isPublished() {
    return published;
  }

  public void setPublished(boolean published) {
    this.published = published;
  }

  public java.time.LocalDateTime getPublishAt() {
    return publishAt;
  }

  public void setPublishAt(java.time.LocalDateTime publishAt) {
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
