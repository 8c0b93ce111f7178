package org.convene.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.convene.account.Account;
import org.convene.account.AccountService;
import org.convene.account.CurrentUser;
import org.convene.account.Membership;
import org.convene.platform.Pages;

/** {@code /admin/accounts}: invite, disable, enable, send resets; grant and revoke editors. */
@Named
@RequestScoped
public class AdminAccountsBacking {

  @Inject private CurrentUser user;
  @Inject private AccountService accounts;

  private List<Account> all;
  private List<Membership> memberships;
  private String email;
  private String displayName;
  private boolean administrator;
  private String memberEmail;
  private String memberSlug;

  @PostConstruct
  void load() {
    all = accounts.listAccounts(user.actor());
    memberships = accounts.listMemberships(user.actor());
    // the question's own post says which account it asked about, so that its buttons exist when
    // the answer is read (the bean lives for one request); the service authorises the action
    jakarta.faces.context.FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .forEach(
            (name, value) -> {
              if (name.endsWith(":disabling") && value.matches("[0-9]{1,18}")) {
                disabling = Long.valueOf(value);
              }
            });
  }

  public String invite() {
    return act(
        () -> accounts.invite(user.actor(), email, displayName, administrator),
        "Invitation sent to " + email + ".");
  }

  /** The account being asked about ("Disable …?"), or null. */
  private Long disabling;

  /** First step of disabling: the row asks, saying what it does. */
  public String askDisable(long id) {
    disabling = id;
    return null;
  }

  /** "Keep": nothing changes. */
  public String keep() {
    disabling = null;
    return null;
  }

  public boolean isAskingDisable(long id) {
    return disabling != null && disabling == id;
  }

  public String disable(long id) {
    return act(
        () -> accounts.disable(user.actor(), id),
        "The account is disabled; its session ends on its next request.");
  }

  public String enable(long id) {
    return act(() -> accounts.enable(user.actor(), id), "The account is enabled.");
  }

  public String sendReset(long id) {
    return act(() -> accounts.sendReset(user.actor(), id), "A reset link is on its way.");
  }

  public String grant() {
    return act(
        () ->
            accounts.grantEditor(user.actor(), memberEmail, CollaborativePicker.slugOf(memberSlug)),
        memberEmail + " can now edit " + CollaborativePicker.slugOf(memberSlug) + ".");
  }

  public String revoke(long membershipId) {
    return act(() -> accounts.revokeEditor(user.actor(), membershipId), "The editor is removed.");
  }

  private static String act(Runnable action, String done) {
    return Pages.perform(action, done, "/admin/accounts");
  }

  public List<Account> getAll() {
    return all;
  }

  public List<Membership> getMemberships() {
    return memberships;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public boolean isAdministrator() {
    return administrator;
  }

  public void setAdministrator(boolean administrator) {
    this.administrator = administrator;
  }

  public String getMemberEmail() {
    return memberEmail;
  }

  public void setMemberEmail(String memberEmail) {
    this.memberEmail = memberEmail;
  }

  public String getMemberSlug() {
    return memberSlug;
  }

  public void setMemberSlug(String memberSlug) {
    this.memberSlug = memberSlug;
  }
}
