package org.convene.account;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.convene.collaborative.CollaborativeService;
import org.convene.testing.InContainerData;
import org.junit.jupiter.api.function.Executable;

/**
 * What the in-container access-control tests share: a fresh collaborative, an editor of it, and the
 * two ways a service refuses (not authorised; not found in the caller's collaborative).
 */
public final class AccessChecks {

  public static final String PASSWORD = "a long enough passphrase";

  private AccessChecks() {}

  public static String collaborative(CollaborativeService collaboratives, String prefix) {
    String slug = InContainerData.uniqueSlug(prefix);
    collaboratives.create(Actor.system(), slug, "Access " + slug, "AC");
    return slug;
  }

  public static Actor editorOf(AccountService accounts, String slug) {
    String email = "editor-" + slug + "@example.org";
    Account account = accounts.createWithPassword(Actor.system(), email, "Editor", PASSWORD, false);
    accounts.grantEditor(Actor.system(), email, slug);
    return Actor.account(account.getId());
  }

  public static void refused(Executable action) {
    assertThrows(AccessDeniedException.class, action);
  }

  public static void notFound(Executable action) {
    assertThrows(org.convene.platform.NotFoundException.class, action);
  }
}
