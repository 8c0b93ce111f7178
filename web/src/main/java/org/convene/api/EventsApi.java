package org.convene.api;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
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
import org.convene.event.Event;
import org.convene.event.EventFilter;
import org.convene.event.EventFormat;
import org.convene.event.EventService;
import org.convene.event.RegistrationClosedException;
import org.convene.event.RegistrationForm;
import org.convene.event.RegistrationResult;
import org.convene.event.RegistrationService;
import org.convene.platform.AbuseLimits;
import org.convene.platform.InvalidFormException;
import org.convene.platform.NotFoundException;
import org.convene.platform.Page;

/**
 * {@code /api/v1/events}: published events of active collaboratives as JSON, and public
 * registration. Drafts and suspended collaboratives' events are never found (404), exactly like
 * unknown ids.
 */
@Path("/v1/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventsApi {

  static final int PAGE_SIZE = 50;

  @Inject private EventService events;
  @Inject private RegistrationService registrations;
  @Inject private AbuseLimits abuseLimits;
  @Context private HttpServletRequest request;

  @GET
  public Response list(
      @QueryParam("collaborative") String collaborative,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("series") String series,
      @QueryParam("format") String format,
      @QueryParam("page") String page) {
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
    int pageNumber = 1;
    if (page != null && !page.isBlank()) {
      if (page.matches("\\d{1,6}") && Integer.parseInt(page) >= 1) {
        pageNumber = Integer.parseInt(page);
      } else {
        errors.put("page", "page must be a whole number from 1.");
      }
    }
    if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
      errors.put("to", "to must not be before from.");
    }
    if (!errors.isEmpty()) {
      return invalid(errors);
    }
    Page<Event> found =
        events.network(
            new EventFilter(collaborative, eventFormat, seriesId, fromDate, toDate),
            pageNumber,
            PAGE_SIZE);
    Map<Long, Long> taken =
        events.confirmedCounts(found.items().stream().map(Event::getId).toList());
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (Event e : found.items()) {
      items.add(json(e, taken.getOrDefault(e.getId(), 0L)));
    }
    return Response.ok(
            Json.createObjectBuilder()
                .add("items", items)
                .add("page", found.number())
                .add("pageSize", found.size())
                .add("total", found.total())
                .build())
        .build();
  }

  @GET
  @Path("{id: \\d{1,18}}")
  public Response one(@PathParam("id") long id) {
    return events
        .publicEvent(id)
        .map(
            e ->
                Response.ok(
                        json(e, events.confirmedCounts(List.of(id)).getOrDefault(id, 0L)).build())
                    .build())
        .orElseGet(EventsApi::notFound);
  }

  @POST
  @Path("{id: \\d{1,18}}/registrations")
  @Consumes(MediaType.WILDCARD)
  public Response register(@PathParam("id") long id, String body) {
    JsonObject input;
    try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
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
    Optional<Duration> wait = abuseLimits.signUp(request, form.getEmail());
    if (wait.isPresent()) {
      return Response.status(429)
          .type(MediaType.APPLICATION_JSON)
          .header("Retry-After", wait.get().getSeconds())
          .entity(
              Json.createObjectBuilder()
                  .add("error", "too_many_requests")
                  .add(
                      "message",
                      "Too many sign-ups from this client or for this e-mail address;"
                          + " nothing was registered. Retry after "
                          + wait.get().getSeconds()
                          + " seconds.")
                  .build())
          .build();
    }
    try {
      RegistrationResult result = registrations.register(null, id, form);
      JsonObjectBuilder json =
          Json.createObjectBuilder()
              .add("event", result.getEventId())
              .add("status", result.getStatus().name())
              .add("existing", result.isExisting());
      if (result.getWaitlistPosition() > 0) {
        json.add("waitlistPosition", result.getWaitlistPosition());
      }
      return Response.status(Response.Status.CREATED).entity(json.build()).build();
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
            .entity(
                Json.createObjectBuilder()
                    .add("error", "registration_closed")
                    .add("message", closed.getMessage())
                    .build())
            .build();
      }
      throw e;
    }
  }

  private JsonObjectBuilder json(Event e, long taken) {
    String origin = origin();
    String page = origin + "/c/" + e.getCollaborative().getSlug() + e.getPath();
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", e.getId())
            .add(
                "collaborative",
                Json.createObjectBuilder()
                    .add("slug", e.getCollaborative().getSlug())
                    .add("name", e.getCollaborative().getName())
                    .add("shortName", e.getCollaborative().getShortName()))
            .add("title", e.getTitle())
            .add("start", e.getLocalStart().toOffsetDateTime().toString())
            .add("end", e.getLocalEnd().toOffsetDateTime().toString())
            .add("zone", e.getZoneId())
            .add("format", e.getFormat().name())
            .add("status", e.statusAt(Instant.now()).name());
    if (e.getSeries() != null) {
      json.add(
          "series",
          Json.createObjectBuilder()
              .add("id", e.getSeries().getId())
              .add("slug", e.getSeries().getSlug())
              .add("title", e.getSeries().getTitle()));
    } else {
      json.add("series", JsonValue.NULL);
    }
    if (e.getCapacity() == null) {
      json.add("capacity", JsonValue.NULL).add("seatsLeft", JsonValue.NULL);
    } else {
      json.add("capacity", e.getCapacity()).add("seatsLeft", Math.max(0, e.getCapacity() - taken));
    }
    String registration;
    if (!e.acceptsRegistrationsAt(Instant.now())) {
      registration = "CLOSED";
    } else if (e.getCapacity() != null && taken >= e.getCapacity()) {
      registration = "WAITLIST";
    } else {
      registration = "OPEN";
    }
    json.add("registration", registration);
    json.add(
        "links",
        Json.createObjectBuilder()
            .add("page", page)
            .add(
                "ics",
                origin + "/c/" + e.getCollaborative().getSlug() + "/events/" + e.getId() + ".ics")
            .add("registrations", origin + "/api/v1/events/" + e.getId() + "/registrations"));
    return json;
  }

  private String origin() {
    int port = request.getServerPort();
    boolean defaultPort =
        ("http".equals(request.getScheme()) && port == 80)
            || ("https".equals(request.getScheme()) && port == 443);
    return request.getScheme()
        + "://"
        + request.getServerName()
        + (defaultPort ? "" : ":" + port)
        + request.getContextPath();
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
    JsonObjectBuilder fields = Json.createObjectBuilder();
    errors.forEach(fields::add);
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON)
        .entity(
            Json.createObjectBuilder().add("error", "invalid_input").add("fields", fields).build())
        .build();
  }

  static Response notFound() {
    return Response.status(Response.Status.NOT_FOUND)
        .type(MediaType.APPLICATION_JSON)
        .entity(
            Json.createObjectBuilder()
                .add("error", "not_found")
                .add("message", "No published event has this id.")
                .build())
        .build();
  }
}
