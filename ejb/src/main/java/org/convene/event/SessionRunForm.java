package org.convene.event;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * "Add sessions" on a series: a run of sessions with the same times, zone, format, place,
 * presenters and topics, repeating by a {@link Recurrence}; each is an ordinary event afterwards.
 */
public class SessionRunForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private Recurrence recurrence = Recurrence.BIWEEKLY;
  private LocalDate firstDate;
  private Integer count = 6;
  private String dates;
  private LocalTime startTime;
  private LocalTime endTime;
  private String zoneId = org.convene.event.EventTimes.DEFAULT_ZONE;
  private EventFormat format = EventFormat.ONLINE;
  private String joinUrl;
  private String location;
  private Integer capacity;
  private Long[] presenterIds = new Long[0];
  private Long[] topicIds = new Long[0];
  private boolean published;

  /** The editor said yes to a run longer than {@link Recurrence#CONFIRM_ABOVE}. */
  private boolean confirmedMany;

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Recurrence getRecurrence() {
    return recurrence;
  }

  public void setRecurrence(Recurrence recurrence) {
    this.recurrence = recurrence;
  }

  public LocalDate getFirstDate() {
    return firstDate;
  }

  public void setFirstDate(LocalDate firstDate) {
    this.firstDate = firstDate;
  }

  public Integer getCount() {
    return count;
  }

  public void setCount(Integer count) {
    this.count = count;
  }

  public String getDates() {
    return dates;
  }

  public void setDates(String dates) {
    this.dates = dates;
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public void setStartTime(LocalTime startTime) {
    this.startTime = startTime;
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

  public Long[] getPresenterIds() {
    return presenterIds;
  }

  public void setPresenterIds(Long[] presenterIds) {
    this.presenterIds = presenterIds == null ? new Long[0] : presenterIds;
  }

  public Long[] getTopicIds() {
    return topicIds;
  }

  public void setTopicIds(Long[] topicIds) {
    this.topicIds = topicIds == null ? new Long[0] : topicIds;
  }

  public boolean isPublished() {
    return published;
  }

  public void setPublished(boolean published) {
    this.published = published;
  }

  public boolean isConfirmedMany() {
    return confirmedMany;
  }

  public void setConfirmedMany(boolean confirmedMany) {
    this.confirmedMany = confirmedMany;
  }
}
