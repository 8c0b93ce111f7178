package org.convene.event;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** {@code /registrations/cancel?token=…}: asks before cancelling; shows what cancelling did. */
@Named
@RequestScoped
public class CancelPageBacking {

  @Inject private RegistrationService registrations;
  @Inject private ExternalContext external;

  private String token;
  private Registration registration;
  private String outcome;

  @PostConstruct
  void load() {
    Map<String, String> params = external.getRequestParameterMap();
    token = params.get("token");
    outcome = params.get("outcome");
    if (outcome == null) {
      registration = registrations.findByCancelToken(token).orElse(null);
    }
  }

  public String getToken() {
    return token;
  }

  public Registration getRegistration() {
    return registration;
  }

  public boolean isAsking() {
    return outcome == null
        && registration != null
        && registration.getStatus() != RegistrationStatus.CANCELLED;
  }

  public boolean isCancelled() {
    return "cancelled".equals(outcome);
  }

  public boolean isInvalid() {
    return !isAsking() && !isCancelled();
  }
}
