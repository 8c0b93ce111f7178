package org.convene.api;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.api.Representations.ApiError;
import org.convene.api.Representations.EventJson;
import org.convene.api.Representations.EventLinks;
import org.convene.api.Representations.EventList;
import org.convene.api.Representations.PresenterJson;
import org.convene.api.Representations.RegistrationJson;
import org.convene.api.Representations.SeriesRef;
import org.convene.event.Event;
import org.convene.event.EventFilter;
import org.convene.event.EventFormat;
import org.convene.event.NetworkCalendar;
import org.convene.event.RegistrationClosedException;
import org.convene.event.RegistrationForm;
import org.convene.event.RegistrationResult;
import org.convene.event.RegistrationService;
import org.convene.platform.AbuseLimits;
import org.convene.platform.InvalidFormException;
import org.convene.platform.NotFoundException;
import org.convene.platform.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/events}: published events of active collaboratives as JSON, and public
 * registration. Drafts and suspended collaboratives' events are never found (404), exactly like
 * unknown ids.
 */
@Path("/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Published events of every collaborative, and registration.")
public class EventsApi {

  /**
   * Found once: {@code Json.create…} looks the provider up through a ServiceLoader on every call.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  static final int PAGE_SIZE = ApiSupport.PAGE_SIZE;

  @Inject private org.convene.event.PublicEvents events;

  /** The count of a filter's events, kept between requests (the same for every caller). */
  @Inject private org.convene.cache.ReadCache reads;

  @Inject private NetworkCalendar calendar;
  @Inject private RegistrationService registrations;
  @Inject private AbuseLimits abuseLimits;
  @Context private HttpServletRequest request;

  @GET
  @Operation(
      summary = "List published events",
      description =
          "Published events of active collaboratives, soonest first, 50 a page. Without from/to:"
              + " events that have not ended. Dates are read in each event's own time zone.")
  @APIResponse(
      responseCode = "200",
      description = "One page of events.",
      content = @Content(schema = @Schema(ref = "EventList")))
  @APIResponse(
      responseCode = "400",
      description = "A parameter cannot be read; each is named in fields.",
      content = @Content(schema = @Schema(ref = "Error")))
  public Response list(
      @Parameter(description = "Only this collaborative's events (its slug).", example = "icsi")
          @QueryParam("collaborative")
          String collaborative,
      @Parameter(description = "Events on or after this day (YYYY-MM-DD).", example = "2026-12-01")
          @QueryParam("from")
          String from,
      @Parameter(description = "Events on or before this day (YYYY-MM-DD).", example = "2026-12-31")
          @QueryParam("to")
          String to,
      @Parameter(description = "Only the sessions of this series (its id).", example = "42")
          @QueryParam("series")
          String series,
      @Parameter(
              description = "Only this format.",
              schema = @Schema(enumeration = {"ONLINE", "IN_PERSON", "HYBRID"}))
          @QueryParam("format")
          String format,
      @Parameter(description = "Only events on this topic (its slug).", example = "workforce")
          @QueryParam("topic")
          String topic,
      @Parameter(description = "Which page, from 1.", example = "1") @QueryParam("page")
          String page) {
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate fromDate = date(errors, "from", from);
    LocalDate toDate = date(errors, "to", to);
    Long seriesId = null;
    if (series != null && !series.isBlank()) {
      if (series.matches("\\d{1,18}")) {
        seriesId = Long.parseLong(series);
      } else {
        errors.put("series", "series must be a series id (a number).");
      }
    }
    EventFormat eventFormat = null;
    if (format != null && !format.isBlank()) {
      try {
        eventFormat = EventFormat.valueOf(format);
      } catch (IllegalArgumentException e) {
        errors.put("format", "format must be one of ONLINE, IN_PERSON, HYBRID.");
      }
    }
    int pageNumber = ApiSupport.page(errors, page);
    String topicSlug = ApiSupport.slug(errors, "topic", topic);
    if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
      errors.put("to", "to must not be before from.");
    }
    if (!errors.isEmpty()) {
      return invalid(errors);
    }
    EventFilter filter =
        new EventFilter(collaborative, eventFormat, seriesId, fromDate, toDate, topicSlug);
    long total = reads.get(List.of("events:count", filter), () -> calendar.countNetwork(filter));
    Page<Event> found = calendar.networkDetailed(filter, pageNumber, PAGE_SIZE, total);
    Map<Long, Long> taken =
        events.confirmedCounts(found.items().stream().map(Event::getId).toList());
    return ApiSupport.ok(
        new EventList(
            found.items().stream().map(e -> json(e, taken.getOrDefault(e.getId(), 0L))).toList(),
            found.number(),
            found.size(),
            found.total()));
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "One published event",
      description = "With its abstract, presenters, topics and recording link.")
  @APIResponse(
      responseCode = "200",
      description = "The event.",
      content = @Content(schema = @Schema(ref = "Event")))
  @APIResponse(
      responseCode = "404",
      description = "No published event has this id (drafts and suspended collaboratives' too).",
      content = @Content(schema = @Schema(ref = "Error")))
  public Response one(
      @Parameter(description = "The event's id.", example = "1207") @PathParam("id") String id) {
    Long eventId = ApiSupport.id(id);
    return (eventId == null ? Optional.<Event>empty() : events.publicEventDetailed(eventId))
        .map(
            e ->
                ApiSupport.ok(
                    json(e, events.confirmedCounts(List.of(eventId)).getOrDefault(eventId, 0L))))
        .orElseGet(EventsApi::notFound);
  }

  @POST
  @Path("{id}/registrations")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Register for an event",
      description =
          "Confirmed while seats are left, else waitlisted; a confirmation e-mail follows."
              + " Registering the same address again changes nothing (existing: true).")
  @APIResponse(
      responseCode = "201",
      description = "Registered (or already registered).",
      content = @Content(schema = @Schema(ref = "Registration")))
  @APIResponse(
      responseCode = "400",
      description = "The body or a field cannot be read; nothing was registered.",
      content = @Content(schema = @Schema(ref = "Error")))
  @APIResponse(
      responseCode = "404",
      description = "No published event has this id.",
      content = @Content(schema = @Schema(ref = "Error")))
  @APIResponse(
      responseCode = "409",
      description = "Registration is closed (cancelled, started or past).",
      content = @Content(schema = @Schema(ref = "Error")))
  @APIResponse(
      responseCode = "429",
      description = "Too many sign-ups from this client or for this address; see Retry-After.",
      content = @Content(schema = @Schema(ref = "Error")))
  public Response register(
      @Parameter(description = "The event's id.", example = "1207") @PathParam("id") String eventId,
      @RequestBody(
              required = true,
              content = @Content(schema = @Schema(ref = "RegistrationRequest")))
          String body) {
    Long parsed = ApiSupport.id(eventId);
    if (parsed == null) {
      return notFound();
    }
    long id = parsed;
    JsonObject input;
    try (JsonReader reader = JSON.createReader(new StringReader(body == null ? "" : body))) {
      input = reader.readObject();
    } catch (RuntimeException | StackOverflowError e) { // malformed, not an object, too deep
      return invalid(
          Map.of(
              "body",
              "Send a JSON object: {\"name\": …, \"email\": …, \"organization\": …,"
                  + " \"profession\": …}."));
    }
    RegistrationForm form =
        new RegistrationForm(
            text(input, "name"),
            text(input, "email"),
            text(input, "organization"),
            text(input, "profession"));
    // "language": "es" in the body, else the client's Accept-Language; its e-mails use it
    form.setLanguage(org.convene.platform.Language.of(request, text(input, "language")));
    Optional<Duration> wait = abuseLimits.signUp(request, form.getEmail());
    if (wait.isPresent()) {
      return Response.status(429)
          .type(MediaType.APPLICATION_JSON)
          .header("Retry-After", wait.get().getSeconds())
          .entity(
              new ApiError(
                  "too_many_requests",
                  "Too many sign-ups from this client or for this e-mail address;"
                      + " nothing was registered. Retry after "
                      + wait.get().getSeconds()
                      + " seconds.",
                  null))
          .build();
    }
    try {
      RegistrationResult result = registrations.register(null, id, form);
      return Response.status(Response.Status.CREATED)
          .type(MediaType.APPLICATION_JSON)
          .entity(
              new RegistrationJson(
                  result.getEventId(),
                  result.getStatus().name(),
                  result.isExisting(),
                  result.getWaitlistPosition() > 0 ? result.getWaitlistPosition() : null))
          .build();
    } catch (RuntimeException e) {
      Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
      if (cause instanceof InvalidFormException invalid) {
        return invalid(invalid.orderedFields());
      }
      if (cause instanceof NotFoundException) {
        return notFound();
      }
      if (cause instanceof RegistrationClosedException closed) {
        return Response.status(Response.Status.CONFLICT)
            .type(MediaType.APPLICATION_JSON)
            .entity(new ApiError("registration_closed", closed.getMessage(), null))
            .build();
      }
      throw e;
    }
  }

  private EventJson json(Event e, long taken) {
    String origin = ApiSupport.origin(request);
    String space = origin + "/c/" + e.getCollaborative().getSlug();
    Instant now = Instant.now();
    String registration;
    if (!e.acceptsRegistrationsAt(now)) {
      registration = "CLOSED";
    } else if (e.getCapacity() != null && taken >= e.getCapacity()) {
      registration = "WAITLIST";
    } else {
      registration = "OPEN";
    }
    return new EventJson(
        e.getId(),
        ApiSupport.ref(e.getCollaborative()),
        e.getTitle(),
        e.getSummary() == null ? null : org.convene.platform.RichText.plainText(e.getSummary()),
        e.getLocalStart().toOffsetDateTime().toString(),
        e.getLocalEnd().toOffsetDateTime().toString(),
        e.getZoneId(),
        e.getFormat().name(),
        e.statusAt(now).name(),
        e.getSeries() == null
            ? null
            : new SeriesRef(
                e.getSeries().getId(), e.getSeries().getSlug(), e.getSeries().getTitle()),
        e.getCapacity(),
        e.getCapacity() == null ? null : Math.max(0, e.getCapacity() - taken),
        registration,
        e.getPresenters().stream()
            .map(
                p ->
                    new PresenterJson(
                        p.getName(), p.getCredentials(), p.getRole(), p.getAffiliation()))
            .toList(),
        ApiSupport.topics(e.getTopics()),
        e.getRecordingUrl(),
        new EventLinks(
            space + e.getPath(),
            space + "/events/" + e.getId() + ".ics",
            origin + "/api/v1/events/" + e.getId() + "/registrations"));
  }

  private static String text(JsonObject input, String key) {
    JsonValue v = input.get(key);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return v.getValueType() == JsonValue.ValueType.STRING ? input.getString(key) : v.toString();
  }

  private static LocalDate date(Map<String, String> errors, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return org.convene.platform.CalendarDates.parse(value)
        .orElseGet(
            () -> {
              errors.put(field, field + " must be a date like 2026-12-01, in the years 1900–2999.");
              return null;
            });
  }

  static Response invalid(Map<String, String> errors) {
    return ApiSupport.invalid(errors);
  }

  static Response notFound() {
    return ApiSupport.notFound("No published event has this id.");
  }
}
