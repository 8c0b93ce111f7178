package org.convene.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.convene.platform.RequestMemo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The signed-in account of this request, reloaded from the database once per request (so a disabled
 * account or a removed membership counts at once), and the collaborative it is working on. A
 * session counts only for {@code convene.session.lifetime-hours} after signing in, and not at all
 * once the account's password was reset after it signed in. The only place pages get an {@link
 * Actor} from. Made once for the application: what it read for a request is kept in the request's
 * attributes ({@link RequestMemo}).
 */
@Named("user")
@ApplicationScoped
public class CurrentUser {

  static final String WORKING = "convene.working";
  static final String SIGNED_IN_AT = "convene.signed-in-at";

  /**
   * The signed-in account's id, kept in the session at sign-in. Convene keeps the caller itself
   * instead of through a Jakarta Security mechanism: such a mechanism is asked about every request
   * (a JASPIC round with a JNDI look-up each time), which was four tenths of the work of a page
   * served from the page cache.
   */
  public static final String CALLER = "convene.caller";

  private static final String SIGNED_IN = CurrentUser.class.getName() + ".signed-in";
  private static final String EDITABLE = CurrentUser.class.getName() + ".editable";

  /** However active, a session ends this long after signing in (the idle timeout is web.xml's). */
  @Inject
  @ConfigProperty(name = "convene.session.lifetime-hours", defaultValue = "12")
  private int lifetimeHours;

  @Inject private HttpServletRequest request;
  @Inject private AccountService accounts;

  /** The actor for service calls; only for a signed-in request. */
  public Actor actor() {
    if (current().isEmpty()) {
      throw new AccessDeniedException("Not signed in");
    }
    return accountActor(caller(request));
  }

  private static Actor accountActor(String caller) {
    return Actor.account(Long.parseLong(caller));
  }

  /** The account id this request's session was signed in as, or null. */
  public static String caller(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    try {
      return session == null ? null : (String) session.getAttribute(CALLER);
    } catch (IllegalStateException invalidated) {
      return null;
    }
  }

  /** Marks the session as signed in now, as this account (its absolute lifetime starts). */
  void signedInNow(String caller) {
    HttpSession session = request.getSession();
    session.setAttribute(CALLER, caller);
    session.setAttribute(SIGNED_IN_AT, Instant.now());
    request.removeAttribute(SIGNED_IN);
    request.removeAttribute(EDITABLE);
  }

  /** The signed-in account, read once per request. */
  public Optional<SignedIn> current() {
    return RequestMemo.get(request, SIGNED_IN, this::read);
  }

  private Optional<SignedIn> read() {
    String caller = caller(request);
    if (caller == null || !caller.matches("\\d{1,18}")) {
      return Optional.empty();
    }
    try {
      HttpSession session = request.getSession(false);
      Object at = session == null ? null : session.getAttribute(SIGNED_IN_AT);
      return accounts
          .signedIn(accountActor(caller))
          .filter(
              account ->
                  account.sessionValid(
                      at instanceof Instant instant ? instant : null,
                      Instant.now(),
                      Duration.ofHours(lifetimeHours)));
    } catch (AccessDeniedException disabledOrGone) {
      // the account was disabled or removed since sign-in: nobody is signed in
      return Optional.empty();
    }
  }

  public boolean isSignedIn() {
    return current().isPresent();
  }

  public SignedIn getAccount() {
    return current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
  }

  /** The collaboratives this account may edit (loaded once, only by pages that need them). */
  public List<SignedIn.Editable> getEditable() {
    return RequestMemo.get(request, EDITABLE, () -> accounts.editable(actor()));
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
