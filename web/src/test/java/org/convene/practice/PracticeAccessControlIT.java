package org.convene.practice;

import static org.convene.account.AccessChecks.notFound;
import static org.convene.account.AccessChecks.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import org.convene.account.AccessChecks;
import org.convene.account.AccountService;
import org.convene.account.Actor;
import org.convene.collaborative.CollaborativeService;
import org.convene.testing.Deployments;
import org.convene.testing.InContainerData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Practices, adoptions, key findings, campaigns, related links, partners and shared presenters
 * tried on the services directly, in the container, by an editor of another collaborative: every
 * attempt on another's practice or adoption is refused or not found and changes nothing; another's
 * draft session or library cannot be linked; adoptions are of another's published practice only and
 * never loop. (The HTTP routes are in PracticesIT and AdoptionsIT; the rule that every operation
 * taking an actor is authorised, in AccessControlIT.)
 */
@ExtendWith(ArquillianExtension.class)
class PracticeAccessControlIT {

  private static final Actor SYSTEM = Actor.system();

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(
        PracticeAccessControlIT.class, InContainerData.class, AccessChecks.class);
  }

  @EJB AccountService accounts;
  @EJB CollaborativeService collaboratives;
  @EJB org.convene.event.EventService events;
  @EJB org.convene.resource.ResourceService resources;
  @EJB PracticeService practices;
  @EJB AdoptionService adoptions;
  @EJB org.convene.finding.FindingService findings;
  @EJB org.convene.campaign.CampaignService campaigns;
  @EJB org.convene.link.LinkService links;
  @EJB org.convene.event.PresenterService presenters;

  private String collaborative(String prefix) {
    return AccessChecks.collaborative(collaboratives, prefix);
  }

  private Actor editorOf(String slug) {
    return AccessChecks.editorOf(accounts, slug);
  }

  @Test
  void anEditorCanNeitherSeeNorChangeAnotherCollaborativesPracticesNorLinkTheirDrafts() {
    String own = collaborative("practice-own");
    String other = collaborative("practice-other");
    Actor editor = editorOf(own);
    PracticeForm form = new PracticeForm();
    form.setName("Their practice");
    long theirs = practices.save(SYSTEM, other, null, form).getId();
    PracticeForm hijack = new PracticeForm();
    hijack.setName("hijacked");

    refused(() -> practices.forEditing(editor, other));
    refused(() -> practices.forEditing(editor, other, theirs));
    refused(() -> practices.sessionChoices(editor, other));
    refused(() -> practices.resourceChoices(editor, other));
    refused(() -> practices.save(editor, other, theirs, hijack));
    refused(() -> practices.save(editor, other, null, hijack));
    notFound(() -> practices.forEditing(editor, own, theirs));
    notFound(() -> practices.save(editor, own, theirs, hijack));
    assertEquals("Their practice", practices.forEditing(SYSTEM, other, theirs).getName());
    assertEquals(0, practices.forEditing(editor, own).size());

    // their unpublished session and their library cannot be linked from one's own practice
    org.convene.event.EventForm session = new org.convene.event.EventForm();
    session.setTitle("Their unannounced session");
    session.setDate(java.time.LocalDate.now().plusDays(30));
    session.setStartTime(java.time.LocalTime.NOON);
    session.setEndTime(java.time.LocalTime.of(13, 0));
    long draft = events.createEvent(SYSTEM, other, session).getId();
    org.convene.resource.ResourceForm resource = new org.convene.resource.ResourceForm();
    resource.setTitle("Their handout");
    resource.setUrl("https://other.example/handout");
    long handout = resources.save(SYSTEM, other, null, resource, null, null).getId();
    PracticeForm linking = new PracticeForm();
    linking.setName("Borrowing");
    linking.setEventIds(new Long[] {draft});
    linking.setResourceIds(new Long[] {handout});
    org.convene.platform.InvalidFormException invalid =
        assertThrows(
            org.convene.platform.InvalidFormException.class,
            () -> practices.save(editor, own, null, linking));
    assertEquals(java.util.Set.of("eventIds", "resourceIds"), invalid.orderedFields().keySet());
    assertEquals(0, practices.forEditing(editor, own).size());
  }

  @Test
  void adoptionsAreRecordedOnlyInOnesOwnSpaceOfAnothersPublishedPracticeAndNeverLoop() {
    String own = collaborative("adopt-own");
    String other = collaborative("adopt-other");
    Actor editor = editorOf(own);
    Actor theirEditor = editorOf(other);
    long theirs = publishedPractice(other, "Their practice");
    long ours = publishedPractice(own, "Our version");
    AdoptionForm form = new AdoptionForm();
    form.setPracticeId(theirs);

    // not in another's space, not one's own practice, not another's practice as one's version
    refused(() -> adoptions.forEditing(editor, other));
    refused(() -> adoptions.practiceChoices(editor, other));
    refused(() -> adoptions.save(editor, other, null, form));
    AdoptionForm ownPractice = new AdoptionForm();
    ownPractice.setPracticeId(ours);
    assertEquals(
        java.util.Set.of("practiceId"),
        assertThrows(
                org.convene.platform.InvalidFormException.class,
                () -> adoptions.save(editor, own, null, ownPractice))
            .orderedFields()
            .keySet());
    AdoptionForm borrowed = new AdoptionForm();
    borrowed.setPracticeId(theirs);
    borrowed.setAdaptationId(theirs);
    assertEquals(
        java.util.Set.of("adaptationId"),
        assertThrows(
                org.convene.platform.InvalidFormException.class,
                () -> adoptions.save(editor, own, null, borrowed))
            .orderedFields()
            .keySet());

    // recorded with our version; the originator can neither see it to edit nor change it
    form.setAdaptationId(ours);
    form.setStatus(AdoptionStatus.PILOTING);
    form.setPublished(true);
    long adoption = adoptions.save(editor, own, null, form).getId();
    notFound(() -> adoptions.forEditing(theirEditor, other, adoption));
    AdoptionForm takeover = new AdoptionForm();
    takeover.setPracticeId(ours);
    notFound(() -> adoptions.save(theirEditor, other, adoption, takeover));
    assertEquals(AdoptionStatus.PILOTING, adoptions.forEditing(editor, own, adoption).getStatus());

    // their adopting our version back, with their original as "their version", would loop
    AdoptionForm loop = new AdoptionForm();
    loop.setPracticeId(ours);
    loop.setAdaptationId(theirs);
    org.convene.platform.InvalidFormException refusedLoop =
        assertThrows(
            org.convene.platform.InvalidFormException.class,
            () -> adoptions.save(theirEditor, other, null, loop));
    assertEquals(java.util.Set.of("adaptationId"), refusedLoop.orderedFields().keySet());
    assertTrue(refusedLoop.orderedFields().get("adaptationId").contains("comes from"));
    // a stopped attempt says why
    AdoptionForm stopped = new AdoptionForm();
    stopped.setPracticeId(ours);
    stopped.setStatus(AdoptionStatus.STOPPED);
    assertEquals(
        java.util.Set.of("stoppedReason"),
        assertThrows(
                org.convene.platform.InvalidFormException.class,
                () -> adoptions.save(theirEditor, other, null, stopped))
            .orderedFields()
            .keySet());
    assertEquals(0, adoptions.forEditing(theirEditor, other).size());
  }

  @Test
  void anEditorCanNeitherAddNorChangeAnotherCollaborativesFindingsNorNameTheirDraftPractices() {
    String own = collaborative("finding-own");
    String other = collaborative("finding-other");
    Actor editor = editorOf(own);
    long theirEvent = draftEvent(other, "Their session");
    long ourEvent = draftEvent(own, "Our session");
    org.convene.finding.FindingForm form = new org.convene.finding.FindingForm();
    form.setStatement("Their finding");
    long theirs = findings.save(SYSTEM, other, theirEvent, null, null, form).getId();
    org.convene.finding.FindingForm hijack = new org.convene.finding.FindingForm();
    hijack.setStatement("hijacked");

    // not in their space; not their event or finding from one's own
    refused(() -> findings.forEditing(editor, other, theirEvent, null));
    refused(() -> findings.save(editor, other, theirEvent, null, null, hijack));
    refused(() -> findings.save(editor, other, null, null, theirs, hijack));
    refused(() -> findings.move(editor, other, theirs, true));
    refused(() -> findings.delete(editor, other, theirs, 0));
    refused(() -> findings.practiceChoices(editor, other));
    notFound(() -> findings.forEditing(editor, own, theirEvent, null));
    notFound(() -> findings.save(editor, own, theirEvent, null, null, hijack));
    notFound(() -> findings.save(editor, own, ourEvent, null, theirs, hijack));
    notFound(() -> findings.forEditing(editor, own, theirs));
    notFound(() -> findings.move(editor, own, theirs, false));
    notFound(() -> findings.delete(editor, own, theirs, 0));
    assertEquals("Their finding", findings.forEditing(SYSTEM, other, theirs).getStatement());
    assertEquals(1, findings.forEditing(SYSTEM, other, theirEvent, null).size());

    // their draft practice cannot be named; their published one can
    PracticeForm draft = new PracticeForm();
    draft.setName("Their unpublished practice");
    long theirDraft = practices.save(SYSTEM, other, null, draft).getId();
    long theirPublished = publishedPractice(other, "Their published practice");
    org.convene.finding.FindingForm naming = new org.convene.finding.FindingForm();
    naming.setStatement("Ours, naming theirs");
    naming.setPracticeIds(new Long[] {theirDraft});
    assertEquals(
        java.util.Set.of("practiceIds"),
        assertThrows(
                org.convene.platform.InvalidFormException.class,
                () -> findings.save(editor, own, ourEvent, null, null, naming))
            .orderedFields()
            .keySet());
    assertEquals(0, findings.forEditing(editor, own, ourEvent, null).size());
    naming.setPracticeIds(new Long[] {theirPublished});
    findings.save(editor, own, ourEvent, null, null, naming);
    assertEquals(
        theirPublished,
        findings.forEditing(editor, own, ourEvent, null).get(0).getPractices().get(0).getId());
    assertTrue(
        findings.practiceChoices(editor, own).stream().noneMatch(p -> p.getId() == theirDraft));
  }

  @Test
  void anEditorTakesPartInCampaignsOnlyForItsOwnCollaborativeWithItsOwnItems() {
    String own = collaborative("campaign-own");
    String other = collaborative("campaign-other");
    Actor editor = editorOf(own);
    org.convene.campaign.CampaignForm form = new org.convene.campaign.CampaignForm();
    form.setName("Open month " + own);
    form.setStartsOn(java.time.LocalDate.now().plusDays(5));
    form.setEndsOn(java.time.LocalDate.now().plusDays(35));
    refused(() -> campaigns.save(editor, null, form));
    refused(() -> campaigns.forAdministration(editor));
    form.setPublished(true);
    long open = campaigns.save(SYSTEM, null, form).getId();
    form.setName("Unpublished month " + own);
    form.setPublished(false);
    long unpublished = campaigns.save(SYSTEM, null, form).getId();
    form.setName("Past month " + own);
    form.setStartsOn(java.time.LocalDate.now().minusDays(40));
    form.setEndsOn(java.time.LocalDate.now().minusDays(10));
    form.setPublished(true);
    long past = campaigns.save(SYSTEM, null, form).getId();
    long theirPractice = publishedPractice(other, "Their practice for the month");
    long ourPractice = publishedPractice(own, "Our practice for the month");

    // not for another collaborative; not before joining; not an unpublished or ended campaign
    refused(() -> campaigns.join(editor, other, open));
    refused(() -> campaigns.leave(editor, other, open));
    refused(() -> campaigns.choose(editor, other, open, java.util.List.of()));
    refused(() -> campaigns.choices(editor, other));
    assertThrows(
        org.convene.platform.InvalidInputException.class,
        () -> campaigns.choose(editor, own, open, java.util.List.of("PRACTICE:" + ourPractice)));
    notFound(() -> campaigns.join(editor, own, unpublished));
    notFound(() -> campaigns.join(editor, own, past));
    assertTrue(campaigns.open(editor, own).stream().noneMatch(k -> k.getId() == past));
    assertTrue(campaigns.open(editor, own).stream().noneMatch(k -> k.getId() == unpublished));

    // joined: its own items only, and only well-formed choices
    campaigns.join(editor, own, open);
    notFound(
        () ->
            campaigns.choose(
                editor,
                own,
                open,
                java.util.List.of("PRACTICE:" + ourPractice, "PRACTICE:" + theirPractice)));
    assertThrows(
        org.convene.platform.InvalidInputException.class,
        () -> campaigns.choose(editor, own, open, java.util.List.of("CAMPAIGN:1")));
    assertEquals(0, campaigns.chosen(editor, own, open).size());
    assertEquals(
        1, campaigns.choose(editor, own, open, java.util.List.of("PRACTICE:" + ourPractice)));
    assertEquals(
        java.util.List.of("PRACTICE:" + ourPractice),
        campaigns.chosen(editor, own, open).stream()
            .map(org.convene.campaign.CampaignItem::key)
            .toList());
    assertTrue(campaigns.choices(editor, own).stream().noneMatch(i -> i.id() == theirPractice));
    assertEquals(
        "1 member, 1 item",
        campaigns.forAdministration(SYSTEM).stream()
            .filter(s -> s.campaign().getId() == open)
            .findFirst()
            .orElseThrow()
            .figures());
  }

  @Test
  void relatedLinksPartnersAndPresentersStayWithinWhatTheEditorMayTouch() {
    String own = collaborative("link-own");
    String other = collaborative("link-other");
    Actor editor = editorOf(own);
    long ourEvent = draftEvent(own, "Our session");
    long theirEvent = draftEvent(other, "Their session");
    long theirPractice = publishedPractice(other, "Their linked practice");
    long ourPractice = publishedPractice(own, "Our linked practice");

    // links start from one's own item only, and are removed only by whoever set them
    refused(() -> links.relate(editor, other, "PRACTICE", theirPractice, "PRACTICE", ourPractice));
    notFound(() -> links.relate(editor, own, "PRACTICE", theirPractice, "PRACTICE", ourPractice));
    notFound(() -> links.relatedForEditing(editor, own, "EVENT", theirEvent));
    links.relate(SYSTEM, other, "PRACTICE", theirPractice, "PRACTICE", ourPractice);
    long theirLink = links.related("PRACTICE", ourPractice).get(0).linkId();
    notFound(() -> links.unrelate(editor, own, theirLink));
    assertEquals(1, links.related("PRACTICE", ourPractice).size());
    // their draft cannot be the other end
    assertThrows(
        org.convene.platform.InvalidInputException.class,
        () -> links.relate(editor, own, "PRACTICE", ourPractice, "EVENT", theirEvent));

    // partners are named by the event's owner only, and never itself
    refused(
        () ->
            links.addPartner(
                editor, other, theirEvent, 1L, org.convene.link.Partner.Role.PRESENTER));
    notFound(
        () ->
            links.addPartner(
                editor,
                own,
                theirEvent,
                collaboratives.getActiveOrSuspended(own).getId(),
                org.convene.link.Partner.Role.CO_HOST));
    notFound(() -> links.removePartner(editor, own, theirEvent, 1L));
    assertThrows(
        org.convene.platform.InvalidInputException.class,
        () ->
            links.addPartner(
                editor,
                own,
                ourEvent,
                collaboratives.getActiveOrSuspended(own).getId(),
                org.convene.link.Partner.Role.PRESENTER));
    assertEquals(0, links.partnersForEditing(editor, own, ourEvent).size());

    // another collaborative's presenter can be named once they have given a published session
    org.convene.event.PresenterForm person = new org.convene.event.PresenterForm();
    person.setName("Shared Person");
    long theirPresenter = presenters.savePresenter(SYSTEM, other, null, person, null).getId();
    org.convene.event.EventForm naming = new org.convene.event.EventForm();
    naming.setTitle("Ours, with their presenter");
    naming.setDate(java.time.LocalDate.now().plusDays(40));
    naming.setStartTime(java.time.LocalTime.NOON);
    naming.setEndTime(java.time.LocalTime.of(13, 0));
    naming.setPresenterIds(new Long[] {theirPresenter});
    assertEquals(
        java.util.Set.of("presenterIds"),
        assertThrows(
                org.convene.platform.InvalidFormException.class,
                () -> events.createEvent(editor, own, naming))
            .orderedFields()
            .keySet());
    assertTrue(
        presenters.networkPresenters(editor, own).stream()
            .noneMatch(p -> p.getId() == theirPresenter));
    org.convene.event.EventForm given = new org.convene.event.EventForm();
    given.setTitle("Their published talk");
    given.setDate(java.time.LocalDate.now().minusDays(3));
    given.setStartTime(java.time.LocalTime.NOON);
    given.setEndTime(java.time.LocalTime.of(13, 0));
    given.setPresenterIds(new Long[] {theirPresenter});
    given.setPublished(true);
    events.createEvent(SYSTEM, other, given);
    assertTrue(
        presenters.networkPresenters(editor, own).stream()
            .anyMatch(p -> p.getId() == theirPresenter));
    assertEquals(
        java.util.List.of(theirPresenter),
        events.createEvent(editor, own, naming).getPresenters().stream()
            .map(p -> p.getId())
            .toList());
    // and still not edited by anyone but their own collaborative
    notFound(() -> presenters.presenterForEditing(editor, own, theirPresenter));
  }

  private long draftEvent(String slug, String title) {
    org.convene.event.EventForm session = new org.convene.event.EventForm();
    session.setTitle(title);
    session.setDate(java.time.LocalDate.now().plusDays(30));
    session.setStartTime(java.time.LocalTime.NOON);
    session.setEndTime(java.time.LocalTime.of(13, 0));
    return events.createEvent(SYSTEM, slug, session).getId();
  }

  private long publishedPractice(String slug, String name) {
    PracticeForm form = new PracticeForm();
    form.setName(name);
    form.setPublished(true);
    return practices.save(SYSTEM, slug, null, form).getId();
  }
}
