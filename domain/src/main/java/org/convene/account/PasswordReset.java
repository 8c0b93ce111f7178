package org.convene.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A password-reset link: stored as the hash of its token, usable once, for one hour. */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

  public static final Duration VALIDITY = Duration.ofHours(1);

  @Id
  @Column(name = "token_sha256", length = 64)
  private String tokenSha256;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id", nullable = false)
  private Account account;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected PasswordReset() {}

  public PasswordReset(String tokenSha256, Account account, Instant now) {
    this.tokenSha256 = tokenSha256;
    this.account = account;
    this.expiresAt = now.plus(VALIDITY);
  }

  public boolean isUsable(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  public void use(Instant now) {
    this.usedAt = now;
  }

  public Account getAccount() {
    return account;
  }
}
