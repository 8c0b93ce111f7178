package org.convene.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.convene.collaborative.Collaborative;
import org.convene.tenancy.TenantOwned;

/** An account may edit a collaborative. */
@Entity
@Table(name = "membership")
@NamedQuery(
    name = Membership.FIND_BY_ACCOUNT,
    query =
        "SELECT m FROM Membership m JOIN FETCH m.collaborative c WHERE m.account.id = :account"
            + " ORDER BY LOWER(c.name)")
@NamedQuery(
    name = Membership.FIND_ONE,
    query =
        "SELECT m FROM Membership m WHERE m.account.id = :account"
            + " AND m.collaborative.id = :collaborative")
@NamedQuery(
    name = Membership.FIND_ALL,
    query =
        "SELECT m FROM Membership m JOIN FETCH m.account JOIN FETCH m.collaborative c"
            + " ORDER BY LOWER(c.name), m.account.email")
public class Membership extends TenantOwned {

  public static final String FIND_BY_ACCOUNT = "Membership.findByAccount";
  public static final String FIND_ONE = "Membership.findOne";
  public static final String FIND_ALL = "Membership.findAll";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id", nullable = false, updatable = false)
  private Account account;

  @Column(nullable = false, length = 20)
  private String role = "EDITOR";

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Membership() {}

  public Membership(Account account, Collaborative collaborative) {
    super(collaborative);
    this.account = account;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public String getRole() {
    return role;
  }
}
