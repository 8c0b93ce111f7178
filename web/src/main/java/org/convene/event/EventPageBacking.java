package org.convene.event;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.convene.collaborative.Collaborative;
import org.convene.platform.Pages;
import org.convene.seo.StructuredData;
import org.convene.tenancy.CurrentCollaborative;
import org.convene.tenancy.TenantFilter;

/** An event's public page, {@code /c/{slug}/events/{id}-{slug}}, and its registration form. */
@Named
@RequestScoped
public class EventPageBacking {

  /**
   * Found once: {@code Json.create…} looks the provider up through a ServiceLoader on every call.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  @Inject private CurrentCollaborative tenant;
  @Inject private PublicEvents events;
  @Inject private EventPageContent pageContent;
  @Inject private ExternalContext external;

  private Event event;
  private List<MaterialView> materials = List.of();
  private List<org.convene.finding.FindingView> findings = List.of();
  private List<org.convene.link.RelatedItem> related = List.of();
  private List<org.convene.link.Partner> partners = List.of();
  private long[] place;
  private long taken;
  private RegistrationOutcome outcome;

  private long attended;

  @PostConstruct
  void load() {
    String item = (String) external.getRequestMap().get(TenantFilter.ITEM_ATTRIBUTE);
    event =
        item == null ? null : events.publicEvent(tenant.get(), Long.parseLong(item)).orElse(null);
    if (event == null) {
      Pages.notFound();
      return;
    }
    EventPageContent.Content content = pageContent.of(event);
    materials = content.materials();
    taken = content.taken();
    findings = content.findings();
    related = content.related();
    partners = content.partners();
    place = content.placeInSeries();
    attended = content.attended();
    outcome = RegistrationOutcome.from(external.getRequestMap());
  }

  /** People marked as attended (counted once the event has taken place). */
  public long getAttended() {
    return attended;
  }

  public boolean isFound() {
    return event != null;
  }

  /** The embedded player for the recording, when it is on a known video host; else null. */
  public String getRecordingPlayer() {
    return event == null ? null : Recordings.player(event.getRecordingUrl()).orElse(null);
  }

  public Event getEvent() {
    return event;
  }

  /** The public items related to the event, either way. */
  public List<org.convene.link.RelatedItem> getRelated() {
    return related;
  }

  /** The collaboratives presenting or co-hosting it. */
  public List<org.convene.link.Partner> getPartners() {
    return partners;
  }

  /** "The fourth of 5 sessions", or null outside a series. */
  public String getPlaceInSeries() {
    if (place == null || place[1] == 0) {
      return null;
    }
    java.util.ResourceBundle bundle = org.convene.platform.Pages.messages();
    // "The third of 13 sessions" in English; languages without ordinal words use the number
    String[] ordinals = bundle.getString("event.ordinals").split(",");
    String nth =
        place[0] <= ordinals.length && !ordinals[0].isBlank()
            ? ordinals[(int) place[0] - 1]
            : Long.toString(place[0]);
    return java.text.MessageFormat.format(bundle.getString("event.place"), nth, place[1]);
  }

  /** The event's key findings, in order. */
  public List<org.convene.finding.FindingView> getFindings() {
    return findings;
  }

  public List<MaterialView> getMaterials() {
    return materials;
  }

  public boolean isOpen() {
    return event.acceptsRegistrationsAt(Instant.now());
  }

  public boolean isUpcoming() {
    return event.isUpcomingAt(Instant.now());
  }

  public boolean isFull() {
    return event.getCapacity() != null && taken >= event.getCapacity();
  }

  public long getSeatsLeft() {
    return event.getCapacity() == null ? -1 : Math.max(0, event.getCapacity() - taken);
  }

  public RegistrationOutcome getOutcome() {
    return outcome;
  }

  public String getCalendarUrl() {
    return tenant.getBase() + "/events/" + event.getId() + ".ics";
  }

  public String getActionUrl() {
    return tenant.getBase() + event.getPath();
  }

  /**
   * schema.org {@code Event} for search engines and link previews, as JSON-LD: dates with their
   * offset, attendance mode, the place or the page as a virtual location (never the private join
   * link), status, organizer, presenters and series. Safe inside a script element ({@code </} is
   * escaped).
   */
  public String getJsonLd() {
    String page = tenant.absolute(event.getPath());
    Collaborative c = event.getCollaborative();
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("@context", "https://schema.org")
            .add("@type", "Event")
            .add("name", event.getTitle())
            .add("url", page)
            .add("startDate", event.getLocalStart().toOffsetDateTime().toString())
            .add("endDate", event.getLocalEnd().toOffsetDateTime().toString())
            .add(
                "eventStatus",
                event.isCancelled()
                    ? "https://schema.org/EventCancelled"
                    : "https://schema.org/EventScheduled")
            .add(
                "eventAttendanceMode",
                switch (event.getFormat()) {
                  case IN_PERSON -> "https://schema.org/OfflineEventAttendanceMode";
                  case HYBRID -> "https://schema.org/MixedEventAttendanceMode";
                  default -> "https://schema.org/OnlineEventAttendanceMode";
                })
            .add(
                "organizer",
                JSON.createObjectBuilder()
                    .add("@type", "Organization")
                    .add("name", c.getName())
                    .add("url", tenant.absolute("/")));
    if (event.getSummary() != null) {
      json.add("description", org.convene.platform.RichText.plainText(event.getSummary()));
    }
    JsonArrayBuilder location = JSON.createArrayBuilder();
    if (event.getFormat() != EventFormat.IN_PERSON) {
      location.add(JSON.createObjectBuilder().add("@type", "VirtualLocation").add("url", page));
    }
    if (event.getFormat() != EventFormat.ONLINE && event.getLocation() != null) {
      location.add(
          JSON.createObjectBuilder()
              .add("@type", "Place")
              .add("name", event.getLocation())
              .add("address", event.getLocation()));
    }
    json.add("location", location);
    JsonArrayBuilder performers = JSON.createArrayBuilder();
    for (Presenter p : event.getPresenters()) {
      JsonObjectBuilder person =
          JSON.createObjectBuilder().add("@type", "Person").add("name", p.getName());
      if (p.getAffiliation() != null) {
        person.add(
            "affiliation",
            JSON.createObjectBuilder()
                .add("@type", "Organization")
                .add("name", p.getAffiliation()));
      }
      performers.add(person);
    }
    json.add("performer", performers);
    if (event.getSeries() != null) {
      json.add(
          "superEvent",
          JSON.createObjectBuilder()
              .add("@type", "EventSeries")
              .add("name", event.getSeries().getTitle())
              .add("url", tenant.absolute("/series/" + event.getSeries().getSlug())));
    }
    return StructuredData.script(json);
  }

  /** Shortcut for the form: the message for one field, if the last post was refused. */
  public Map<String, String> getErrors() {
    return outcome.getErrors();
  }
}
