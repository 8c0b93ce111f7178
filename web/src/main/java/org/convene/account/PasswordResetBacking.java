package org.convene.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.convene.platform.InvalidInputException;
import org.convene.platform.Pages;

/** {@code /forgot-password} and {@code /reset-password}. */
@Named
@RequestScoped
public class PasswordResetBacking {

  static final String SENT =
      "If an account uses that address, we have sent it a link to choose a new password."
          + " The link works once, for one hour.";

  @Inject private AccountService accounts;

  private String email;
  private String token;
  private String password;

  public String requestLink() {
    accounts.requestPasswordReset(email);
    Pages.info(SENT);
    return Pages.redirect("/forgot-password");
  }

  public String reset() {
    try {
      accounts.resetPassword(token, password);
    } catch (InvalidInputException e) {
      Pages.refused(e);
      return null;
    }
    Pages.info("Your password is set. Sign in with it now.");
    return Pages.redirect("/login");
  }

  public boolean isTokenUsable() {
    return accounts.isResetTokenUsable(token);
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
