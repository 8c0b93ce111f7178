package org.convene.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.convene.platform.Pages;

/** {@code /login}: e-mail and password, then back to where the editor was going. */
@Named
@RequestScoped
public class LoginBacking {

  @Inject private IdentityStoreHandler identityStores;
  @Inject private ExternalContext external;
  @Inject private HttpServletRequest request;
  @Inject private CurrentUser user;

  private String email;
  private String password;
  private String next;

  public void signIn() throws IOException {
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential(email, new Password(password)));
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      request.getSession();
      request.changeSessionId();
      user.signedInNow(result.getCallerPrincipal().getName());
      external.redirect(external.getRequestContextPath() + safeNext(next));
      return;
    }
    Object outcome = request.getAttribute(AccountIdentityStore.OUTCOME);
    Pages.error(
        "login:password",
        Pages.msg(outcome == SignInResult.PAUSED ? "login.paused" : "login.failed"));
    password = null;
  }

  /** Only a path inside the portal: never another site (no open redirect). */
  static String safeNext(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.contains("://")) {
      return "/manage/";
    }
    return next;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
