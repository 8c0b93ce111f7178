package org.convene.topic;

import java.io.Serializable;

/** What an administrator fills in for a topic; the observance window is optional. */
public class TopicForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private String slug;
  private String description;
  private String observanceName;
  private Integer startMonth;
  private Integer startDay;
  private Integer endMonth;
  private Integer endDay;
  private long version;

  public static TopicForm of(Topic t) {
    TopicForm f = new TopicForm();
    f.name = t.getName();
    f.slug = t.getSlug();
    f.description = t.getDescription();
    f.observanceName = t.getObservanceName();
    if (t.hasObservance()) {
      f.startMonth = t.getObservanceStart().getMonthValue();
      f.startDay = t.getObservanceStart().getDayOfMonth();
      f.endMonth = t.getObservanceEnd().getMonthValue();
      f.endDay = t.getObservanceEnd().getDayOfMonth();
    }
    f.version = t.getVersion();
    return f;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
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

  public String getObservanceName() {
    return observanceName;
  }

  public void setObservanceName(String observanceName) {
    this.observanceName = observanceName;
  }

  public Integer getStartMonth() {
    return startMonth;
  }

  public void setStartMonth(Integer startMonth) {
    this.startMonth = startMonth;
  }

  public Integer getStartDay() {
    return startDay;
  }

  public void setStartDay(Integer startDay) {
    this.startDay = startDay;
  }

  public Integer getEndMonth() {
    return endMonth;
  }

  public void setEndMonth(Integer endMonth) {
    this.endMonth = endMonth;
  }

  public Integer getEndDay() {
    return endDay;
  }

  public void setEndDay(Integer endDay) {
    this.endDay = endDay;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
