package org.convene.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;

/** Someone who signs in: a network administrator, an editor of collaboratives, or both. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.FIND_BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(
    name = Account.FIND_ALL,
    query = "SELECT a FROM Account a ORDER BY a.administrator DESC, a.email")
@NamedQuery(
    name = Account.COUNT_ADMINISTRATORS,
    query = "SELECT COUNT(a) FROM Account a WHERE a.administrator = TRUE")
public class Account {

  public static final String FIND_BY_EMAIL = "Account.findByEmail";
  public static final String FIND_ALL = "Account.findAll";
  public static final String COUNT_ADMINISTRATORS = "Account.countAdministrators";
  public static final int EMAIL_MAX = 254;
  public static final int NAME_MAX = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank
  @Email(message = "{convene.email.invalid}")
  @Size(max = EMAIL_MAX)
  @Column(nullable = false, length = EMAIL_MAX)
  private String email;

  @NotBlank
  @Size(max = NAME_MAX)
  @Column(name = "display_name", nullable = false, length = NAME_MAX)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 300)
  private String passwordHash;

  @Column(nullable = false)
  private boolean administrator;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AccountStatus status = AccountStatus.ACTIVE;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  /** Sessions signed in before this instant have ended (set by a completed password reset). */
  @Column(name = "sessions_valid_from")
  private Instant sessionsValidFrom;

  @Version private long version;

  protected Account() {}

  public Account(String email, String displayName, String passwordHash, boolean administrator) {
    this.email = normaliseEmail(email);
    this.displayName = displayName.strip();
    this.passwordHash = passwordHash;
    this.administrator = administrator;
    this.createdAt = Instant.now();
  }

  /** E-mail addresses are compared without case and surrounding spaces. */
  public static String normaliseEmail(String email) {
    return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  public void changePasswordHash(String newHash) {
    this.passwordHash = newHash;
  }

  /** Ends every session signed in until now (they are refused at their next request). */
  public void endSessions(Instant now) {
    this.sessionsValidFrom = now;
  }

  public Instant getSessionsValidFrom() {
    return sessionsValidFrom;
  }

  public void signedIn() {
    this.lastLoginAt = Instant.now();
  }

  public void disable() {
    this.status = AccountStatus.DISABLED;
  }

  public void enable() {
    this.status = AccountStatus.ACTIVE;
  }

  public boolean isActive() {
    return status == AccountStatus.ACTIVE;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isAdministrator() {
    return administrator;
  }

  public AccountStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }
}
