package org.convene.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A network-wide topic every collaborative tags its items against ("Mental health of healthcare
 * workers"), optionally with a yearly observance window (Mental Health Month, May 1 – May 31),
 * during which the network home promotes it. A window may run over New Year (Dec 15 – Jan 15).
 */
@Entity
@Table(name = "topic")
public class Topic {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 80)
  private String slug;

  @Column(nullable = false, length = 120)
  private String name;

  private String description;

  @Column(name = "observance_name", length = 120)
  private String observanceName;

  @Column(name = "observance_start_month")
  private Short startMonth;

  @Column(name = "observance_start_day")
  private Short startDay;

  @Column(name = "observance_end_month")
  private Short endMonth;

  @Column(name = "observance_end_day")
  private Short endDay;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Topic() {}

  public Topic(String slug, String name) {
    this.slug = slug;
    this.name = name;
    this.createdAt = Instant.now();
  }

  public boolean hasObservance() {
    return startMonth != null;
  }

  public MonthDay getObservanceStart() {
    return hasObservance() ? MonthDay.of(startMonth, startDay) : null;
  }

  public MonthDay getObservanceEnd() {
    return hasObservance() ? MonthDay.of(endMonth, endDay) : null;
  }

  /** Whether {@code day} falls in the observance window (both ends included). */
  public boolean isObservedOn(LocalDate day) {
    if (!hasObservance()) {
      return false;
    }
    MonthDay d = MonthDay.from(day);
    MonthDay start = getObservanceStart();
    MonthDay end = getObservanceEnd();
    if (!start.isAfter(end)) {
      return !d.isBefore(start) && !d.isAfter(end);
    }
    return !d.isBefore(start) || !d.isAfter(end);
  }

  /** "Mental Health Month (May 1 – May 31)". */
  public String getObservanceLabel() {
    if (!hasObservance()) {
      return "";
    }
    DateTimeFormatter f = DateTimeFormatter.ofPattern("MMM d", Locale.US);
    String window =
        f.format(getObservanceStart().atYear(2000))
            + " – "
            + f.format(getObservanceEnd().atYear(2000));
    return (observanceName == null || observanceName.isBlank() ? "Observed" : observanceName)
        + " ("
        + window
        + ")";
  }

  public void observe(String name, MonthDay start, MonthDay end) {
    this.observanceName = name;
    this.startMonth = start == null ? null : (short) start.getMonthValue();
    this.startDay = start == null ? null : (short) start.getDayOfMonth();
    this.endMonth = end == null ? null : (short) end.getMonthValue();
    this.endDay = end == null ? null : (short) end.getDayOfMonth();
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
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

  public long getVersion() {
    return version;
  }
}
