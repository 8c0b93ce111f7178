package org.convene.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.convene.account.CurrentUser;
import org.convene.lifecycle.ItemLifecycle;
import org.convene.platform.Pages;
import org.convene.revision.Revision.ItemType;

/**
 * The "Archive or delete" panel of an item's editor ({@code includes/lifecycle.xhtml}): archive a
 * published item or restore an archived one, delete a draft that was never published — each
 * destructive step asked first, saying what it does.
 */
@Named
@ViewScoped
public class LifecycleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser user;
  @Inject private ItemLifecycle lifecycle;

  private ItemLifecycle.State state;
  private String asking;

  /** The item's state (loaded once per view). */
  public ItemLifecycle.State state(String type, long id) {
    if (state == null) {
      state = lifecycle.state(user.actor(), slug(), ItemType.valueOf(type), id);
    }
    return state;
  }

  public void ask(String what) {
    asking = what;
  }

  public void keep() {
    asking = null;
  }

  public boolean isAsking(String what) {
    return what.equals(asking);
  }

  public String archive(String type, long id, String editPath) {
    return again(
        id,
        Pages.perform(
            () -> lifecycle.archive(user.actor(), slug(), ItemType.valueOf(type), id),
            Pages.ws("lifecycle.archivedGoneFromPublic"),
            editPath));
  }

  public String restore(String type, long id, String editPath) {
    return again(
        id,
        Pages.perform(
            () -> lifecycle.restore(user.actor(), slug(), ItemType.valueOf(type), id),
            Pages.ws("lifecycle.restoredPublicAgainWas"),
            editPath));
  }

  private static String again(long id, String outcome) {
    return outcome == null ? null : outcome + "&id=" + id;
  }

  public String delete(String type, long id, String listPath) {
    return Pages.perform(
        () -> lifecycle.delete(user.actor(), slug(), ItemType.valueOf(type), id),
        Pages.ws("lifecycle.draftDeleted"),
        listPath);
  }

  private String slug() {
    return user.getWorking().getSlug();
  }
}
