package org.convene.manage;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.convene.account.AccessDeniedException;
import org.convene.account.CurrentUser;
import org.convene.platform.Pages;

/** {@code /manage}: the editor's home; pick the collaborative to work on. */
@Named
@RequestScoped
public class ManageHomeBacking {

  @Inject private CurrentUser user;

  public String workOn(String slug) {
    try {
      user.workOn(slug);
    } catch (AccessDeniedException e) {
      Pages.notFound();
      return null;
    }
    return Pages.redirect("/manage/index");
  }
}
