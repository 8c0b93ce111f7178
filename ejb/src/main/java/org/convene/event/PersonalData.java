package org.convene.event;

import static org.convene.account.Authorized.Rule.ADMINISTRATOR;
import static org.convene.account.Authorized.Rule.PLATFORM;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.audit.AuditEntry;
import org.convene.audit.AuditLog;
import org.convene.network.Network;
import org.convene.network.NetworkService;
import org.convene.platform.FormChecks;
import org.convene.platform.InvalidFormException;
import org.convene.text.Texts;

/**
 * What the portal keeps about registrants and for how long: the network's privacy notice and
 * retention period, the retention job that replaces names and addresses once that period has passed
 * after an event (after a series' last session, for a series), and a registrant's own erasure
 * through their personal link.
 *
 * <p>Anonymising replaces the name and the address; status, attendance, organisation and profession
 * stay, so the participation figures do not change. Within one series (or one event outside a
 * series) the same address gets the same random pseudonym, so "distinct people across the series"
 * still counts right, while nothing links the pseudonym to the person or to another series.
 */
@Stateless
public class PersonalData {

  /** The name an anonymised registration shows. */
  public static final String ANONYMISED_NAME = "Anonymised participant";

  /**
   * One statement: every registration still holding details whose event ended before the cut-off
   * (and, in a series, whose series has no session ending after it) gets a pseudonym per series and
   * address, a fresh unusable cancel token and its time of anonymising. Rows another run holds are
   * skipped ({@code SKIP LOCKED}), so runs on several instances never collide.
   */
  private static final String ANONYMISE_DUE =
      "WITH due AS ("
          + " SELECT r.id, r.email, COALESCE('s' || e.series_id, 'e' || e.id) AS scope"
          + " FROM registration r JOIN event e ON e.id = r.event_id"
          + " WHERE r.anonymised_at IS NULL AND e.ends_at < ?1"
          + " AND (e.series_id IS NULL OR NOT EXISTS (SELECT 1 FROM event s"
          + " WHERE s.series_id = e.series_id AND s.ends_at >= ?1))"
          + " FOR UPDATE OF r SKIP LOCKED),"
          + " people AS (SELECT scope, email, gen_random_uuid() AS pseudonym"
          + " FROM (SELECT DISTINCT scope, email FROM due) d)"
          + " UPDATE registration r SET name = ?2,"
          + " email = 'anonymised-' || p.pseudonym || '@anonymised.invalid',"
          + " cancel_token_sha256 = replace(gen_random_uuid()::text || gen_random_uuid()::text,"
          + " '-', ''), anonymised_at = now()"
          + " FROM due d JOIN people p ON p.scope = d.scope AND p.email = d.email"
          + " WHERE r.id = d.id";

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  @EJB private NetworkService networks;
  @EJB private RegistrationService registrations;
  @EJB private AuditLog audit;

  /** The network's privacy notice (null: the portal's own words) and retention in months. */
  public record Privacy(String notice, int retentionMonths, long version) {}

  /** What the registration form and the administrators' page show. */
  public Privacy privacy() {
    return networks
        .find()
        .map(n -> new Privacy(n.getPrivacyNotice(), n.getRetentionMonths(), n.getVersion()))
        .orElse(new Privacy(null, Network.RETENTION_DEFAULT, 0));
  }

  /**
   * Saves the notice (empty: the portal's own text) and the retention period (whole months, 1 to
   * 120); refuses bad input field by field and an edit made over someone else's.
   */
  @Authorized(ADMINISTRATOR)
  public void savePrivacy(Actor actor, String notice, String months, long version) {
    Map<String, String> errors = new LinkedHashMap<>();
    String text = FormChecks.blankToNull(notice);
    if (text != null && text.length() > Network.PRIVACY_NOTICE_MAX) {
      errors.put(
          "notice",
          Texts.of(
              "personalData.noticeCanMostCharacters", Network.PRIVACY_NOTICE_MAX, text.length()));
    }
    Integer retention = null;
    String m = months == null ? "" : months.strip();
    if (m.matches("\\d{1,3}")) {
      retention = Integer.valueOf(m);
    }
    if (retention == null || retention < 1 || retention > Network.RETENTION_MAX) {
      errors.put("months", Texts.of("personalData.enterWholeNumberMonths", Network.RETENTION_MAX));
    }
    FormChecks.failIfAny(errors);
    Network network =
        networks
            .find()
            .map(n -> em.find(Network.class, n.getId(), LockModeType.PESSIMISTIC_WRITE))
            .orElseThrow(
                () ->
                    new InvalidFormException(
                        Map.of("notice", Texts.of("personalData.networkNotSetUp"))));
    FormChecks.requireVersion(network.getVersion(), version, Texts.of("thing.privacySettings"));
    network.setPrivacy(text, retention);
    FormChecks.flush(em, Texts.of("thing.privacySettings"));
    audit.record(
        actor.caller(),
        null,
        "network.privacy",
        "Privacy notice "
            + (text == null ? "set to the portal's own text" : "changed")
            + "; registrations anonymised "
            + retention
            + " months after their event");
  }

  /**
   * Anonymises every registration whose retention period has passed; returns how many. Sent copies
   * of mails older than the period go too (they hold names). Safe to run on every instance.
   */
  @Authorized(PLATFORM)
  public int anonymiseDue(Actor platform) {
    Instant cutoff = cutoff(privacy().retentionMonths(), Instant.now());
    java.sql.Timestamp before = java.sql.Timestamp.from(cutoff);
    int done =
        em.createNativeQuery(ANONYMISE_DUE)
            .setParameter(1, before)
            .setParameter(2, ANONYMISED_NAME)
            .executeUpdate();
    if (done > 0) {
      forgetLinks();
      audit.record(
          platform.caller(),
          null,
          "registration.anonymise",
          "Anonymised "
              + done
              + (done == 1 ? " registration" : " registrations")
              + " whose events ended before "
              + cutoff);
    }
    em.createNativeQuery("DELETE FROM mail_outbox WHERE sent_at < ?1")
        .setParameter(1, before)
        .executeUpdate();
    return done;
  }

  /** What erasing through a personal link did. */
  public enum EraseOutcome {
    ERASED,
    UNKNOWN
  }

  /**
   * Erases the registration a personal link names, at its registrant's request: a seat still to
   * come is given up first (the next person waiting gets it and is told), then the name and address
   * are replaced and every link to the registration stops working. Audited without the details.
   */
  public EraseOutcome erase(String token) {
    Optional<Registration> found = registrations.findByCancelToken(token);
    if (found.isEmpty() || found.get().isAnonymised()) {
      return EraseOutcome.UNKNOWN;
    }
    Registration r = found.get();
    if (r.getStatus() != RegistrationStatus.CANCELLED
        && r.getEvent().getEndsAt().isAfter(Instant.now())) {
      registrations.cancel(token, false);
    }
    em.flush();
    String email = r.getEmail();
    int done =
        em.createNativeQuery(
                "UPDATE registration SET name = ?1,"
                    + " email = 'anonymised-' || gen_random_uuid() || '@anonymised.invalid',"
                    + " cancel_token_sha256 = replace(gen_random_uuid()::text"
                    + " || gen_random_uuid()::text, '-', ''), anonymised_at = now()"
                    + " WHERE id = ?2 AND anonymised_at IS NULL")
            .setParameter(1, ANONYMISED_NAME)
            .setParameter(2, r.getId())
            .executeUpdate();
    if (done == 0) {
      return EraseOutcome.UNKNOWN;
    }
    forgetLinks();
    // sent copies of mails to that address hold the name; mails still to go stay
    em.createNativeQuery("DELETE FROM mail_outbox WHERE recipient = ?1 AND sent_at IS NOT NULL")
        .setParameter(1, email)
        .executeUpdate();
    em.persist(
        new AuditEntry(
            "registrant (personal link)",
            r.getEvent().getCollaborative().getSlug(),
            "registration.erase",
            "Registration #"
                + r.getId()
                + " of event #"
                + r.getEvent().getId()
                + " erased at its registrant's request"));
    return EraseOutcome.ERASED;
  }

  /** Earlier links of anonymised registrations, and series links no registration answers to. */
  private void forgetLinks() {
    em.createNativeQuery(
            "DELETE FROM registration_token t USING registration r"
                + " WHERE r.id = t.registration_id AND r.anonymised_at IS NOT NULL")
        .executeUpdate();
    em.createNativeQuery(
            "DELETE FROM series_cancel_token t WHERE NOT EXISTS (SELECT 1 FROM registration r"
                + " JOIN event e ON e.id = r.event_id"
                + " WHERE e.series_id = t.series_id AND r.email = t.email)")
        .executeUpdate();
  }

  /** The instant before which an event's registrations are anonymised. */
  static Instant cutoff(int months, Instant now) {
    return now.atZone(java.time.ZoneOffset.UTC).minusMonths(months).toInstant();
  }
}
