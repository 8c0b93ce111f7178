package org.convene.news;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** What an editor fills in for a news item. {@code publishAt} (optional) schedules it. */
public class NewsForm implements Serializable, org.convene.revision.RevisableForm {

  private static final long serialVersionUID = 1L;

  private NewsKind kind = NewsKind.POST;
  private String title;
  private String summary;
  private String body;
  private String externalUrl;
  private LocalDate dated = LocalDate.now();
  private boolean published;
  private LocalDateTime publishAt;
  private String zoneId = org.convene.event.EventTimes.DEFAULT_ZONE;
  private Long[] topicIds = new Long[0];

  /** Why this save (kept with its revision, e.g. "Restored revision 3"); not part of the item. */
  private transient String note;

  private long version;

  public static NewsForm of(NewsItem n) {
    NewsForm f = new NewsForm();
    f.kind = n.getKind();
    f.title = n.getTitle();
    f.summary = n.getSummary();
    f.body = n.getBody();
    f.externalUrl = n.getExternalUrl();
    f.dated = n.getDated();
    f.published = n.getPublishedAt() != null;
    f.publishAt =
        n.isScheduled() ? LocalDateTime.ofInstant(n.getPublishedAt(), ZoneId.of(f.zoneId)) : null;
    f.topicIds = n.getTopics().stream().map(t -> t.getId()).toArray(Long[]::new);
    f.version = n.getVersion();
    return f;
  }

  public NewsKind getKind() {
    return kind;
  }

  public void setKind(NewsKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getExternalUrl() {
    return externalUrl;
  }

  public void setExternalUrl(String externalUrl) {
    this.externalUrl = externalUrl;
  }

  public LocalDate getDated() {
    return dated;
  }

  public void setDated(LocalDate dated) {
    this.dated = dated;
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
