package org.convene.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.convene.audit.AuditLog;
import org.convene.branding.BrandingService;
import org.convene.collaborative.CollaborativeProfile;
import org.convene.collaborative.CollaborativeService;
import org.convene.collaborative.UsState;
import org.convene.testing.Deployments;
import org.convene.testing.InContainerData;
import org.convene.testing.TestImages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Every tenant-owned and administrative service operation, tried by callers who may not do it: an
 * editor of another collaborative, an editor on administrator actions, a disabled account. Each
 * attempt is refused and changes nothing. New operations add a line here.
 */
@ExtendWith(ArquillianExtension.class)
class AccessControlIT {

  private static final Actor SYSTEM = Actor.system();
  private static final String PASSWORD = AccessChecks.PASSWORD;

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(
        AccessControlIT.class, InContainerData.class, TestImages.class, AccessChecks.class);
  }

  @EJB AccountService accounts;
  @EJB CollaborativeService collaboratives;
  @EJB BrandingService branding;
  @EJB AuditLog audit;
  @EJB org.convene.event.EventService events;
  @EJB org.convene.topic.TopicService topics;
  @EJB org.convene.news.NewsService news;
  @EJB org.convene.feature.FeatureService features;
  @EJB org.convene.resource.ResourceService resources;
  @EJB org.convene.revision.RevisionService revisions;
  @EJB org.convene.event.SeriesService seriesService;
  @EJB org.convene.event.PresenterService presenterService;
  @EJB org.convene.event.MaterialService materialService;
  @EJB org.convene.event.RegistrationService registrations;
  @EJB InContainerData data;
  @Inject jakarta.enterprise.inject.spi.BeanManager beans;
  @Inject PasswordHasher hasher;

  private String collaborative(String prefix) {
    return AccessChecks.collaborative(collaboratives, prefix);
  }

  private Actor editorOf(String slug) {
    return AccessChecks.editorOf(accounts, slug);
  }

  private static CollaborativeProfile profile(String tagline) {
    return new CollaborativeProfile(
        "Changed",
        "CH",
        tagline,
        null,
        Set.of(UsState.MN),
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        List.of());
  }

  @Test
  void theStoredHashUsesPbkdf2WithAtLeast600000Iterations() {
    String slug = collaborative("hash");
    editorOf(slug);
    String hash =
        data.idOf(
            String.class,
            "SELECT a.passwordHash FROM Account a WHERE a.email = :slug",
            "editor-" + slug + "@example.org");
    String[] parts = hash.split(":");
    assertEquals("PBKDF2WithHmacSHA256", parts[0]);
    assertTrue(Integer.parseInt(parts[1]) >= 600_000, hash);
  }

  @Test
  void aHashWrittenByCreateAdminVerifiesWithJakartaSecurity() throws Exception {
    String hash = CreateAdministrator.hash("written by the command line");
    assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:600000:"), hash);
    assertTrue(hasher.verify("written by the command line", hash));
    assertFalse(hasher.verify("something else entirely", hash));
  }

  @Test
  void passphrasesOf12To128AndMoreCharactersOfAnyScriptWork() {
    String email = "unicode-" + InContainerData.uniqueSlug("u") + "@example.org";
    String passphrase = "🔒 Grüße aus Minnesota — ключ пароль 密码 ".repeat(4);
    assertTrue(passphrase.codePointCount(0, passphrase.length()) >= 128);
    accounts.createWithPassword(SYSTEM, email, "Unicode", passphrase, false);

    assertEquals(SignInResult.SUCCESS, accounts.signIn(email.toUpperCase(), passphrase).result());
    InvalidInput tooShort =
        new InvalidInput(
            () -> accounts.createWithPassword(SYSTEM, "x" + email, "X", "short pass", false));
    assertTrue(tooShort.message().contains("at least 12"), tooShort.message());
  }

  @Test
  void anEditorCannotTouchAnotherCollaborative() {
    String own = collaborative("own");
    String other = collaborative("other");
    Actor editor = editorOf(own);
    String before = data.reload(other).getName();

    refused(
        () ->
            collaboratives.updateProfile(
                editor, other, data.reload(other).getVersion(), profile("hijacked")));
    refused(() -> collaboratives.forEditing(editor, other));
    refused(
        () ->
            branding.changeColours(
                editor, other, data.reload(other).getVersion(), "#ff0000", "#00ff00"));
    refused(() -> branding.changeLogo(editor, other, TestImages.png()));

    assertEquals(before, data.reload(other).getName());
    assertEquals("#12355b", data.reload(other).getBrand().primary().hex());
    assertEquals(null, data.reload(other).getLogoSha256());
    collaboratives.updateProfile(editor, own, data.reload(own).getVersion(), profile("allowed"));
    assertEquals("allowed", data.reload(own).getTagline());
  }

  @Test
  void anEditorCannotDoWhatOnlyAdministratorsDo() {
    String own = collaborative("adminonly");
    Actor editor = editorOf(own);

    refused(() -> collaboratives.create(editor, InContainerData.uniqueSlug("new"), "New", "N"));
    refused(() -> collaboratives.suspend(editor, own));
    refused(() -> collaboratives.reactivate(editor, own));
    refused(() -> collaboratives.mapHost(editor, own, "own.example.org"));
    refused(() -> collaboratives.renameSlug(editor, own, InContainerData.uniqueSlug("renamed")));
    refused(() -> collaboratives.allForAdministration(editor));
    refused(() -> accounts.invite(editor, "someone@example.org", "Someone", true));
    refused(() -> accounts.administration(editor, org.convene.platform.TableQuery.firstPage(25)));
    refused(() -> accounts.accountDetail(editor, 1L));
    refused(() -> accounts.grantEditor(editor, "editor-" + own + "@example.org", own));
    refused(
        () -> audit.table(editor, null, null, null, org.convene.platform.TableQuery.firstPage(25)));

    assertTrue(data.reload(own).isActive());
    assertEquals(null, data.reload(own).getHostName());
  }

  @Test
  void aDisabledAccountOrARemovedMembershipCountsOnTheNextCall() {
    String own = collaborative("revoked");
    Actor editor = editorOf(own);
    collaboratives.updateProfile(editor, own, data.reload(own).getVersion(), profile("first"));

    Long membership =
        data.idOf(
            Long.class, "SELECT m.id FROM Membership m WHERE m.collaborative.slug = :slug", own);
    accounts.revokeEditor(SYSTEM, membership);
    refused(
        () ->
            collaboratives.updateProfile(
                editor, own, data.reload(own).getVersion(), profile("second")));

    accounts.grantEditor(SYSTEM, "editor-" + own + "@example.org", own);
    accounts.disable(SYSTEM, editor.accountId());
    refused(
        () ->
            collaboratives.updateProfile(
                editor, own, data.reload(own).getVersion(), profile("third")));
    refused(() -> accounts.signedIn(editor)); // pages read this as "nobody is signed in"
    assertEquals(
        SignInResult.FAILED, accounts.signIn("editor-" + own + "@example.org", PASSWORD).result());
    assertEquals("first", data.reload(own).getTagline());
  }

  @Test
  void anAdministratorCannotDisableTheirOwnAccount() {
    String email = "admin-" + InContainerData.uniqueSlug("self") + "@example.org";
    Actor admin =
        Actor.account(accounts.createWithPassword(SYSTEM, email, "Admin", PASSWORD, true).getId());

    InvalidInput refusal = new InvalidInput(() -> accounts.disable(admin, admin.accountId()));

    assertTrue(refusal.message().contains("your own account"), refusal.message());
    assertTrue(accounts.signedIn(admin).isPresent());
  }

  @Test
  void changesAreWrittenToTheAuditLogWithBeforeAndAfter() {
    String own = collaborative("audited");
    Actor editor = editorOf(own);
    collaboratives.updateProfile(
        editor, own, data.reload(own).getVersion(), profile("Before tagline"));
    collaboratives.updateProfile(
        editor, own, data.reload(own).getVersion(), profile("After tagline"));
    branding.changeColours(editor, own, data.reload(own).getVersion(), "#1f4e8c", "#f2a900");

    var entries =
        audit
            .table(
                SYSTEM, own, "editor-" + own, null, org.convene.platform.TableQuery.firstPage(25))
            .items();
    assertTrue(
        entries.stream()
            .anyMatch(
                e ->
                    e.getAction().equals("profile.update")
                        && e.getSummary().contains("tagline: 'Before tagline' → 'After tagline'")),
        entries.toString());
    assertTrue(
        entries.stream()
            .anyMatch(
                e ->
                    e.getAction().equals("branding.colours")
                        && e.getSummary().contains("#12355b → #1f4e8c")));
  }

  @Test
  void anEditorCanNeitherSeeNorChangeAnotherCollaborativesEventsOrRegistrants() {
    String own = collaborative("ev-own");
    String other = collaborative("ev-other");
    Actor editor = editorOf(own);
    org.convene.event.PresenterForm guest = new org.convene.event.PresenterForm();
    guest.setName("Guest Speaker");
    long presenter = presenterService.savePresenter(SYSTEM, other, null, guest, null).getId();
    org.convene.event.SeriesForm seriesForm = new org.convene.event.SeriesForm();
    seriesForm.setTitle("Other series");
    long series = seriesService.saveSeries(SYSTEM, other, null, seriesForm).getId();
    org.convene.event.EventForm form = new org.convene.event.EventForm();
    form.setTitle("Other's event");
    form.setDate(java.time.LocalDate.now().plusDays(20));
    form.setStartTime(java.time.LocalTime.NOON);
    form.setEndTime(java.time.LocalTime.of(13, 0));
    form.setCapacity(5);
    form.setPublished(true);
    org.convene.event.Event theirs = events.createEvent(SYSTEM, other, form);
    long id = theirs.getId();
    var registered =
        registrations.register(
            null,
            id,
            new org.convene.event.RegistrationForm(
                "Pat", "pat-" + other + "@example.org", null, null));
    long registration =
        data.idOf(
            Long.class,
            "SELECT r.id FROM Registration r WHERE r.email = :slug",
            "pat-" + other + "@example.org");
    org.convene.event.EventForm hijack =
        org.convene.event.EventForm.of(events.eventForEditing(SYSTEM, other, id));
    hijack.setTitle("hijacked");

    // the other collaborative named outright: not an editor of it
    refused(() -> events.table(editor, other, org.convene.platform.TableQuery.firstPage(10)));
    refused(
        () -> seriesService.table(editor, other, org.convene.platform.TableQuery.firstPage(10)));
    refused(
        () -> presenterService.table(editor, other, org.convene.platform.TableQuery.firstPage(10)));
    refused(() -> events.eventForEditing(editor, other, id));
    refused(() -> events.updateEvent(editor, other, id, hijack));
    refused(() -> events.cancelEvent(editor, other, id, hijack.getVersion()));
    refused(() -> events.setRegistrationOpen(editor, other, id, false));
    refused(() -> materialService.addMaterialLink(editor, other, id, "x", "https://x.test"));
    refused(() -> seriesService.seriesForEditing(editor, other, series));
    refused(() -> presenterService.presenters(editor, other));
    refused(() -> registrations.registrants(editor, other, id, "", 1, 10));
    refused(() -> registrations.exportCsv(editor, other, id));
    refused(() -> registrations.promote(editor, other, registration));
    refused(() -> registrations.setAttended(editor, other, registration, true));

    // their ids under the editor's own collaborative: simply not found
    notFound(() -> events.eventForEditing(editor, own, id));
    notFound(() -> events.updateEvent(editor, own, id, hijack));
    notFound(() -> events.cancelEvent(editor, own, id, hijack.getVersion()));
    notFound(() -> events.setRegistrationOpen(editor, own, id, false));
    notFound(() -> materialService.addMaterialLink(editor, own, id, "x", "https://x.test"));
    notFound(() -> seriesService.seriesForEditing(editor, own, series));
    notFound(() -> presenterService.presenterForEditing(editor, own, presenter));
    notFound(() -> registrations.registrants(editor, own, id, "", 1, 10));
    notFound(() -> registrations.exportCsv(editor, own, id));
    notFound(() -> registrations.promote(editor, own, registration));
    notFound(() -> registrations.setAttended(editor, own, registration, true));
    org.convene.event.EventForm borrowing = new org.convene.event.EventForm();
    borrowing.setTitle("Borrowing");
    borrowing.setDate(java.time.LocalDate.now().plusDays(20));
    borrowing.setStartTime(java.time.LocalTime.NOON);
    borrowing.setEndTime(java.time.LocalTime.of(13, 0));
    borrowing.setSeriesId(series);
    borrowing.setPresenterIds(new Long[] {presenter});
    org.convene.platform.InvalidFormException invalid =
        assertThrows(
            org.convene.platform.InvalidFormException.class,
            () -> events.createEvent(editor, own, borrowing));
    assertEquals("Choose one of your series.", invalid.getFields().get("seriesId"));
    // their presenter has given no published session, so is not one of the network's people yet
    assertEquals(
        "Choose presenters from your own list or the network's presenters.",
        invalid.getFields().get("presenterIds"));

    org.convene.event.Event after = events.eventForEditing(SYSTEM, other, id);
    assertEquals("Other's event", after.getTitle());
    assertEquals(org.convene.event.EventStatus.SCHEDULED, after.getStatus());
    assertTrue(after.isRegistrationOpen());
    assertEquals(org.convene.event.RegistrationStatus.CONFIRMED, registered.getStatus());
    assertEquals(1, registrations.registrants(SYSTEM, other, id, "", 1, 10).total());
  }

  @Test
  void markingAttendanceIsAuditedOnlyWhenItChanges() {
    String own = collaborative("attend");
    Actor editor = editorOf(own);
    org.convene.event.EventForm form = new org.convene.event.EventForm();
    form.setTitle("Attended session");
    form.setDate(java.time.LocalDate.now().plusDays(3));
    form.setStartTime(java.time.LocalTime.NOON);
    form.setEndTime(java.time.LocalTime.of(13, 0));
    form.setPublished(true);
    long event = events.createEvent(editor, own, form).getId();
    registrations.register(
        null,
        event,
        new org.convene.event.RegistrationForm("Ana", "ana-" + own + "@example.org", null, null));
    long registration =
        data.idOf(
            Long.class,
            "SELECT r.id FROM Registration r WHERE r.email = :slug",
            "ana-" + own + "@example.org");
    String audited = "e.collaborativeSlug = '" + own + "' AND e.action LIKE 'registration.%'";

    registrations.setAttended(editor, own, registration, true);
    registrations.setAttended(editor, own, registration, true);
    registrations.setAttended(editor, own, registration, false);

    assertEquals(2L, data.countWhere("AuditEntry", audited));
    assertEquals(
        1L, data.countWhere("AuditEntry", audited + " AND e.action = 'registration.attended'"));
  }

  @Test
  void onlyAdministratorsManageTopics() {
    String own = collaborative("topic-own");
    Actor editor = editorOf(own);
    org.convene.topic.TopicForm form = new org.convene.topic.TopicForm();
    form.setName("Editors' own topic " + own);
    refused(() -> topics.save(editor, null, form));
    // nor does an editor feature anything, not even their own collaborative
    long ownId = data.reload(own).getId();
    java.time.LocalDate today = java.time.LocalDate.now();
    refused(
        () ->
            features.feature(
                editor,
                org.convene.feature.FeatureKind.MEMBER,
                ownId,
                "me",
                today,
                today,
                "America/Chicago",
                false));
    refused(() -> features.history(editor, org.convene.platform.TableQuery.firstPage(25)));
    assertEquals(0L, data.countWhere("Feature", "e.collaborative.slug = '" + own + "'"));
    assertEquals(0L, data.countWhere("Topic", "e.name = 'Editors'' own topic " + own + "'"));
  }

  @Test
  void anEditorCanNeitherSeeNorChangeAnotherCollaborativesNews() {
    String own = collaborative("news-own");
    String other = collaborative("news-other");
    Actor editor = editorOf(own);
    org.convene.news.NewsForm form = new org.convene.news.NewsForm();
    form.setTitle("Their draft");
    long theirs = news.save(SYSTEM, other, null, form).getId();
    org.convene.news.NewsForm hijack = new org.convene.news.NewsForm();
    hijack.setTitle("hijacked");

    refused(() -> news.table(editor, other, org.convene.platform.TableQuery.firstPage(25)));
    refused(() -> news.forEditing(editor, other, theirs));
    refused(() -> news.save(editor, other, theirs, hijack));
    refused(() -> news.save(editor, other, null, hijack));
    notFound(() -> news.forEditing(editor, own, theirs));
    notFound(() -> news.save(editor, own, theirs, hijack));
    assertEquals("Their draft", news.forEditing(SYSTEM, other, theirs).getTitle());
    assertEquals(0, news.table(editor, own, org.convene.platform.TableQuery.firstPage(25)).total());

    // the resource library and its themes, the same way
    long theme = resources.saveTheme(SYSTEM, other, null, "Their theme", null, 0).getId();
    org.convene.resource.ResourceForm resource = new org.convene.resource.ResourceForm();
    resource.setTitle("Their resource");
    resource.setUrl("https://other.example");
    long theirResource = resources.save(SYSTEM, other, null, resource, null, null).getId();
    refused(() -> resources.themesForEditing(editor, other));
    refused(() -> resources.table(editor, other, org.convene.platform.TableQuery.firstPage(10)));
    // the editor's own table, searched for the other's title, finds nothing of theirs
    assertTrue(
        resources
            .table(
                editor,
                own,
                new org.convene.platform.TableQuery(
                    "Their resource", java.util.Map.of(), null, true, 0, 50))
            .items()
            .stream()
            .noneMatch(r -> r.getId() == theirResource));
    refused(() -> resources.saveTheme(editor, other, theme, "hijacked", null, 0));
    refused(() -> resources.save(editor, other, theirResource, resource, null, null));
    notFound(() -> resources.saveTheme(editor, own, theme, "hijacked", null, 0));
    notFound(() -> resources.forEditing(editor, own, theirResource));
    notFound(() -> resources.save(editor, own, theirResource, resource, null, null));
    assertEquals("Their resource", resources.forEditing(SYSTEM, other, theirResource).getTitle());

    // and their revisions
    long revision =
        revisions
            .list(SYSTEM, other, org.convene.revision.Revision.ItemType.NEWS, theirs)
            .get(0)
            .getId();
    refused(
        () -> revisions.list(editor, other, org.convene.revision.Revision.ItemType.NEWS, theirs));
    refused(() -> revisions.get(editor, other, revision));
    notFound(() -> revisions.get(editor, own, revision));
    notFound(
        () ->
            revisions.form(
                editor,
                own,
                revision,
                org.convene.revision.Revision.ItemType.NEWS,
                theirs,
                org.convene.news.NewsForm.class));
  }

  /**
   * Derived from the code, not hand-kept: every deployed service method that takes an actor is
   * found through the bean manager and called by someone its rule refuses — an editor of another
   * collaborative (EDITOR), an editor (ADMINISTRATOR, PLATFORM), a disabled account (all). Each is
   * refused before it runs and nothing is written. A new operation is covered the day it exists.
   */
  @Test
  void everyOperationThatTakesAnActorRefusesACallerWithoutTheRight() throws Exception {
    String own = collaborative("derived-own");
    String other = collaborative("derived-other");
    Actor editor = editorOf(own);
    Actor disabled = editorOf(collaborative("derived-off"));
    accounts.disable(SYSTEM, disabled.accountId());
    long auditBefore = data.countWhere("AuditEntry", "1 = 1");
    java.util.List<String> tried = new java.util.ArrayList<>();
    for (jakarta.enterprise.inject.spi.Bean<?> bean :
        beans.getBeans(Object.class, jakarta.enterprise.inject.Any.Literal.INSTANCE)) {
      Class<?> type = bean.getBeanClass();
      if (!type.getName().startsWith("org.convene.")
          || !type.isAnnotationPresent(jakarta.ejb.Stateless.class)) {
        continue;
      }
      Object service = jakarta.enterprise.inject.spi.CDI.current().select(type).get();
      for (java.lang.reflect.Method method : type.getMethods()) {
        Authorized authorized = method.getAnnotation(Authorized.class);
        int at = AuthorizationInterceptor.actorParameter(method);
        if (at < 0) {
          continue;
        }
        assertTrue(authorized != null, method + " takes an actor but is not @Authorized");
        Actor refused = authorized.value() == Authorized.Rule.SIGNED_IN ? disabled : editor;
        for (Actor who : List.of(refused, disabled)) {
          Object[] arguments = arguments(method, at, who, other);
          java.lang.reflect.InvocationTargetException thrown =
              assertThrows(
                  java.lang.reflect.InvocationTargetException.class,
                  () -> method.invoke(service, arguments),
                  method + " ran for " + who);
          assertTrue(
              thrown.getCause() instanceof AccessDeniedException,
              method + " for " + who + " threw " + thrown.getCause());
        }
        tried.add(type.getSimpleName() + "." + method.getName());
      }
    }
    assertTrue(tried.size() >= 62, "only " + tried.size() + " operations found: " + tried);
    assertEquals(auditBefore, data.countWhere("AuditEntry", "1 = 1"));
  }

  /** Arguments for a refused call: the actor, the other collaborative's slug, defaults else. */
  private static Object[] arguments(
      java.lang.reflect.Method method, int actorAt, Actor actor, String slug) {
    Class<?>[] types = method.getParameterTypes();
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Class<?> t = types[i];
      arguments[i] =
          i == actorAt
              ? actor
              : t == String.class
                  ? slug
                  : t == long.class ? 1L : t == int.class ? 1 : t == boolean.class ? false : null;
    }
    return arguments;
  }

  private static void notFound(Executable action) {
    AccessChecks.notFound(action);
  }

  private static void refused(Executable action) {
    AccessChecks.refused(action);
  }

  /** Runs an action expected to be refused as invalid input; keeps its message. */
  private record InvalidInput(String message) {
    InvalidInput(Executable action) {
      this(assertThrows(org.convene.platform.InvalidInputException.class, action).getMessage());
    }
  }
}
