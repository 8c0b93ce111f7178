package org.convene.resource;

import java.io.Serializable;

/** What an editor fills in for a resource (a link, or a file uploaded beside the form). */
public class ResourceForm implements Serializable, org.convene.revision.RevisableForm {

  private static final long serialVersionUID = 1L;

  private String title;
  private String summary;
  private ResourceKind kind = ResourceKind.WEBSITE;
  private String url;
  private String audience;
  private Long themeId;
  private int position;
  private boolean published;
  private java.time.LocalDateTime publishAt;
  private String zoneId = org.convene.event.EventTimes.DEFAULT_ZONE;
  private Long[] topicIds = new Long[0];

  /** Why this save (kept with its revision, e.g. "Restored revision 3"); not part of the item. */
  private transient String note;

  private long version;

  public static ResourceForm of(Resource r) {
    ResourceForm f = new ResourceForm();
    f.title = r.getTitle();
    f.summary = r.getSummary();
    f.kind = r.getKind();
    f.url = r.getUrl();
    f.audience = r.getAudience();
    f.themeId = r.getTheme() == null ? null : r.getTheme().getId();
    f.position = r.getPosition();
    f.published = r.getPublishedAt() != null;
    f.publishAt =
        r.getPublishedAt() != null && r.getPublishedAt().isAfter(java.time.Instant.now())
            ? java.time.LocalDateTime.ofInstant(r.getPublishedAt(), java.time.ZoneId.of(f.zoneId))
            : null;
    f.topicIds = r.getTopics().stream().map(t -> t.getId()).toArray(Long[]::new);
    f.version = r.getVersion();
    return f;
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

  public ResourceKind getKind() {
    return kind;
  }

  public void setKind(ResourceKind kind) {
    this.kind = kind;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public Long getThemeId() {
    return themeId;
  }

  public void setThemeId(Long themeId) {
    this.themeId = themeId;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
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
