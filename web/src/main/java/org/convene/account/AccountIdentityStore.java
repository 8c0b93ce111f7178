package org.convene.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Checks e-mail and password against Convene's accounts (through {@link AccountService}, which also
 * throttles repeated failures). The caller principal is the account's id; the outcome is left on
 * the request so the sign-in page can word its message.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  static final String OUTCOME = "convene.signin.outcome";

  @Inject private AccountService accounts;
  @Inject private HttpServletRequest request;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential password)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    SignInOutcome outcome = accounts.signIn(password.getCaller(), password.getPasswordAsString());
    request.setAttribute(OUTCOME, outcome.result());
    if (outcome.result() != SignInResult.SUCCESS) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(Long.toString(outcome.accountId()), Set.of("user"));
  }
}
