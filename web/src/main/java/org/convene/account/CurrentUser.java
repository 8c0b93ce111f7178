package org.convene.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The signed-in account of this request, reloaded from the database once per request (so a disabled
 * account or a removed membership counts at once), and the collaborative it is working on. A
 * session counts only for {@code convene.session.lifetime-hours} after signing in, and not at all
 * once the account's password was reset after it signed in. The only place pages get an {@link
 * Actor} from.
 */
@Named("user")
@RequestScoped
public class CurrentUser {

  static final String WORKING = "convene.working";
  static final String SIGNED_IN_AT = "convene.signed-in-at";

  /** However active, a session ends this long after signing in (the idle timeout is web.xml's). */
  @Inject
  @ConfigProperty(name = "convene.session.lifetime-hours", defaultValue = "12")
  private int lifetimeHours;

  @Inject private HttpServletRequest request;
  @Inject private AccountService accounts;

  private Optional<SignedIn> signedIn;
  private List<SignedIn.Editable> editable;

  /** The actor for service calls; only for a signed-in request. */
  public Actor actor() {
    if (current().isEmpty()) {
      throw new AccessDeniedException("Not signed in");
    }
    return accountActor(request.getUserPrincipal());
  }

  private static Actor accountActor(Principal principal) {
    return Actor.account(Long.parseLong(principal.getName()));
  }

  /** Marks the session as signed in now (its absolute lifetime starts). */
  void signedInNow() {
    request.getSession().setAttribute(SIGNED_IN_AT, Instant.now());
    signedIn = null;
  }

  public Optional<SignedIn> current() {
    if (signedIn == null) {
      Principal principal = request.getUserPrincipal();
      signedIn = Optional.empty();
      if (principal != null && principal.getName().matches("\\d{1,18}")) {
        try {
          HttpSession session = request.getSession(false);
          Object at = session == null ? null : session.getAttribute(SIGNED_IN_AT);
          signedIn =
              accounts
                  .signedIn(accountActor(principal))
                  .filter(
                      account ->
                          account.sessionValid(
                              at instanceof Instant instant ? instant : null,
                              Instant.now(),
                              Duration.ofHours(lifetimeHours)));
        } catch (AccessDeniedException disabledOrGone) {
          // the account was disabled or removed since sign-in: nobody is signed in
        }
      }
    }
    return signedIn;
  }

  public boolean isSignedIn() {
    return current().isPresent();
  }

  public SignedIn getAccount() {
    return current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
  }

  /** The collaboratives this account may edit (loaded once, only by pages that need them). */
  public List<SignedIn.Editable> getEditable() {
    if (editable == null) {
      editable = accounts.editable(actor());
    }
    return editable;
  }

  /**
   * The collaborative this editor is working on: the one chosen in this session if the account may
   * still edit it, else its first. Null when it may edit none.
   */
  public SignedIn.Editable getWorking() {
    HttpSession session = request.getSession(false);
    Object chosen = session == null ? null : session.getAttribute(WORKING);
    return getEditable().stream()
        .filter(e -> e.getSlug().equals(chosen))
        .findFirst()
        .orElse(getEditable().isEmpty() ? null : getEditable().get(0));
  }

  /** Switches to another collaborative; refused (as not found) unless the account may edit it. */
  public void workOn(String slug) {
    if (slug == null || getEditable().stream().noneMatch(e -> e.getSlug().equals(slug))) {
      throw new AccessDeniedException("Not an editor of " + slug);
    }
    request.getSession().setAttribute(WORKING, slug);
  }
}
