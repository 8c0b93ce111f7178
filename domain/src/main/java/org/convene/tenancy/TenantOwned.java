package org.convene.tenancy;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import org.convene.collaborative.Collaborative;

/**
 * Everything a collaborative owns (events, resources, news, registrations, uploads, …) extends
 * this: it always belongs to exactly one collaborative, fixed at creation. Loading one goes through
 * {@code TenantScope}, which always takes the collaborative; there is no way from the web layer to
 * load a tenant-owned object by id alone.
 */
@MappedSuperclass
public abstract class TenantOwned {

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "collaborative_id", nullable = false, updatable = false)
  private Collaborative collaborative;

  protected TenantOwned() {}

  protected TenantOwned(Collaborative collaborative) {
    this.collaborative = Objects.requireNonNull(collaborative, "collaborative");
  }

  public Collaborative getCollaborative() {
    return collaborative;
  }
}
