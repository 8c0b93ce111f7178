package org.convene.manage;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.convene.account.CurrentUser;
import org.convene.account.SignedIn;
import org.convene.collaborative.Collaborative;
import org.convene.collaborative.CollaborativeService;

/**
 * The collaborative the signed-in editor is working on, loaded once per request for the workspace
 * pages (the service checks the editor's right to it). Empty when the account edits none.
 */
@Named
@RequestScoped
public class EditedCollaborative {

  @Inject private CurrentUser user;
  @Inject private CollaborativeService collaboratives;

  private SignedIn.Editable working;
  private Collaborative collaborative;

  @PostConstruct
  void load() {
    working = user.getWorking();
    if (working != null) {
      collaborative = collaboratives.forEditing(user.actor(), working.getSlug());
    }
  }

  public boolean isPresent() {
    return working != null;
  }

  public String getSlug() {
    return working.getSlug();
  }

  public SignedIn.Editable getWorking() {
    return working;
  }

  public Collaborative get() {
    return collaborative;
  }
}
