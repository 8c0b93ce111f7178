package org.convene.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.convene.collaborative.Collaborative;
import org.convene.tenancy.TenantOwned;

/** A theme of a resource library ("How Systems Can Help Their Workers"), or a sub-theme. */
@Entity
@Table(name = "resource_theme")
public class ResourceTheme extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private ResourceTheme parent;

  @Column(nullable = false, length = 160)
  private String name;

  @Column(nullable = false)
  private int position;

  @Version private long version;

  protected ResourceTheme() {}

  public ResourceTheme(Collaborative owner, ResourceTheme parent, String name, int position) {
    super(owner);
    this.parent = parent;
    this.name = name;
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public ResourceTheme getParent() {
    return parent;
  }

  public void setParent(ResourceTheme parent) {
    this.parent = parent;
  }

  public Long getParentId() {
    return parent == null ? null : parent.getId();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  public long getVersion() {
    return version;
  }
}
