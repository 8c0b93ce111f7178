package org.convene.feature;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.convene.collaborative.Collaborative;
import org.convene.event.Event;
import org.convene.news.NewsItem;

/**
 * One period during which the network home features a member or one of its items. Not tenant-owned:
 * administrators create it; it points at what the member owns, never copies it.
 */
@Entity
@Table(name = "feature")
public class Feature {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private FeatureKind kind;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "collaborative_id", nullable = false, updatable = false)
  private Collaborative collaborative;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "event_id", updatable = false)
  private Event event;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "news_id", updatable = false)
  private NewsItem news;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "series_id", updatable = false)
  private org.convene.event.Series series;

  private String blurb;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "created_by", nullable = false, length = 254)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The zone whose days the period covers (its first and last day are days there). */
  @Column(name = "zone_id", nullable = false, length = 60)
  private String zoneId = "UTC";

  protected Feature() {}

  private Feature(
      FeatureKind kind,
      Collaborative collaborative,
      String blurb,
      Instant startsAt,
      Instant endsAt,
      String createdBy) {
    this.kind = kind;
    this.collaborative = collaborative;
    this.blurb = blurb;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.createdBy = createdBy;
    this.createdAt = Instant.now();
  }

  public static Feature member(
      Collaborative member, String blurb, Instant from, Instant to, String by) {
    return new Feature(FeatureKind.MEMBER, member, blurb, from, to, by);
  }

  public static Feature event(Event event, String blurb, Instant from, Instant to, String by) {
    Feature f = new Feature(FeatureKind.EVENT, event.getCollaborative(), blurb, from, to, by);
    f.event = event;
    return f;
  }

  public static Feature series(
      org.convene.event.Series series, String blurb, Instant from, Instant to, String by) {
    Feature f = new Feature(FeatureKind.SERIES, series.getCollaborative(), blurb, from, to, by);
    f.series = series;
    return f;
  }

  public static Feature news(NewsItem news, String blurb, Instant from, Instant to, String by) {
    Feature f = new Feature(FeatureKind.NEWS, news.getCollaborative(), blurb, from, to, by);
    f.news = news;
    return f;
  }

  /** The period's days are days in {@code zoneId} (as the administrator chose them). */
  public Feature inZone(String zoneId) {
    this.zoneId = zoneId;
    return this;
  }

  public String getZoneId() {
    return zoneId;
  }

  /** The first day of the period, in its zone. */
  public java.time.LocalDate getFirstDay() {
    return startsAt.atZone(java.time.ZoneId.of(zoneId)).toLocalDate();
  }

  /** The last day of the period, in its zone (it ends at the end of that day, or when ended). */
  public java.time.LocalDate getLastDay() {
    return endsAt.minusNanos(1).atZone(java.time.ZoneId.of(zoneId)).toLocalDate();
  }

  public boolean isCurrentAt(Instant now) {
    return !startsAt.isAfter(now) && endsAt.isAfter(now);
  }

  /** Ends the period now (it stays in the history). */
  public void endAt(Instant now) {
    if (endsAt.isAfter(now)) {
      endsAt = now.isAfter(startsAt) ? now : startsAt.plusMillis(1);
    }
  }

  public Long getId() {
    return id;
  }

  public org.convene.event.Series getSeries() {
    return series;
  }

  public FeatureKind getKind() {
    return kind;
  }

  public Collaborative getCollaborative() {
    return collaborative;
  }

  public Event getEvent() {
    return event;
  }

  public NewsItem getNews() {
    return news;
  }

  public String getBlurb() {
    return blurb;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
