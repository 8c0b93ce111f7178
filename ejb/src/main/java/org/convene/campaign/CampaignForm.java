package org.convene.campaign;

import java.io.Serializable;
import java.time.LocalDate;

/** What an administrator fills in for a campaign. */
public class CampaignForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private String summary;
  private String callToAction;
  private String actionUrl;
  private Long topicId;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private boolean published;
  private long version;

  public static CampaignForm of(Campaign c) {
    CampaignForm f = new CampaignForm();
    f.name = c.getName();
    f.summary = c.getSummary();
    f.callToAction = c.getCallToAction();
    f.actionUrl = c.getActionUrl();
    f.topicId = c.getTopic() == null ? null : c.getTopic().getId();
    f.startsOn = c.getStartsOn();
    f.endsOn = c.getEndsOn();
    f.published = c.isPublished();
    f.version = c.getVersion();
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

  public String getCallToAction() {
    return callToAction;
  }

  public void setCallToAction(String callToAction) {
    this.callToAction = callToAction;
  }

  public String getActionUrl() {
    return actionUrl;
  }

  public void setActionUrl(String actionUrl) {
    this.actionUrl = actionUrl;
  }

  public Long getTopicId() {
    return topicId;
  }

  public void setTopicId(Long topicId) {
    this.topicId = topicId;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public boolean isPublished() {
    return published;
  }

  public void setPublished(boolean published) {
    this.published = published;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
