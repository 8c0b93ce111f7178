package org.convene.event;

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
import jakarta.persistence.Version;
import java.time.Instant;
import org.convene.tenancy.TenantOwned;

/** One person's sign-up for one event. Personal data: visible to its collaborative only. */
@Entity
@Table(name = "registration")
public class Registration extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "event_id", nullable = false, updatable = false)
  private Event event;

  @Column(nullable = false, length = 160)
  private String name;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(length = 200)
  private String organization;

  @Column(length = 120)
  private String profession;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RegistrationStatus status;

  @Column(name = "cancel_token_sha256", nullable = false, length = 64)
  private String cancelTokenSha256;

  @Column(nullable = false)
  private boolean attended;

  /** The language the person signed up in (a language tag): their e-mails are written in it. */
  @Column(nullable = false, length = 10)
  private String locale = "en";

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  /** When the name and address were replaced; null while they are the person's own. */
  @Column(name = "anonymised_at")
  private Instant anonymisedAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "reminder_sent_at")
  private Instant reminderSentAt;

  @Column(name = "details_mailed_at")
  private Instant detailsMailedAt;

  @Version private long version;

  protected Registration() {}

  public Registration(
      Event event,
      String name,
      String email,
      String organization,
      String profession,
      String cancelTokenSha256) {
    super(event.getCollaborative());
    this.event = event;
    this.name = name;
    this.email = email;
    this.organization = organization;
    this.profession = profession;
    this.cancelTokenSha256 = cancelTokenSha256;
    this.requestedAt = Instant.now();
    this.status = RegistrationStatus.WAITLISTED;
  }

  public void confirm() {
    status = RegistrationStatus.CONFIRMED;
    confirmedAt = Instant.now();
  }

  /** A new personal cancel link (only its hash is kept here; earlier ones are kept apart). */
  public void renewToken(String tokenSha256) {
    this.cancelTokenSha256 = tokenSha256;
  }

  /** No reminder is due (one was sent, or the confirmation itself came within the last day). */
  public void markReminded() {
    reminderSentAt = Instant.now();
  }

  public void cancel() {
    status = RegistrationStatus.CANCELLED;
    cancelledAt = Instant.now();
  }

  /**
   * Signs up again after a cancellation: a new place in the queue (the caller sends a new link).
   */
  public void renew(String name, String organization, String profession) {
    this.name = name;
    this.organization = organization;
    this.profession = profession;
    this.status = RegistrationStatus.WAITLISTED;
    this.requestedAt = Instant.now();
    this.cancelledAt = null;
    this.confirmedAt = null;
    this.reminderSentAt = null;
  }

  /** The registration's details (with a cancel link) were e-mailed at {@code at}. */
  public String getLocale() {
    return locale;
  }

  /** Their e-mails from now on are written in this language (a tag such as "es"). */
  public void speaks(String languageTag) {
    this.locale = languageTag;
  }

  public void detailsMailed(Instant at) {
    this.detailsMailedAt = at;
  }

  public Instant getDetailsMailedAt() {
    return detailsMailedAt;
  }

  public String getCancelTokenSha256() {
    return cancelTokenSha256;
  }

  public boolean isAnonymised() {
    return anonymisedAt != null;
  }

  public Long getId() {
    return id;
  }

  public Event getEvent() {
    return event;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getOrganization() {
    return organization;
  }

  public String getProfession() {
    return profession;
  }

  public RegistrationStatus getStatus() {
    return status;
  }

  public boolean isAttended() {
    return attended;
  }

  public void setAttended(boolean attended) {
    this.attended = attended;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public Instant getReminderSentAt() {
    return reminderSentAt;
  }

  public long getVersion() {
    return version;
  }
}
