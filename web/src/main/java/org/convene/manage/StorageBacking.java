package org.convene.manage;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.convene.account.CurrentUser;
import org.convene.event.MaterialService;
import org.convene.platform.StorageQuota;

/** The working collaborative's file storage, shown next to every upload field. */
@Named("storage")
@RequestScoped
public class StorageBacking {

  @Inject private CurrentUser user;
  @Inject private MaterialService materials;

  private StorageQuota.Use use;

  public StorageQuota.Use getUse() {
    if (use == null && user.getWorking() != null) {
      use = materials.storage(user.actor(), user.getWorking().getSlug());
    }
    return use;
  }
}
