package org.convene.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.convene.api.Representations.ApiError;
import org.convene.api.Representations.CollaborativeRef;
import org.convene.api.Representations.TopicRef;
import org.convene.collaborative.Collaborative;
import org.convene.event.CalendarResponses;
import org.convene.topic.Topic;

/** What every resource of the read API shares: paging, refusals, addresses and references. */
final class ApiSupport {

  static final int PAGE_SIZE = 50;

  private ApiSupport() {}

  /** The page asked for (from 1), or a message in {@code errors}. */
  static int page(Map<String, String> errors, String page) {
    if (page == null || page.isBlank()) {
      return 1;
    }
    if (page.matches("\\d{1,6}") && Integer.parseInt(page) >= 1) {
      return Integer.parseInt(page);
    }
    errors.put("page", "page must be a whole number from 1.");
    return 1;
  }

  /**
   * The filters every list of published items takes ({@code collaborative}, {@code topic}, {@code
   * page}), read; {@code errors} says what could not be.
   */
  record ListQuery(String collaborative, String topic, int page, Map<String, String> errors) {

    static ListQuery read(String collaborative, String topic, String page) {
      Map<String, String> errors = new java.util.LinkedHashMap<>();
      return new ListQuery(
          slug(errors, "collaborative", collaborative),
          slug(errors, "topic", topic),
          ApiSupport.page(errors, page),
          errors);
    }
  }

  /** A slug filter ({@code collaborative}, {@code topic}), or a message in {@code errors}. */
  static String slug(Map<String, String> errors, String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() <= 100 && value.matches("[a-z0-9][a-z0-9-]*")) {
      return value;
    }
    errors.put(name, name + " must be a slug: lower-case letters, digits and hyphens.");
    return null;
  }

  /** An id in a path ({@code /events/12}): a positive number, else nothing is found. */
  static Long id(String value) {
    return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
  }

  static Response invalid(Map<String, String> errors) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON)
        .entity(new ApiError("invalid_input", "Some parameters cannot be read.", errors))
        .build();
  }

  static Response notFound(String message) {
    return Response.status(Response.Status.NOT_FOUND)
        .type(MediaType.APPLICATION_JSON)
        .entity(new ApiError("not_found", message, null))
        .build();
  }

  static Response ok(Object entity) {
    return Response.ok(entity, MediaType.APPLICATION_JSON).build();
  }

  /** The portal's address as this request reached it (scheme, host, port, context path). */
  static String origin(HttpServletRequest request) {
    return CalendarResponses.origin(request) + request.getContextPath();
  }

  static CollaborativeRef ref(Collaborative c) {
    return new CollaborativeRef(c.getSlug(), c.getName(), c.getShortName());
  }

  static List<TopicRef> topics(List<Topic> topics) {
    return topics.stream().map(t -> new TopicRef(t.getSlug(), t.getName())).toList();
  }
}
