package org.convene.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the read API answers, as records serialised by JSON-B: the same types give the responses
 * and, through their annotations, the schemas of the OpenAPI document, so the two cannot drift
 * apart. Every property is always present ({@code null} where there is no value).
 */
public final class Representations {

  private Representations() {}

  @JsonbNillable
  @Schema(name = "CollaborativeRef", description = "The collaborative that publishes an item.")
  public record CollaborativeRef(
      @Schema(description = "Its address in the portal, /c/{slug}.", example = "icsi") String slug,
      @Schema(example = "Institute for Clinical Systems Improvement") String name,
      @Schema(nullable = true, description = "Null in search results.", example = "ICSI")
          String shortName) {}

  @JsonbNillable
  @Schema(name = "TopicRef", description = "A topic an item is on.")
  public record TopicRef(
      @Schema(example = "clinician-well-being") String slug,
      @Schema(example = "Clinician well-being") String name) {}

  @JsonbNillable
  @Schema(name = "SeriesRef", description = "The series an event is a session of.")
  public record SeriesRef(
      @Schema(example = "42") long id,
      @Schema(example = "mental-health-playbook") String slug,
      @Schema(example = "Mental Health Playbook") String title) {}

  @JsonbNillable
  @Schema(name = "Presenter", description = "A person presenting at an event.")
  public record PresenterJson(
      @Schema(example = "Dr. Jane Doe") String name,
      @Schema(nullable = true, example = "MD, MPH") String credentials,
      @Schema(nullable = true, example = "Chief Wellness Officer") String role,
      @Schema(nullable = true, example = "Hennepin Healthcare") String affiliation) {}

  @JsonbNillable
  @Schema(name = "EventLinks")
  public record EventLinks(
      @Schema(description = "The event's public page.") String page,
      @Schema(description = "The event as an iCalendar file.") String ics,
      @Schema(description = "POST a registration here.") String registrations) {}

  @JsonbNillable
  @Schema(name = "Event", description = "A published event (webinar, meeting) of a collaborative.")
  public record EventJson(
      @Schema(example = "1207") long id,
      CollaborativeRef collaborative,
      @Schema(example = "Peer support huddles for nurses") String title,
      @JsonbProperty("abstract")
          @Schema(
              name = "abstract",
              nullable = true,
              description = "What the event is about, as plain text.")
          String summary,
      @Schema(
              description = "Start with the organiser's UTC offset (ISO 8601).",
              example = "2027-02-03T12:15-06:00")
          String start,
      @Schema(
              description = "End with the organiser's UTC offset.",
              example = "2027-02-03T13:00-06:00")
          String end,
      @Schema(description = "The organiser's time zone (IANA).", example = "America/Chicago")
          String zone,
      @Schema(enumeration = {"ONLINE", "IN_PERSON", "HYBRID"}) String format,
      @Schema(
              enumeration = {"SCHEDULED", "CANCELLED", "COMPLETED"},
              description = "COMPLETED once the event has ended.")
          String status,
      @Schema(nullable = true) SeriesRef series,
      @Schema(nullable = true, description = "Seats in all; null when unlimited.", example = "100")
          Integer capacity,
      @Schema(nullable = true, description = "Seats not yet taken; null when unlimited.")
          Long seatsLeft,
      @Schema(
              enumeration = {"OPEN", "WAITLIST", "CLOSED"},
              description = "Whether a registration now would be confirmed, waitlisted or refused.")
          String registration,
      List<PresenterJson> presenters,
      List<TopicRef> topics,
      @Schema(nullable = true, description = "The recording, once published.") String recordingUrl,
      EventLinks links) {}

  @JsonbNillable
  @Schema(name = "EventList", description = "One page of events.")
  public record EventList(
      List<EventJson> items,
      @Schema(example = "1") int page,
      @Schema(example = "50") int pageSize,
      @Schema(example = "132") long total) {}

  @JsonbNillable
  @Schema(name = "Registration", description = "The outcome of a registration.")
  public record RegistrationJson(
      @Schema(description = "The event's id.") long event,
      @Schema(enumeration = {"CONFIRMED", "WAITLISTED"}) String status,
      @Schema(description = "True when this address was already registered: nothing changed.")
          boolean existing,
      @Schema(nullable = true, description = "Place on the waitlist, from 1.")
          Integer waitlistPosition) {}

  @Schema(name = "RegistrationRequest", description = "Who registers.")
  public record RegistrationRequest(
      @Schema(required = true, example = "Ana Ruiz") String name,
      @Schema(required = true, example = "ana.ruiz@example.org") String email,
      @Schema(example = "North Clinic") String organization,
      @Schema(example = "Nurse") String profession) {}

  @JsonbNillable
  @Schema(name = "Error", description = "Why a request was refused; nothing was changed.")
  public record ApiError(
      @Schema(
              enumeration = {
                "invalid_input",
                "not_found",
                "too_many_requests",
                "registration_closed"
              })
          String error,
      @Schema(nullable = true) String message,
      @Schema(
              nullable = true,
              type = SchemaType.OBJECT,
              description = "For invalid_input: each refused field and what is wrong with it.",
              example = "{\"from\": \"from must be a date like 2026-12-01\"}")
          java.util.Map<String, String> fields) {}

  @JsonbNillable
  @Schema(name = "CollaborativeLinks")
  public record CollaborativeLinks(
      @Schema(description = "Its space in the portal.") String page,
      @Schema(nullable = true) String logo,
      @Schema(description = "Its news as an Atom feed.") String newsFeed,
      @Schema(description = "Its upcoming events as an Atom feed.") String eventsFeed,
      @Schema(description = "Its events as an iCalendar feed.") String calendar) {}

  /** {@code states}: the US states it serves, as two-letter codes ("MN"). */
  @JsonbNillable
  @Schema(
      name = "Collaborative",
      description = "A member collaborative of the network; states: the US states it serves.")
  public record CollaborativeJson(
      @Schema(example = "icsi") String slug,
      @Schema(example = "Institute for Clinical Systems Improvement") String name,
      @Schema(example = "ICSI") String shortName,
      @Schema(nullable = true) String tagline,
      @Schema(nullable = true, description = "Where it works, in words.", example = "Minnesota")
          String region,
      List<String> states,
      CollaborativeLinks links) {}

  @JsonbNillable
  @Schema(name = "CollaborativeList", description = "One page of collaboratives, by name.")
  public record CollaborativeList(
      List<CollaborativeJson> items, int page, int pageSize, long total) {}

  @JsonbNillable
  @Schema(name = "Series", description = "A published series of sessions.")
  public record SeriesJson(
      long id,
      @Schema(example = "mental-health-playbook") String slug,
      String title,
      @Schema(nullable = true, description = "Plain text.") String description,
      @Schema(nullable = true, example = "Bi-weekly, Wednesdays at noon") String cadence,
      @Schema(example = "RUNNING") String status,
      CollaborativeRef collaborative,
      List<TopicRef> topics,
      @Schema(description = "The series' page.") String page,
      @Schema(description = "Its sessions as an iCalendar feed.") String calendar) {}

  @JsonbNillable
  @Schema(name = "SeriesList", description = "One page of series, latest first.")
  public record SeriesList(List<SeriesJson> items, int page, int pageSize, long total) {}

  @JsonbNillable
  @Schema(name = "NewsItem", description = "A published news item or press release.")
  public record NewsJson(
      long id,
      String slug,
      @Schema(example = "PRESS_RELEASE") String kind,
      String title,
      @Schema(nullable = true) String summary,
      @Schema(description = "Its date (ISO 8601).", example = "2026-10-05") String dated,
      @Schema(nullable = true, description = "Where it was published, when elsewhere.")
          String externalUrl,
      CollaborativeRef collaborative,
      List<TopicRef> topics,
      @Schema(description = "Its page (or the external address).") String page) {}

  @JsonbNillable
  @Schema(name = "NewsList", description = "One page of news, latest first.")
  public record NewsList(List<NewsJson> items, int page, int pageSize, long total) {}

  @JsonbNillable
  @Schema(name = "Resource", description = "A curated resource: a link or a document.")
  public record ResourceJson(
      long id,
      String title,
      @Schema(nullable = true) String summary,
      @Schema(example = "TOOLKIT") String kind,
      @Schema(nullable = true, example = "Clinicians") String audience,
      @Schema(description = "Where it is opened: the link, or the document's download.") String url,
      @Schema(description = "True for an uploaded document.") boolean file,
      CollaborativeRef collaborative,
      List<TopicRef> topics) {}

  @JsonbNillable
  @Schema(name = "ResourceList", description = "One page of resources.")
  public record ResourceList(List<ResourceJson> items, int page, int pageSize, long total) {}

  @JsonbNillable
  @Schema(name = "Topic", description = "A topic the network's items are on.")
  public record TopicJson(
      String slug,
      String name,
      @Schema(nullable = true) String description,
      @Schema(nullable = true, example = "Mental Health Awareness Month") String observance,
      @Schema(description = "Its page.") String page,
      @Schema(description = "Everything on it as an Atom feed.") String feed,
      @Schema(description = "Its events as an iCalendar feed.") String calendar) {}

  @JsonbNillable
  @Schema(name = "TopicList", description = "Every topic, by name.")
  public record TopicList(List<TopicJson> items, long total) {}

  @JsonbNillable
  @Schema(name = "SearchHit", description = "A found item.")
  public record SearchHitJson(
      @Schema(
              enumeration = {
                "EVENT",
                "SERIES",
                "NEWS",
                "RESOURCE",
                "PRACTICE",
                "FINDING",
                "PRESENTER",
                "COLLABORATIVE"
              })
          String kind,
      long id,
      String title,
      @Schema(nullable = true) CollaborativeRef collaborative,
      @Schema(nullable = true, description = "Its date (events: start).") String at,
      @Schema(
              nullable = true,
              enumeration = {"ONLINE", "IN_PERSON", "HYBRID"})
          String format,
      @Schema(
              description =
                  "Where the words matched, as HTML: text escaped, matched words in <mark>.")
          String snippetHtml,
      @Schema(nullable = true, description = "Its topics' names.") String topics,
      @Schema(description = "Its page.") String url) {}

  @JsonbNillable
  @Schema(name = "FacetCount", description = "A facet value and how many results have it.")
  public record FacetCount(
      @Schema(example = "EVENT") String value,
      @Schema(example = "Event") String label,
      @Schema(example = "12") long count) {}

  @JsonbNillable
  @Schema(
      name = "Facets",
      description = "Counts per value of each facet, among the results of the query and facets.")
  public record Facets(
      List<FacetCount> kind,
      List<FacetCount> collaborative,
      List<FacetCount> topic,
      List<FacetCount> when,
      List<FacetCount> year,
      List<FacetCount> format) {}

  @JsonbNillable
  @Schema(name = "SearchResults", description = "One page of search results with facet counts.")
  public record SearchJson(
      @Schema(example = "peer support") String q,
      @Schema(enumeration = {"relevance", "date"}) String sort,
      List<SearchHitJson> items,
      int page,
      int pageSize,
      long total,
      Facets facets) {}
}
