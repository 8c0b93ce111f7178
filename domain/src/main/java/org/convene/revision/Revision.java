package org.convene.revision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.convene.collaborative.Collaborative;
import org.convene.tenancy.TenantOwned;

/** One saved state of an item: who saved it, when, and the form as saved (JSON). */
@Entity
@Table(name = "revision")
public class Revision extends TenantOwned {

  /** What kind of item a revision belongs to. */
  public enum ItemType {
    EVENT,
    SERIES,
    RESOURCE,
    NEWS,
    PRACTICE,
    ADOPTION,
    FINDING
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "item_type", nullable = false, length = 10)
  private ItemType itemType;

  @Column(name = "item_id", nullable = false)
  private long itemId;

  @Column(nullable = false)
  private int number;

  @Column(nullable = false, length = 254)
  private String author;

  @Column(length = 200)
  private String note;

  @Column(nullable = false)
  private String snapshot;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Revision() {}

  public Revision(
      Collaborative owner,
      ItemType itemType,
      long itemId,
      int number,
      String author,
      String note,
      String snapshot) {
    super(owner);
    this.itemType = itemType;
    this.itemId = itemId;
    this.number = number;
    this.author = author;
    this.note = note;
    this.snapshot = snapshot;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public ItemType getItemType() {
    return itemType;
  }

  public long getItemId() {
    return itemId;
  }

  public int getNumber() {
    return number;
  }

  public String getAuthor() {
    return author;
  }

  public String getNote() {
    return note;
  }

  public String getSnapshot() {
    return snapshot;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
