package org.convene.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.convene.account.Actor;
import org.convene.collaborative.CollaborativeService;
import org.convene.platform.InvalidFormException;
import org.convene.platform.InvalidInputException;
import org.convene.testing.Deployments;
import org.convene.testing.InContainerData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Event services inside Payara Micro with PostgreSQL: materials checked by content and size, a
 * larger capacity giving seats to those waiting, series addresses unique per collaborative, rich
 * text sanitised on save.
 */
@ExtendWith(ArquillianExtension.class)
class EventServiceIT {

  private static final Actor SYSTEM = Actor.system();

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(
        EventServiceIT.class, InContainerData.class, org.convene.testing.TestDocuments.class);
  }

  @EJB CollaborativeService collaboratives;
  @EJB EventService events;
  @EJB SeriesService seriesService;
  @EJB MaterialService materialService;
  @EJB RegistrationService registrations;

  private String collaborative() {
    String slug = InContainerData.uniqueSlug("evs");
    collaboratives.create(SYSTEM, slug, "Events " + slug, "EV");
    return slug;
  }

  private static EventForm form(String title, int capacity) {
    EventForm f = new EventForm();
    f.setTitle(title);
    f.setDate(LocalDate.now().plusDays(30));
    f.setStartTime(LocalTime.of(10, 0));
    f.setEndTime(LocalTime.of(11, 0));
    f.setCapacity(capacity);
    f.setPublished(true);
    return f;
  }

  @Test
  void materialsAreCheckedByTheirContentAndSize() {
    String slug = collaborative();
    long id = events.createEvent(SYSTEM, slug, form("Slides", 10)).getId();
    byte[] pdf = org.convene.testing.TestDocuments.pdf();

    Material m =
        materialService.addMaterialFile(SYSTEM, slug, id, "Slides", "deck (final).pdf", pdf);
    assertEquals("deck-final.pdf", m.getFileName());
    assertEquals(DocumentType.PDF, m.getFileType());
    assertArrayEquals(
        pdf,
        materialService
            .publicMaterialFile(collaboratives.getActiveBySlug(slug), m.getId())
            .orElseThrow()
            .getContent());

    InvalidInputException fake =
        assertThrows(
            InvalidInputException.class,
            () ->
                materialService.addMaterialFile(
                    SYSTEM,
                    slug,
                    id,
                    "Evil",
                    "evil.pdf",
                    "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        "This file is not a PDF, PowerPoint (.pptx) or Word (.docx) document.", fake.getMessage());
    byte[] huge = new byte[(int) Material.MAX_BYTES + 1];
    System.arraycopy(pdf, 0, huge, 0, pdf.length);
    assertTrue(
        assertThrows(
                InvalidInputException.class,
                () -> materialService.addMaterialFile(SYSTEM, slug, id, "Huge", "huge.pdf", huge))
            .getMessage()
            .contains("larger than 50 MB"));
    InvalidFormException badLink =
        assertThrows(
            InvalidFormException.class,
            () -> materialService.addMaterialLink(SYSTEM, slug, id, "Link", "javascript:alert(1)"));
    assertTrue(badLink.getFields().containsKey("materialUrl"));
    assertEquals(1, materialService.materialsForEditing(SYSTEM, slug, id).size());
  }

  @Test
  void aLargerCapacityGivesTheNewSeatsToThoseWaitingInOrder() {
    String slug = collaborative();
    Event e = events.createEvent(SYSTEM, slug, form("Small room", 1));
    for (String who : List.of("a", "b", "c")) {
      registrations.register(
          null,
          e.getId(),
          new RegistrationForm(who, who + "-" + slug + "@example.org", null, null));
    }
    EventForm bigger = EventForm.of(events.eventForEditing(SYSTEM, slug, e.getId()));
    bigger.setCapacity(2);
    events.updateEvent(SYSTEM, slug, e.getId(), bigger);

    RegistrantCounts counts = registrations.counts(SYSTEM, slug, e.getId());
    assertEquals(2, counts.getConfirmed());
    assertEquals(1, counts.getWaitlisted());
    assertEquals(
        RegistrationStatus.CONFIRMED,
        registrations.registrants(SYSTEM, slug, e.getId(), "b-", 1, 10).items().get(0).getStatus());
  }

  @Test
  void seriesAddressesAreUniqueAndRichTextIsSanitised() {
    String slug = collaborative();
    SeriesForm first = new SeriesForm();
    first.setTitle("Mental Health Support");
    first.setDescription(
        "<p>Good</p><script>alert(1)</script><img src=x onerror=alert(1)>"
            + "<a href=\"javascript:alert(1)\">x</a>");
    Series saved = seriesService.saveSeries(SYSTEM, slug, null, first);
    assertEquals("mental-health-support", saved.getSlug());
    assertEquals("<p>Good</p>x", saved.getDescription());

    SeriesForm second = new SeriesForm();
    second.setTitle("Mental health support");
    InvalidFormException taken =
        assertThrows(
            InvalidFormException.class, () -> seriesService.saveSeries(SYSTEM, slug, null, second));
    assertEquals(
        "Another series of yours already uses the address mental-health-support.",
        taken.getFields().get("slug"));
  }

  @EJB org.convene.resource.ResourceService resources;

  @Test
  void aResourceFileIsCheckedByItsContent() {
    String slug = collaborative();
    org.convene.resource.ResourceForm form = new org.convene.resource.ResourceForm();
    form.setTitle("Playbook");
    form.setKind(org.convene.resource.ResourceKind.PLAYBOOK);
    byte[] pdf = org.convene.testing.TestDocuments.pdf();
    org.convene.resource.Resource saved =
        resources.save(SYSTEM, slug, null, form, "Mental Health Playbook.pdf", pdf);
    assertEquals("mental-health-playbook.pdf", saved.getFileName());
    InvalidFormException notPdf =
        assertThrows(
            InvalidFormException.class,
            () ->
                resources.save(
                    SYSTEM,
                    slug,
                    null,
                    form,
                    "fake.pdf",
                    "<script>x</script>".getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        "This file is not a PDF, PowerPoint (.pptx) or Word (.docx) document.",
        notPdf.getFields().get("file"));
  }
}
