package org.convene.account;

import static org.convene.account.Authorized.Rule.*;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.convene.audit.AuditLog;
import org.convene.collaborative.Collaborative;
import org.convene.collaborative.CollaborativeService;
import org.convene.mail.Mailer;
import org.convene.platform.Digests;
import org.convene.platform.InvalidInputException;
import org.convene.text.Texts;

/** Accounts: sign-in, password resets, and their administration. */
@Stateless
public class AccountService {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  @Inject private PasswordHasher hasher;
  @EJB private AuditLog audit;
  @EJB private SignInThrottle throttle;
  @EJB private org.convene.mail.MailOutbox outbox;
  @EJB private Mailer mailer;
  @EJB private CollaborativeService collaboratives;

  // --- signing in ---

  /**
   * Checks an e-mail and password. Failures are counted per e-mail address whether or not an
   * account has it; after {@value LoginThrottle#MAX_FAILURES} within 15 minutes sign-in for that
   * address pauses for 15 minutes. Unknown addresses cost the same time as known ones.
   */
  public SignInOutcome signIn(String email, String password) {
    String address = Account.normaliseEmail(email);
    if (address == null
        || address.isEmpty()
        || address.length() > Account.EMAIL_MAX
        || address.indexOf('\0') >= 0) {
      hasher.verifyDecoy(password);
      return new SignInOutcome(SignInResult.FAILED, null);
    }
    Instant now = Instant.now();
    if (!throttle.attempt(address, now)) {
      hasher.verifyDecoy(password);
      return new SignInOutcome(SignInResult.PAUSED, null);
    }
    Optional<Account> account = findByEmail(address);
    boolean valid;
    if (account.isPresent()) {
      valid = hasher.verify(password, account.get().getPasswordHash()) && account.get().isActive();
    } else {
      hasher.verifyDecoy(password);
      valid = false;
    }
    if (valid) {
      throttle.clear(address);
      account.get().signedIn();
      return new SignInOutcome(SignInResult.SUCCESS, account.get().getId());
    }
    return new SignInOutcome(
        throttle.failed(address, now) ? SignInResult.PAUSED : SignInResult.FAILED, null);
  }

  /**
   * The signed-in account as pages see it (empty for the platform). An account that no longer
   * exists or is disabled is refused before this runs.
   */
  @Authorized(SIGNED_IN)
  public Optional<SignedIn> signedIn(Actor actor) {
    Long id = actor.caller().accountId();
    return id == null ? Optional.empty() : Optional.of(new SignedIn(em.find(Account.class, id)));
  }

  /**
   * The collaboratives the caller may edit, by name: its memberships, or every collaborative for an
   * administrator.
   */
  @Authorized(SIGNED_IN)
  public List<SignedIn.Editable> editable(Actor actor) {
    Caller caller = actor.caller();
    if (caller.administrator()) {
      return collaboratives.allForAdministration(actor).stream()
          .map(c -> new SignedIn.Editable(c.getSlug(), c.getName()))
          .toList();
    }
    return em
        .createNamedQuery(Membership.FIND_BY_ACCOUNT, Membership.class)
        .setParameter("account", caller.accountId())
        .getResultList()
        .stream()
        .map(Membership::getCollaborative)
        .map(c -> new SignedIn.Editable(c.getSlug(), c.getName()))
        .toList();
  }

  // --- password resets ---

  /**
   * Sends a reset link to the address if an active account has it. Says nothing either way: the
   * caller shows the same confirmation whether or not the address is known.
   */
  public void requestPasswordReset(String email) {
    findByEmail(Account.normaliseEmail(email))
        .filter(Account::isActive)
        .ifPresent(account -> sendResetLink(account, false));
  }

  /** Sets a new password with a reset link's token; the token then stops working. */
  public void resetPassword(String token, String newPassword) {
    String problem = Passphrase.problem(newPassword);
    if (problem != null) {
      throw new InvalidInputException("password", problem);
    }
    PasswordReset reset =
        token == null || token.isBlank()
            ? null
            : em.find(
                PasswordReset.class,
                Digests.sha256Hex(token.getBytes(StandardCharsets.UTF_8)),
                LockModeType.PESSIMISTIC_WRITE);
    Instant now = Instant.now();
    if (reset == null || !reset.isUsable(now)) {
      throw new InvalidInputException("token", Texts.of("account.linkHasExpiredHas"));
    }
    reset.use(now);
    Account account = reset.getAccount();
    account.changePasswordHash(hasher.hash(newPassword));
    account.endSessions(now); // whoever knew the old password is signed out everywhere
    throttle.clear(account.getEmail());
    audit.record(
        new Caller(account.getId(), account.getEmail(), false),
        null,
        "password.reset",
        "Password set with an e-mailed link");
  }

  /** Whether a reset link's token can still be used (for showing the form or an apology). */
  public boolean isResetTokenUsable(String token) {
    if (token == null || token.isBlank()) {
      return false;
    }
    PasswordReset reset =
        em.find(PasswordReset.class, Digests.sha256Hex(token.getBytes(StandardCharsets.UTF_8)));
    return reset != null && reset.isUsable(Instant.now());
  }

  private void sendResetLink(Account account, boolean invitation) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    // only the newest link works: asking again retires every earlier one
    if (account.getId() != null) { // a new account (an invitation) has no earlier link
      em.createNativeQuery(
              "UPDATE password_reset SET used_at = now() WHERE account_id = ?1 AND used_at IS NULL")
          .setParameter(1, account.getId())
          .executeUpdate();
    }
    em.persist(
        new PasswordReset(
            Digests.sha256Hex(token.getBytes(StandardCharsets.UTF_8)), account, Instant.now()));
    String link = mailer.link("/reset-password?token=" + token);
    org.convene.mail.Letter letter =
        new org.convene.mail.Letter("en", networkName(), NETWORK_COLOUR)
            .footer("footer.account")
            .greet(account.getDisplayName());
    if (invitation) {
      letter
          .subject("subject.invited")
          .p("invite.created")
          .button("button.choosePassword", link)
          .p("invite.after");
    } else {
      letter
          .subject("subject.reset")
          .p("reset.asked")
          .button("button.choosePassword", link)
          .p("reset.ignore");
    }
    outbox.enqueue(account.getEmail(), letter, null);
  }

  /** The network's colour in its letters (its navy, as on the portal's pages). */
  private static final org.convene.branding.BrandColour NETWORK_COLOUR =
      new org.convene.branding.BrandColour("#12355b");

  private String networkName() {
    return em.createNamedQuery(
            org.convene.network.Network.FIND_ALL, org.convene.network.Network.class)
        .setMaxResults(1)
        .getResultStream()
        .map(org.convene.network.Network::getName)
        .findFirst()
        .orElse("Convene");
  }

  // --- administration ---

  /** What the administrators' accounts table sorts by. */
  private static final Map<String, String> ACCOUNT_SORT =
      Map.of(
          "email", "a.email",
          "displayName", "LOWER(a.displayName)",
          "status", "a.status",
          "administrator", "a.administrator");

  /**
   * One page of the network's accounts for administrators: searched by e-mail or name, filtered by
   * status, sorted by a named column (else by e-mail). Two statements however many there are.
   */
  @Authorized(ADMINISTRATOR)
  public org.convene.platform.Page<Account> administration(
      Actor actor, org.convene.platform.TableQuery query) {
    AccountStatus status = query.filter("status", AccountStatus.class);
    Map<String, Object> parameters = new java.util.HashMap<>();
    parameters.put("q", query.likePattern());
    if (status != null) {
      parameters.put("status", status);
    }
    return org.convene.platform.TablePages.page(
        em,
        Account.class,
        "Account a",
        " WHERE (a.email LIKE :q ESCAPE '\\' OR LOWER(a.displayName) LIKE :q ESCAPE '\\')"
            + (status == null ? "" : " AND a.status = :status"),
        parameters,
        query,
        ACCOUNT_SORT,
        "a.email",
        "a.id");
  }

  /** One account and the collaboratives it edits (administrators). */
  public record AccountDetail(Account account, List<Membership> memberships)
      implements java.io.Serializable {}

  @Authorized(ADMINISTRATOR)
  public AccountDetail accountDetail(Actor actor, long accountId) {
    Account account = em.find(Account.class, accountId);
    if (account == null) {
      throw new org.convene.platform.NotFoundException("No such account");
    }
    return new AccountDetail(
        account,
        em.createNamedQuery(Membership.FIND_BY_ACCOUNT, Membership.class)
            .setParameter("account", accountId)
            .getResultList());
  }

  /** Creates an account and e-mails it a link to choose its password. */
  @Authorized(ADMINISTRATOR)
  public Account invite(Actor actor, String email, String displayName, boolean administrator) {
    Caller caller = actor.caller();
    Account account = create(email, displayName, randomPassword(), administrator);
    sendResetLink(account, true);
    audit.record(
        caller,
        null,
        "account.invite",
        "Invited " + account.getEmail() + (administrator ? " as administrator" : ""));
    return account;
  }

  /** Creates an account with a known password (bootstrap and demo data only). */
  @Authorized(ADMINISTRATOR)
  public Account createWithPassword(
      Actor actor, String email, String displayName, String password, boolean administrator) {
    Caller caller = actor.caller();
    String problem = Passphrase.problem(password);
    if (problem != null) {
      throw new InvalidInputException("password", problem);
    }
    Account account = create(email, displayName, password, administrator);
    audit.record(caller, null, "account.create", "Created " + account.getEmail());
    return account;
  }

  @Authorized(ADMINISTRATOR)
  public void disable(Actor actor, long accountId) {
    Caller caller = actor.caller();
    Account account = getAccount(accountId);
    if (account.getId().equals(caller.accountId())) {
      throw new InvalidInputException("account", Texts.of("account.youCannotDisableOwn"));
    }
    account.disable();
    audit.record(caller, null, "account.disable", "Disabled " + account.getEmail());
  }

  @Authorized(ADMINISTRATOR)
  public void enable(Actor actor, long accountId) {
    Caller caller = actor.caller();
    Account account = getAccount(accountId);
    account.enable();
    audit.record(caller, null, "account.enable", "Enabled " + account.getEmail());
  }

  /** E-mails the account a reset link (an administrator helping someone locked out). */
  @Authorized(ADMINISTRATOR)
  public void sendReset(Actor actor, long accountId) {
    Caller caller = actor.caller();
    Account account = getAccount(accountId);
    sendResetLink(account, false);
    audit.record(caller, null, "account.reset", "Sent a reset link to " + account.getEmail());
  }

  @Authorized(ADMINISTRATOR)
  public Membership grantEditor(Actor actor, String email, String slug) {
    Caller caller = actor.caller();
    Account account =
        findByEmail(Account.normaliseEmail(email))
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "email", Texts.of("account.noAccountHasAddress", email)));
    Collaborative collaborative = collaboratives.getActiveOrSuspended(slug);
    boolean exists =
        !em.createNamedQuery(Membership.FIND_ONE, Membership.class)
            .setParameter("account", account.getId())
            .setParameter("collaborative", collaborative.getId())
            .getResultList()
            .isEmpty();
    if (exists) {
      throw new InvalidInputException(
          "email", Texts.of("account.alreadyEdits", account.getEmail(), collaborative.getName()));
    }
    Membership membership = new Membership(account, collaborative);
    em.persist(membership);
    audit.record(
        caller,
        collaborative.getSlug(),
        "membership.grant",
        account.getEmail() + " may now edit " + collaborative.getName());
    return membership;
  }

  @Authorized(ADMINISTRATOR)
  public void revokeEditor(Actor actor, long membershipId) {
    Caller caller = actor.caller();
    Membership membership = em.find(Membership.class, membershipId);
    if (membership == null) {
      throw new InvalidInputException("membership", Texts.of("account.membershipNoLongerExists"));
    }
    em.remove(membership);
    audit.record(
        caller,
        membership.getCollaborative().getSlug(),
        "membership.revoke",
        membership.getAccount().getEmail()
            + " may no longer edit "
            + membership.getCollaborative().getName());
  }

  /** The first administrator on an empty database; returns its generated password, or empty. */
  public Optional<String> createFirstAdministrator(String email) {
    long administrators =
        em.createNamedQuery(Account.COUNT_ADMINISTRATORS, Long.class).getSingleResult();
    if (administrators > 0) {
      return Optional.empty();
    }
    String password = randomPassword();
    create(email, "Administrator", password, true);
    audit.record(Caller.SYSTEM, null, "account.bootstrap", "First administrator " + email);
    return Optional.of(password);
  }

  private Account create(String email, String displayName, String password, boolean admin) {
    String address = Account.normaliseEmail(email);
    if (address == null
        || address.length() > Account.EMAIL_MAX
        || !EMAIL.matcher(address).matches()) {
      throw new InvalidInputException("email", Texts.of("account.enterEMailAddress"));
    }
    if (displayName == null || displayName.isBlank() || displayName.length() > Account.NAME_MAX) {
      throw new InvalidInputException("displayName", Texts.of("account.enterNameUp120"));
    }
    if (findByEmail(address).isPresent()) {
      throw new InvalidInputException("email", Texts.of("account.accountAlreadyExists", address));
    }
    Account account = new Account(address, displayName, hasher.hash(password), admin);
    em.persist(account);
    return account;
  }

  private Optional<Account> findByEmail(String address) {
    if (address == null) {
      return Optional.empty();
    }
    return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
        .setParameter("email", address)
        .getResultStream()
        .findFirst();
  }

  private Account getAccount(long id) {
    Account account = em.find(Account.class, id);
    if (account == null) {
      throw new InvalidInputException("account", Texts.of("account.accountNoLongerExists"));
    }
    return account;
  }

  /** A password nobody knows: 24 random characters. */
  static String randomPassword() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
