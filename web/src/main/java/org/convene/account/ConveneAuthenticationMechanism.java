package org.convene.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form sign-in on Convene's own page: the page hands the credential over with {@code
 * SecurityContext.authenticate}; on success the caller is kept in the HTTP session. Every other
 * request is left alone here: the workspace filter decides what needs a signed-in caller.
 */
@AutoApplySession
@ApplicationScoped
public class ConveneAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Inject private IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
      CredentialValidationResult result =
          identityStores.validate(context.getAuthParameters().getCredential());
      return context.notifyContainerAboutLogin(result);
    }
    return context.doNothing();
  }
}
