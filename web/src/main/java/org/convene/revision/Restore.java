package org.convene.revision;

import java.util.List;
import java.util.function.Consumer;
import org.convene.account.Actor;
import org.convene.platform.Pages;
import org.convene.revision.Revision.ItemType;

/**
 * "Restore" on every edit page: takes the form an earlier revision of the item kept, gives it the
 * version the editor saw (so a save by someone else meanwhile is refused, as for any save) and
 * saves it again through the page's own service, which keeps it as a new revision.
 */
public final class Restore {

  private Restore() {}

  /**
   * Restores {@code revisionId} of item {@code itemId}; returns the outcome for the page ({@code
   * viewId?id=itemId} after a redirect, or null to stay and show why not).
   */
  public static <F extends RevisableForm> String revision(
      RevisionService revisions,
      Actor actor,
      String slug,
      List<Revision> shown,
      long revisionId,
      ItemType type,
      long itemId,
      Class<F> formType,
      long seenVersion,
      Consumer<F> save,
      String viewId) {
    int number =
        shown.stream()
            .filter(r -> r.getId() == revisionId)
            .map(Revision::getNumber)
            .findFirst()
            .orElse(0);
    String outcome =
        Pages.perform(
            () -> {
              F old = revisions.form(actor, slug, revisionId, type, itemId, formType);
              old.setVersion(seenVersion);
              old.setNote(Pages.ws("restore.restoredRevision", number));
              save.accept(old);
            },
            Pages.ws("restore.revisionRestored", number),
            viewId);
    return outcome == null ? null : outcome + "&id=" + itemId;
  }
}
