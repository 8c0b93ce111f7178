package org.convene.finding;

import java.io.Serializable;
import org.convene.revision.RevisableForm;

/** What an editor fills in for a key finding. */
public class FindingForm implements Serializable, RevisableForm {

  private static final long serialVersionUID = 1L;

  private String statement;
  private String quote;
  private String speaker;
  private Long[] topicIds = new Long[0];
  private Long[] practiceIds = new Long[0];

  /** Why this save (kept with its revision, e.g. "Restored revision 3"); not part of the item. */
  private transient String note;

  private long version;

  public static FindingForm of(Finding f) {
    FindingForm form = new FindingForm();
    form.statement = f.getStatement();
    form.quote = f.getQuote();
    form.speaker = f.getSpeaker();
    form.topicIds = f.getTopics().stream().map(t -> t.getId()).toArray(Long[]::new);
    form.practiceIds = f.getPractices().stream().map(p -> p.getId()).toArray(Long[]::new);
    form.version = f.getVersion();
    return form;
  }

  public String getStatement() {
    return statement;
  }

  public void setStatement(String statement) {
    this.statement = statement;
  }

  public String getQuote() {
    return quote;
  }

  public void setQuote(String quote) {
    this.quote = quote;
  }

  public String getSpeaker() {
    return speaker;
  }

  public void setSpeaker(String speaker) {
    this.speaker = speaker;
  }

  public Long[] getTopicIds() {
    return topicIds;
  }

  public void setTopicIds(Long[] topicIds) {
    this.topicIds = topicIds == null ? new Long[0] : topicIds;
  }

  public Long[] getPracticeIds() {
    return practiceIds;
  }

  public void setPracticeIds(Long[] practiceIds) {
    this.practiceIds = practiceIds == null ? new Long[0] : practiceIds;
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

  @Override
  public void setVersion(long version) {
    this.version = version;
  }
}
