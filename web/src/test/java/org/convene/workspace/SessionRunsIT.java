package org.convene.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.account.AccessChecks.notFound;
import static org.convene.account.AccessChecks.refused;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.convene.account.AccessChecks;
import org.convene.account.AccountService;
import org.convene.account.Actor;
import org.convene.collaborative.CollaborativeService;
import org.convene.event.Event;
import org.convene.event.EventForm;
import org.convene.event.EventService;
import org.convene.event.Recurrence;
import org.convene.event.RegistrationForm;
import org.convene.event.RegistrationService;
import org.convene.event.SeriesForm;
import org.convene.event.SeriesService;
import org.convene.event.SessionRunForm;
import org.convene.event.SessionRuns;
import org.convene.lifecycle.ItemLifecycle;
import org.convene.news.NewsForm;
import org.convene.news.NewsService;
import org.convene.platform.InvalidFormException;
import org.convene.platform.InvalidInputException;
import org.convene.revision.Revision.ItemType;
import org.convene.testing.Deployments;
import org.convene.testing.InContainerData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A series' sessions added as a run and events duplicated, on the services in the container: runs
 * are checked whole before anything is created (a long run only once confirmed, a time that does
 * not exist on one of the dates named), and nothing of another collaborative can be listed, added
 * to or copied. In the same deployment (one Payara Micro instead of two): items archived, restored
 * and deleted ({@code ItemLifecycle}), with their isolation cases.
 */
@ExtendWith(ArquillianExtension.class)
class SessionRunsIT {

  private static final Actor SYSTEM = Actor.system();

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(SessionRunsIT.class, InContainerData.class, AccessChecks.class);
  }

  @EJB AccountService accounts;
  @EJB CollaborativeService collaboratives;
  @EJB SeriesService series;
  @EJB SessionRuns runs;
  @EJB RegistrationService registrations;
  @EJB EventService events;
  @EJB org.convene.event.PublicEvents publicEvents;
  @EJB NewsService news;
  @EJB ItemLifecycle lifecycle;
  @EJB org.convene.event.PresenterService presenters;

  @PersistenceContext EntityManager em;

  @jakarta.annotation.Resource jakarta.transaction.UserTransaction tx;

  private long seriesOf(String slug) {
    SeriesForm form = new SeriesForm();
    form.setTitle("Wellbeing series");
    return series.saveSeries(SYSTEM, slug, null, form).getId();
  }

  private static SessionRunForm run(Recurrence recurrence, int count) {
    SessionRunForm run = new SessionRunForm();
    run.setTitle("Wellbeing call");
    run.setRecurrence(recurrence);
    run.setFirstDate(LocalDate.now().plusDays(7));
    run.setCount(count);
    run.setStartTime(LocalTime.of(12, 0));
    run.setEndTime(LocalTime.of(13, 0));
    run.setZoneId("America/Chicago");
    return run;
  }

  @Test
  void aRunCreatesNumberedSessionsWithTheSameTimesAndContinuesTheNumbering() {
    String slug = AccessChecks.collaborative(collaboratives, "runs");
    long id = seriesOf(slug);
    List<Event> first = runs.addSessions(SYSTEM, slug, id, run(Recurrence.BIWEEKLY, 3));
    assertThat(first)
        .extracting(Event::getTitle)
        .containsExactly(
            "Wellbeing call — session 1",
            "Wellbeing call — session 2",
            "Wellbeing call — session 3");
    assertThat(first)
        .allSatisfy(
            e -> {
              assertThat(e.getLocalStart().toLocalTime()).isEqualTo(LocalTime.NOON);
              assertThat(e.getZoneId()).isEqualTo("America/Chicago");
              assertThat(e.getPublishedAt()).isNull(); // drafts unless asked
              assertThat(e.getSeries().getId()).isEqualTo(id);
            });
    assertThat(first.get(1).getLocalStart().toLocalDate())
        .isEqualTo(first.get(0).getLocalStart().toLocalDate().plusWeeks(2));

    SessionRunForm listed = run(Recurrence.DATES, 0);
    LocalDate d = LocalDate.now().plusMonths(3);
    listed.setDates(d + "\n" + d.plusDays(3));
    runs.addSessions(SYSTEM, slug, id, listed);
    assertThat(runs.sessionsForEditing(SYSTEM, slug, id))
        .extracting(Event::getTitle)
        .contains("Wellbeing call — session 4", "Wellbeing call — session 5")
        .hasSize(5);
  }

  @Test
  void aLongRunIsOnlyCreatedOnceConfirmedAndABadRunCreatesNothing() {
    String slug = AccessChecks.collaborative(collaboratives, "runs-long");
    long id = seriesOf(slug);
    InvalidFormException tooMany =
        assertThrows(
            InvalidFormException.class,
            () -> runs.addSessions(SYSTEM, slug, id, run(Recurrence.WEEKLY, 120)));
    assertThat(tooMany.getFields().get("count"))
        .isEqualTo(
            "This would create 120 sessions: confirm that you mean so many, or choose fewer.");
    assertThat(runs.sessionsForEditing(SYSTEM, slug, id)).isEmpty();
    assertThat(runs.plannedDates(SYSTEM, slug, run(Recurrence.WEEKLY, 120))).hasSize(120);

    SessionRunForm confirmed = run(Recurrence.WEEKLY, 120);
    confirmed.setConfirmedMany(true);
    assertThat(runs.addSessions(SYSTEM, slug, id, confirmed)).hasSize(120);

    // 02:30 does not exist in Chicago on the second Sunday of March: the whole run is refused
    SessionRunForm gap = run(Recurrence.DATES, 0);
    int year = LocalDate.now().getYear() + 1;
    LocalDate dstDay =
        LocalDate.of(year, 3, 1)
            .with(
                java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(
                    2, java.time.DayOfWeek.SUNDAY));
    gap.setDates(dstDay.minusWeeks(1) + "\n" + dstDay);
    gap.setStartTime(LocalTime.of(2, 30));
    gap.setEndTime(LocalTime.of(3, 30));
    InvalidFormException inGap =
        assertThrows(InvalidFormException.class, () -> runs.addSessions(SYSTEM, slug, id, gap));
    assertThat(inGap.getFields().get("startTime"))
        .startsWith("The time 02:30 does not exist on " + dstDay + " in America/Chicago");

    SessionRunForm backwards = run(Recurrence.WEEKLY, 2);
    backwards.setEndTime(LocalTime.of(11, 0));
    assertThat(
            assertThrows(
                    InvalidFormException.class, () -> runs.addSessions(SYSTEM, slug, id, backwards))
                .getFields())
        .containsEntry("endTime", "The sessions must end after they start: check the end time.");

    SessionRunForm badDate = run(Recurrence.DATES, 0);
    badDate.setDates("2027-01-05\n5 January");
    assertThat(
            assertThrows(
                    InvalidFormException.class, () -> runs.addSessions(SYSTEM, slug, id, badDate))
                .getFields()
                .get("dates"))
        .startsWith("“5” is not a date");
    assertThat(runs.sessionsForEditing(SYSTEM, slug, id)).hasSize(120);
  }

  @Test
  void aDuplicateIsADraftCopyWithoutWhatHappenedAtTheOriginal() {
    String slug = AccessChecks.collaborative(collaboratives, "runs-copy");
    long id = seriesOf(slug);
    SessionRunForm one = run(Recurrence.WEEKLY, 1);
    one.setPublished(true);
    Event original = runs.addSessions(SYSTEM, slug, id, one).get(0);
    Event copy = runs.duplicate(SYSTEM, slug, original.getId());
    assertThat(copy.getId()).isNotEqualTo(original.getId());
    assertThat(copy.getTitle()).isEqualTo("Copy of Wellbeing call");
    assertThat(copy.getPublishedAt()).isNull();
    assertThat(copy.getStartsAt()).isEqualTo(original.getStartsAt());
    assertThat(copy.getSeries().getId()).isEqualTo(id);
  }

  @Test
  void aSessionMovesByExchangingDatesWithItsNeighbourButNotOnceSomeoneSignedUp() {
    String slug = AccessChecks.collaborative(collaboratives, "runs-move");
    long id = seriesOf(slug);
    SessionRunForm three = run(Recurrence.BIWEEKLY, 3);
    three.setPublished(true);
    List<Event> made = runs.addSessions(SYSTEM, slug, id, three);
    java.time.Instant secondSlot = made.get(1).getStartsAt();
    java.time.Instant thirdSlot = made.get(2).getStartsAt();

    runs.moveSession(SYSTEM, slug, id, made.get(2).getId(), true);

    List<Event> now = runs.sessionsForEditing(SYSTEM, slug, id);
    assertThat(now)
        .extracting(Event::getTitle)
        .containsExactly(
            "Wellbeing call — session 1",
            "Wellbeing call — session 3",
            "Wellbeing call — session 2");
    assertThat(now.get(1).getStartsAt()).isEqualTo(secondSlot);
    assertThat(now.get(2).getStartsAt()).isEqualTo(thirdSlot);
    assertThat(now.get(1).getZoneId()).isEqualTo("America/Chicago");

    InvalidInputException first =
        assertThrows(
            InvalidInputException.class,
            () -> runs.moveSession(SYSTEM, slug, id, made.get(0).getId(), true));
    assertThat(first.getMessage())
        .isEqualTo("“Wellbeing call — session 1” is already the first session.");

    // someone signed up for session 1's date: it keeps it, and nothing moves
    registrations.register(
        null,
        made.get(0).getId(),
        new RegistrationForm("Pat", "pat-" + slug + "@example.org", null, null));
    InvalidInputException signedUp =
        assertThrows(
            InvalidInputException.class,
            () -> runs.moveSession(SYSTEM, slug, id, made.get(2).getId(), true));
    assertThat(signedUp.getMessage())
        .startsWith("“Wellbeing call — session 1” has 1 person signed up for its date");
    assertThat(runs.sessionsForEditing(SYSTEM, slug, id))
        .extracting(Event::getStartsAt)
        .containsExactly(made.get(0).getStartsAt(), secondSlot, thirdSlot);

    // sessions that took place keep their dates: they are the record
    String earlier = AccessChecks.collaborative(collaboratives, "runs-past");
    long past = seriesOf(earlier);
    SessionRunForm before = run(Recurrence.WEEKLY, 2);
    before.setFirstDate(LocalDate.now().minusDays(30));
    List<Event> held = runs.addSessions(SYSTEM, earlier, past, before);
    InvalidInputException history =
        assertThrows(
            InvalidInputException.class,
            () -> runs.moveSession(SYSTEM, earlier, past, held.get(1).getId(), true));
    assertThat(history.getMessage())
        .endsWith("has already taken place: its date is part of the record.");
  }

  @Test
  void anEditorCanNeitherListNorAddToNorCopyAnotherCollaborativesSessions() {
    String own = AccessChecks.collaborative(collaboratives, "runs-own");
    String other = AccessChecks.collaborative(collaboratives, "runs-other");
    Actor editor = AccessChecks.editorOf(accounts, own);
    long theirs = seriesOf(other);
    Event theirEvent = runs.addSessions(SYSTEM, other, theirs, run(Recurrence.WEEKLY, 1)).get(0);

    refused(() -> runs.sessionsForEditing(editor, other, theirs));
    refused(() -> runs.addSessions(editor, other, theirs, run(Recurrence.WEEKLY, 2)));
    refused(() -> runs.duplicate(editor, other, theirEvent.getId()));
    refused(() -> runs.plannedDates(editor, other, run(Recurrence.WEEKLY, 2)));
    refused(() -> runs.moveSession(editor, other, theirs, theirEvent.getId(), false));
    // through their own space, the other's ids are simply not there
    notFound(() -> runs.sessionsForEditing(editor, own, theirs));
    notFound(() -> runs.addSessions(editor, own, theirs, run(Recurrence.WEEKLY, 2)));
    notFound(() -> runs.duplicate(editor, own, theirEvent.getId()));
    notFound(() -> runs.moveSession(editor, own, theirs, theirEvent.getId(), false));
    assertThat(runs.sessionsForEditing(SYSTEM, other, theirs)).hasSize(1);
  }

  // --- archive, restore and delete (ItemLifecycle), in the same deployment ---

  private void update(String sql, Object... parameters) throws Exception {
    tx.begin();
    var q = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      q.setParameter(i + 1, parameters[i]);
    }
    q.executeUpdate();
    tx.commit();
  }

  private Event event(String slug, String title, boolean published) {
    EventForm form = new EventForm();
    form.setTitle(title);
    form.setDate(LocalDate.now().plusDays(20));
    form.setStartTime(LocalTime.NOON);
    form.setEndTime(LocalTime.of(13, 0));
    form.setPublished(published);
    return events.createEvent(SYSTEM, slug, form);
  }

  private long count(String sql, Object... parameters) {
    var q = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      q.setParameter(i + 1, parameters[i]);
    }
    return ((Number) q.getSingleResult()).longValue();
  }

  @Test
  void aPublishedItemIsArchivedAndRestoredAsItWasNeverDeleted() {
    String slug = AccessChecks.collaborative(collaboratives, "life");
    Actor editor = AccessChecks.editorOf(accounts, slug);
    Event published = event(slug, "Public webinar", true);
    long id = published.getId();
    var owner = collaboratives.findActiveBySlug(slug).orElseThrow();
    assertThat(publicEvents.publicEvent(owner, id)).isPresent();
    assertThat(lifecycle.state(editor, slug, ItemType.EVENT, id).deletable()).isFalse();
    assertThat(
            assertThrows(
                    InvalidInputException.class,
                    () -> lifecycle.delete(editor, slug, ItemType.EVENT, id))
                .getMessage())
        .contains("has been published, so it is kept: archive it");

    lifecycle.archive(editor, slug, ItemType.EVENT, id);
    assertThat(publicEvents.publicEvent(owner, id)).isEmpty();
    assertThat(lifecycle.state(editor, slug, ItemType.EVENT, id).archived()).isTrue();
    assertThat(
            count(
                "SELECT count(*) FROM search_entry WHERE kind = 'EVENT' AND item_id = ?1"
                    + " AND visible_from IS NOT NULL",
                id))
        .as("gone from search with its publication")
        .isZero();
    // archived is still not deletable: it was public once
    assertThrows(
        InvalidInputException.class, () -> lifecycle.delete(editor, slug, ItemType.EVENT, id));

    lifecycle.restore(editor, slug, ItemType.EVENT, id);
    assertThat(publicEvents.publicEvent(owner, id)).isPresent();
    assertThat(
            count(
                "SELECT count(*) FROM event WHERE id = ?1 AND published_at = ?2",
                id,
                java.sql.Timestamp.from(published.getPublishedAt())))
        .as("published as it was before")
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT count(*) FROM audit_entry WHERE action IN ('item.archive', 'item.restore')"
                    + " AND summary LIKE ?1",
                "%#" + id + " %"))
        .isEqualTo(2);
  }

  @Test
  void aDraftNeverPublishedIsDeletedWithWhatPointedAtIt() {
    String slug = AccessChecks.collaborative(collaboratives, "life-draft");
    Actor editor = AccessChecks.editorOf(accounts, slug);
    NewsForm form = new NewsForm();
    form.setTitle("Draft note");
    long draft = news.save(SYSTEM, slug, null, form).getId();
    assertThat(lifecycle.state(editor, slug, ItemType.NEWS, draft).deletable()).isTrue();
    assertThat(
            assertThrows(
                    InvalidInputException.class,
                    () -> lifecycle.archive(editor, slug, ItemType.NEWS, draft))
                .getMessage())
        .contains("is not published");
    lifecycle.delete(editor, slug, ItemType.NEWS, draft);
    assertThat(count("SELECT count(*) FROM news_item WHERE id = ?1", draft)).isZero();
    assertThat(
            count("SELECT count(*) FROM revision WHERE item_type = 'NEWS' AND item_id = ?1", draft))
        .isZero();

    // published once, then taken back to a draft: kept (archive is the way)
    NewsForm once = new NewsForm();
    once.setTitle("Once public");
    once.setPublished(true);
    long wasPublic = news.save(SYSTEM, slug, null, once).getId();
    once.setPublished(false);
    once.setVersion(news.forEditing(SYSTEM, slug, wasPublic).getVersion());
    news.save(SYSTEM, slug, wasPublic, once);
    assertThat(lifecycle.state(editor, slug, ItemType.NEWS, wasPublic).deletable()).isFalse();
  }

  @Test
  void anUpcomingEventWithRegistrantsIsCancelledNotArchivedAndNeverDeleted() throws Exception {
    String slug = AccessChecks.collaborative(collaboratives, "life-reg");
    Actor editor = AccessChecks.editorOf(accounts, slug);
    long id = event(slug, "Booked webinar", true).getId();
    update(
        "INSERT INTO registration (collaborative_id, event_id, name, email, status,"
            + " cancel_token_sha256, requested_at) SELECT collaborative_id, id, 'Ann', 'ann-'"
            + " || id || '@example.org', 'CONFIRMED', md5(random()::text), now() FROM event"
            + " WHERE id = ?1",
        id);
    assertThat(
            assertThrows(
                    InvalidInputException.class,
                    () -> lifecycle.archive(editor, slug, ItemType.EVENT, id))
                .getMessage())
        .contains("1 person is registered: cancel it");
    assertThat(count("SELECT count(*) FROM event WHERE id = ?1 AND published_at IS NOT NULL", id))
        .isEqualTo(1);
  }

  @Test
  void anEditorCanNeitherArchiveNorRestoreNorDeleteAnotherCollaborativesItems() {
    String own = AccessChecks.collaborative(collaboratives, "life-own");
    String other = AccessChecks.collaborative(collaboratives, "life-other");
    Actor editor = AccessChecks.editorOf(accounts, own);
    long published = event(other, "Theirs", true).getId();
    long draft = event(other, "Their draft", false).getId();

    var form = new org.convene.event.PresenterForm();
    form.setName("Their presenter");
    long theirPresenter = presenters.savePresenter(SYSTEM, other, null, form, null).getId();
    form.setName("Their second presenter");
    long theirOther = presenters.savePresenter(SYSTEM, other, null, form, null).getId();
    form.setName("My presenter");
    long mine = presenters.savePresenter(SYSTEM, own, null, form, null).getId();
    refused(() -> presenters.mergePresenters(editor, other, theirPresenter, theirOther));
    notFound(() -> presenters.mergePresenters(editor, own, mine, theirPresenter));
    notFound(() -> presenters.mergePresenters(editor, own, theirPresenter, mine));
    assertThat(
            count(
                "SELECT count(*) FROM presenter WHERE id IN (?1, ?2, ?3)",
                theirPresenter,
                theirOther,
                mine))
        .isEqualTo(3);
    refused(() -> lifecycle.archive(editor, other, ItemType.EVENT, published));
    refused(() -> lifecycle.restore(editor, other, ItemType.EVENT, published));
    refused(() -> lifecycle.delete(editor, other, ItemType.EVENT, draft));
    refused(() -> lifecycle.state(editor, other, ItemType.EVENT, draft));
    notFound(() -> lifecycle.archive(editor, own, ItemType.EVENT, published));
    notFound(() -> lifecycle.delete(editor, own, ItemType.EVENT, draft));
    notFound(() -> lifecycle.state(editor, own, ItemType.EVENT, draft));
    assertThat(count("SELECT count(*) FROM event WHERE id IN (?1, ?2)", published, draft))
        .isEqualTo(2);
    assertThat(
            count(
                "SELECT count(*) FROM event WHERE id = ?1 AND published_at IS NOT NULL", published))
        .isEqualTo(1);
  }
}
