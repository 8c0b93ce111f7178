package org.convene.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.convene.account.Account;
import org.convene.account.AccountService;
import org.convene.account.CurrentUser;
import org.convene.platform.Pages;
import org.convene.platform.ServiceTable;

/**
 * {@code /admin/accounts[?q=…][&account=id]}: the network's accounts in a lazy table (search, sort,
 * filter by status — the same two statements for ten or ten thousand); one account's settings
 * (disable after confirming, enable, send a reset link, the collaboratives it edits, each
 * removable); invite someone; add an editor (the collaborative picked by typing).
 */
@Named
@ViewScoped
public class AdminAccountsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser user;
  @Inject private AccountService accounts;

  private String q = "";
  private Long account;
  private AccountService.AccountDetail detail;
  private ServiceTable<Account> table;
  private boolean confirmingDisable;
  private String email;
  private String displayName;
  private boolean administrator;
  private String memberEmail;
  private String memberSlug;

  public void init() {
    table =
        new ServiceTable<>(
            query -> accounts.administration(user.actor(), query), a -> Long.toString(a.getId()));
    if (account != null) {
      try {
        detail = accounts.accountDetail(user.actor(), account);
        memberEmail = detail.account().getEmail();
      } catch (RuntimeException e) {
        Pages.refused(e);
      }
    }
  }

  public String invite() {
    return Pages.perform(
        () -> accounts.invite(user.actor(), email, displayName, administrator),
        Pages.ws("adminAccounts.invitationSent", email),
        "/admin/accounts");
  }

  /** First step of disabling: the page asks, saying what it does. */
  public void askDisable() {
    confirmingDisable = true;
  }

  public void keep() {
    confirmingDisable = false;
  }

  public String disable() {
    return again(
        Pages.perform(
            () -> accounts.disable(user.actor(), account),
            Pages.ws("adminAccounts.accountDisabledSessionEnds"),
            "/admin/accounts"));
  }

  public String enable() {
    return again(
        Pages.perform(
            () -> accounts.enable(user.actor(), account),
            Pages.ws("adminAccounts.accountEnabled"),
            "/admin/accounts"));
  }

  public String sendReset() {
    return again(
        Pages.perform(
            () -> accounts.sendReset(user.actor(), account),
            Pages.ws("adminAccounts.resetLinkWay"),
            "/admin/accounts"));
  }

  public String grant() {
    String slug = CollaborativePicker.slugOf(memberSlug);
    String outcome =
        Pages.perform(
            () -> accounts.grantEditor(user.actor(), memberEmail, slug),
            Pages.ws("adminAccounts.canNowEdit", memberEmail, slug),
            "/admin/accounts");
    return account == null ? outcome : again(outcome);
  }

  public String revoke(long membershipId) {
    return again(
        Pages.perform(
            () -> accounts.revokeEditor(user.actor(), membershipId),
            Pages.ws("adminAccounts.editorRemoved"),
            "/admin/accounts"));
  }

  private String again(String outcome) {
    return outcome == null ? null : outcome + "&account=" + account;
  }

  /** Whether the account shown is the administrator's own (which cannot be disabled here). */
  public boolean isOwn() {
    return detail != null && detail.account().getId().equals(user.getAccount().getAccountId());
  }

  public ServiceTable<Account> getTable() {
    return table;
  }

  public AccountService.AccountDetail getDetail() {
    return detail;
  }

  public boolean isConfirmingDisable() {
    return confirmingDisable;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q == null ? "" : q;
  }

  public Long getAccount() {
    return account;
  }

  public void setAccount(Long account) {
    this.account = account;
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
