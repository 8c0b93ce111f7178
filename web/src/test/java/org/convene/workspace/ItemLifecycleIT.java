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
import org.convene.account.AccessChecks;
import org.convene.account.AccountService;
import org.convene.account.Actor;
import org.convene.collaborative.CollaborativeService;
import org.convene.event.Event;
import org.convene.event.EventForm;
import org.convene.event.EventService;
import org.convene.lifecycle.ItemLifecycle;
import org.convene.news.NewsForm;
import org.convene.news.NewsService;
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
 * Archive, restore and delete on the service, in the container: a published item is archived (gone
 * from public reads, restorable as it was), never deleted; a draft never published is deleted with
 * what pointed at it; an upcoming event with registrants is cancelled, not archived; nothing of
 * another collaborative can be touched; every change is audited.
 */
@ExtendWith(ArquillianExtension.class)
class ItemLifecycleIT {

  private static final Actor SYSTEM = Actor.system();

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(ItemLifecycleIT.class, InContainerData.class, AccessChecks.class);
  }

  @EJB AccountService accounts;
  @EJB CollaborativeService collaboratives;
  @EJB EventService events;
  @EJB NewsService news;
  @EJB ItemLifecycle lifecycle;
  @EJB org.convene.event.PresenterService presenters;

  @PersistenceContext EntityManager em;

  @jakarta.annotation.Resource jakarta.transaction.UserTransaction tx;

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
    assertThat(events.publicEvent(owner, id)).isPresent();
    assertThat(lifecycle.state(editor, slug, ItemType.EVENT, id).deletable()).isFalse();
    assertThat(
            assertThrows(
                    InvalidInputException.class,
                    () -> lifecycle.delete(editor, slug, ItemType.EVENT, id))
                .getMessage())
        .contains("has been published, so it is kept: archive it");

    lifecycle.archive(editor, slug, ItemType.EVENT, id);
    assertThat(events.publicEvent(owner, id)).isEmpty();
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
    assertThat(events.publicEvent(owner, id)).isPresent();
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
