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
 * Practices, adoptions and key findings tried on the services directly, in the container, by an
 * editor of another collaborative: every attempt on another's practice or adoption is refused or
 * not found and changes nothing; another's draft session or library cannot be linked; adoptions are
 * of another's published practice only and never loop. (The HTTP routes are in PracticesIT and
 * AdoptionsIT; the rule that every operation taking an actor is authorised, in AccessControlIT.)
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
