package org.convene.collaborative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A slug a collaborative used before: its old URLs redirect permanently to the new one. */
@Entity
@Table(name = "slug_redirect")
@NamedQuery(
    name = SlugRedirect.FIND_TARGET,
    query =
        "SELECT r.collaborative FROM SlugRedirect r WHERE r.oldSlug = :slug"
            + " AND r.collaborative.status = org.convene.collaborative.CollaborativeStatus.ACTIVE")
public class SlugRedirect {

  public static final String FIND_TARGET = "SlugRedirect.findTarget";

  @Id
  @Column(name = "old_slug", length = Slug.MAX_LENGTH)
  private String oldSlug;

  @ManyToOne(optional = false)
  @JoinColumn(name = "collaborative_id", nullable = false)
  private Collaborative collaborative;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SlugRedirect() {}

  public SlugRedirect(String oldSlug, Collaborative collaborative) {
    this.oldSlug = oldSlug;
    this.collaborative = collaborative;
    this.createdAt = Instant.now();
  }

  public String getOldSlug() {
    return oldSlug;
  }

  public Collaborative getCollaborative() {
    return collaborative;
  }
}
