package org.convene.event;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * {@code /registrations/cancel?token=…} (one session) or {@code ?series=…} (every upcoming session
 * of a series): asks before cancelling; shows what cancelling did.
 */
@Named
@RequestScoped
public class CancelPageBacking {

  @Inject private RegistrationService registrations;
  @Inject private ExternalContext external;

  private String token;
  private String seriesToken;
  private Registration registration;
  private RegistrationService.SeriesSignUp seriesSignUp;
  private String outcome;

  @PostConstruct
  void load() {
    Map<String, String> params = external.getRequestParameterMap();
    token = params.get("token");
    seriesToken = params.get("series");
    outcome = params.get("outcome");
    if (outcome == null && seriesToken != null) {
      seriesSignUp = registrations.findSeriesSignUp(seriesToken).orElse(null);
    } else if (outcome == null) {
      registration = registrations.findByCancelToken(token).orElse(null);
    }
  }

  public String getToken() {
    return token;
  }

  public String getSeriesToken() {
    return seriesToken;
  }

  /** The series sign-up to cancel (when the link is a whole-series one). */
  public RegistrationService.SeriesSignUp getSeriesSignUp() {
    return seriesSignUp;
  }

  public boolean isAskingSeries() {
    return outcome == null && seriesSignUp != null && !seriesSignUp.registrations().isEmpty();
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

  /** Whether the cancelling just done was of a whole series. */
  public boolean isAll() {
    return "true".equals(external.getRequestParameterMap().get("all"));
  }

  /** The link still names a registration holding the person's details (cancelled or not). */
  public boolean isErasable() {
    return outcome == null && registration != null && !registration.isAnonymised();
  }

  /** The person chose "Erase my details…": the page asks before erasing. */
  public boolean isAskingErase() {
    return isErasable() && "ask".equals(external.getRequestParameterMap().get("erase"));
  }

  /** A cancelled registration whose link still serves to erase the details. */
  public boolean isAlreadyCancelled() {
    return isErasable() && registration.getStatus() == RegistrationStatus.CANCELLED;
  }

  /** Whether erasing now also gives up a seat or a place in line still to come. */
  public boolean isErasingCancels() {
    return isErasable()
        && registration.getStatus() != RegistrationStatus.CANCELLED
        && registration.getEvent().getEndsAt().isAfter(java.time.Instant.now());
  }

  public boolean isErased() {
    return "erased".equals(outcome);
  }

  public boolean isInvalid() {
    return !isAsking() && !isAskingSeries() && !isCancelled() && !isErasable() && !isErased();
  }
}
