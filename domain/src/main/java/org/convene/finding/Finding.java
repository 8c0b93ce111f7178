package org.convene.finding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convene.event.Event;
import org.convene.event.Series;
import org.convene.practice.Practice;
import org.convene.tenancy.TenantOwned;
import org.convene.topic.Topic;

/**
 * One key finding of an event or a series: a statement, optionally with the quote that supports it
 * and who said it, the practices it speaks of and its topics. Owned by the collaborative of the
 * item it belongs to, ordered within that item, and public exactly when that item is.
 */
@Entity
@Table(name = "finding")
public class Finding extends TenantOwned {

  public static final int STATEMENT_MAX = 1000;
  public static final int QUOTE_MAX = 3000;
  public static final int SPEAKER_MAX = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "event_id", updatable = false)
  private Event event;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "series_id", updatable = false)
  private Series series;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = STATEMENT_MAX)
  private String statement;

  @Column(length = QUOTE_MAX)
  private String quote;

  @Column(length = SPEAKER_MAX)
  private String speaker;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ManyToMany
  @JoinTable(
      name = "finding_topic",
      joinColumns = @JoinColumn(name = "finding_id"),
      inverseJoinColumns = @JoinColumn(name = "topic_id"))
  @OrderBy("name")
  private List<Topic> topics = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "finding_practice",
      joinColumns = @JoinColumn(name = "finding_id"),
      inverseJoinColumns = @JoinColumn(name = "practice_id"))
  @OrderBy("name")
  private List<Practice> practices = new ArrayList<>();

  @Version private long version;

  protected Finding() {}

  /** A finding of an event (its collaborative's). */
  public Finding(Event event, int position, String statement) {
    super(event.getCollaborative());
    this.event = event;
    init(position, statement);
  }

  /** A finding of a series (its collaborative's). */
  public Finding(Series series, int position, String statement) {
    super(series.getCollaborative());
    this.series = series;
    init(position, statement);
  }

  private void init(int position, String statement) {
    this.position = position;
    this.statement = statement;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  /** The title of the event or series it belongs to. */
  public String getSourceTitle() {
    return event != null ? event.getTitle() : series.getTitle();
  }

  /** The path, inside its collaborative's space, of the event or series it belongs to. */
  public String getSourcePath() {
    return event != null ? event.getPath() : "/series/" + series.getSlug();
  }

  /** The anchor of this finding on that page. */
  public String getAnchor() {
    return "finding-" + id;
  }

  public void touch() {
    updatedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Event getEvent() {
    return event;
  }

  public Series getSeries() {
    return series;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
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

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public List<Topic> getTopics() {
    return topics;
  }

  public List<Practice> getPractices() {
    return practices;
  }

  public long getVersion() {
    return version;
  }
}
