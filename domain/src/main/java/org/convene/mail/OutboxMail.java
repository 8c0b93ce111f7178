package org.convene.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An e-mail decided in a transaction and delivered after it commits (transactional outbox): it is
 * sent only if the change that caused it was saved, and it survives a crash before delivery.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 254)
  private String recipient;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(nullable = false)
  private String body;

  /** The same message as HTML (sent as the alternative to {@code body}), if any. */
  private String html;

  /** An iCalendar document attached as {@code invite.ics}, if any. */
  private String calendar;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error", length = 500)
  private String lastError;

  protected OutboxMail() {}

  public OutboxMail(String recipient, String subject, String body, String calendar) {
    this(recipient, subject, body, null, calendar);
  }

  public OutboxMail(String recipient, String subject, String body, String html, String calendar) {
    this.html = html;
    this.recipient = recipient;
    this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
    this.body = body;
    this.calendar = calendar;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getHtml() {
    return html;
  }

  public String getCalendar() {
    return calendar;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
