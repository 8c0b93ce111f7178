package org.convene.event;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** What an editor fills in for an event; checked and applied by {@link EventService}. */
public class EventForm implements Serializable, org.convene.revision.RevisableForm {

  private static final long serialVersionUID = 1L;

  private String title;
  private String summary;
  private LocalDate date;
  private LocalTime startTime;
  private LocalDate endDate;
  private LocalTime endTime;
  private String zoneId = org.convene.event.EventTimes.DEFAULT_ZONE;
  private EventFormat format = EventFormat.ONLINE;
  private String joinUrl;
  private String location;
  private Integer capacity;
  private boolean registrationOpen = true;
  private Long seriesId;
  private String discussionTopics;
  private String keyFindings;
  private String recordingUrl;
  private String callReport;
  private Integer attendance;
  private Long[] presenterIds = new Long[0];
  private boolean published;
  private java.time.LocalDateTime publishAt;
  private Long[] topicIds = new Long[0];

  /** Why this save (kept with its revision, e.g. "Restored revision 3"); not part of the item. */
  private transient String note;

  private long version;

  public EventForm() {}

  /** The form filled with an existing event, as its editor sees it. */
  public static EventForm of(Event e) {
    EventForm f = new EventForm();
    f.title = e.getTitle();
    f.summary = e.getSummary();
    f.date = e.getLocalStart().toLocalDate();
    f.startTime = e.getLocalStart().toLocalTime();
    f.endDate = e.getLocalEnd().toLocalDate().equals(f.date) ? null : e.getLocalEnd().toLocalDate();
    f.endTime = e.getLocalEnd().toLocalTime();
    f.zoneId = e.getZoneId();
    f.format = e.getFormat();
    f.joinUrl = e.getJoinUrl();
    f.location = e.getLocation();
    f.capacity = e.getCapacity();
    f.registrationOpen = e.isRegistrationOpen();
    f.seriesId = e.getSeries() == null ? null : e.getSeries().getId();
    f.discussionTopics = e.getDiscussionTopics();
    f.keyFindings = e.getKeyFindings();
    f.recordingUrl = e.getRecordingUrl();
    f.callReport = e.getCallReport();
    f.attendance = e.getAttendance();
    f.presenterIds = e.getPresenters().stream().map(Presenter::getId).toArray(Long[]::new);
    f.published = e.getPublishedAt() != null;
    f.publishAt =
        e.getPublishedAt() != null && e.getPublishedAt().isAfter(java.time.Instant.now())
            ? java.time.LocalDateTime.ofInstant(e.getPublishedAt(), java.time.ZoneId.of(f.zoneId))
            : null;
    f.topicIds = e.getTopics().stream().map(org.convene.topic.Topic::getId).toArray(Long[]::new);
    f.version = e.getVersion();
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

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public void setStartTime(LocalTime startTime) {
    this.startTime = startTime;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public LocalTime getEndTime() {
    return endTime;
  }

  public void setEndTime(LocalTime endTime) {
    this.endTime = endTime;
  }

  public String getZoneId() {
    return zoneId;
  }

  public void setZoneId(String zoneId) {
    this.zoneId = zoneId;
  }

  public EventFormat getFormat() {
    return format;
  }

  public void setFormat(EventFormat format) {
    this.format = format;
  }

  public String getJoinUrl() {
    return joinUrl;
  }

  public void setJoinUrl(String joinUrl) {
    this.joinUrl = joinUrl;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public boolean isRegistrationOpen() {
    return registrationOpen;
  }

  public void setRegistrationOpen(boolean registrationOpen) {
    this.registrationOpen = registrationOpen;
  }

  public Long getSeriesId() {
    return seriesId;
  }

  public void setSeriesId(Long seriesId) {
    this.seriesId = seriesId;
  }

  public String getDiscussionTopics() {
    return discussionTopics;
  }

  public void setDiscussionTopics(String discussionTopics) {
    this.discussionTopics = discussionTopics;
  }

  public String getKeyFindings() {
    return keyFindings;
  }

  public void setKeyFindings(String keyFindings) {
    this.keyFindings = keyFindings;
  }

  public String getRecordingUrl() {
    return recordingUrl;
  }

  public void setRecordingUrl(String recordingUrl) {
    this.recordingUrl = recordingUrl;
  }

  public String getCallReport() {
    return callReport;
  }

  public void setCallReport(String callReport) {
    this.callReport = callReport;
  }

  public Integer getAttendance() {
    return attendance;
  }

  public void setAttendance(Integer attendance) {
    this.attendance = attendance;
  }

  public Long[] getPresenterIds() {
    return presenterIds;
  }

  public void setPresenterIds(Long[] presenterIds) {
    this.presenterIds = presenterIds == null ? new Long[0] : presenterIds;
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
