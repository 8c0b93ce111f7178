package org.convene.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One administrative or editorial change: who, when, in which collaborative, what. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  public static final int SUMMARY_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Instant at;

  @Column(nullable = false, length = 254)
  private String actor;

  @Column(name = "collaborative_slug", length = 60)
  private String collaborativeSlug;

  @Column(nullable = false, length = 60)
  private String action;

  @Column(nullable = false, length = SUMMARY_MAX)
  private String summary;

  protected AuditEntry() {}

  public AuditEntry(String actor, String collaborativeSlug, String action, String summary) {
    this.at = Instant.now();
    this.actor = actor;
    this.collaborativeSlug = collaborativeSlug;
    this.action = action;
    this.summary =
        summary.length() > SUMMARY_MAX ? summary.substring(0, SUMMARY_MAX - 1) + "…" : summary;
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getCollaborativeSlug() {
    return collaborativeSlug;
  }

  public String getAction() {
    return action;
  }

  public String getSummary() {
    return summary;
  }
}
