package org.convene.testing;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Events and registrations in the test database, and the mail the portal sent about them. */
public final class EventFixtures {

  private EventFixtures() {}

  /** A published, scheduled, open online event of {@code slug}; returns its id. */
  public static long insertEvent(
      String slug, String title, Instant start, Duration length, String zone, Integer capacity)
      throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement q =
            c.prepareStatement(
                "INSERT INTO event (collaborative_id, slug, title, abstract, starts_at, ends_at,"
                    + " zone_id, format, join_url, capacity, registration_open, status,"
                    + " published_at, created_at, updated_at) SELECT id, ?, ?, 'About it', ?, ?,"
                    + " ?, 'ONLINE', 'https://zoom.example.org/j/secret-join', ?, TRUE,"
                    + " 'SCHEDULED', now() - interval '1 minute', now(), now()"
                    + " FROM collaborative WHERE slug = ? RETURNING id")) {
      q.setString(1, title.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
      q.setString(2, title);
      q.setTimestamp(3, Timestamp.from(start));
      q.setTimestamp(4, Timestamp.from(start.plus(length)));
      q.setString(5, zone);
      q.setObject(6, capacity);
      q.setString(7, slug);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** A sign-up through the read API's registration endpoint of {@code portal}. */
  public static java.net.http.HttpRequest signUp(
      Portal portal, long event, String name, String email) {
    return signUp(portal.uri("/"), event, name, email);
  }

  /** {@link #signUp(Portal, long, String, String)} through the portal at {@code base}. */
  public static java.net.http.HttpRequest signUp(
      java.net.URI base, long event, String name, String email) {
    return java.net.http.HttpRequest.newBuilder(
            base.resolve("/api/v1/events/" + event + "/registrations"))
        .header("Content-Type", "application/json")
        .POST(
            java.net.http.HttpRequest.BodyPublishers.ofString(
                "{\"name\":\""
                    + name
                    + "\",\"email\":\""
                    + email
                    + "\",\"organization\":\"Clinic\",\"profession\":\"Nurse\"}"))
        .build();
  }

  /**
   * Sends every request at the same instant (one thread each, released together) and returns the
   * answers in the requests' order.
   */
  public static List<java.net.http.HttpResponse<String>> allAtOnce(
      List<java.net.http.HttpRequest> requests) throws Exception {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(requests.size());
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    try {
      List<java.util.concurrent.Future<java.net.http.HttpResponse<String>>> answers =
          new ArrayList<>();
      for (java.net.http.HttpRequest request : requests) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
                }));
      }
      start.countDown();
      List<java.net.http.HttpResponse<String>> responses = new ArrayList<>();
      for (java.util.concurrent.Future<java.net.http.HttpResponse<String>> answer : answers) {
        responses.add(answer.get());
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }

  public static long count(String sql, Object... parameters) throws SQLException {
    return Long.parseLong(TestDatabase.queryString(sql, parameters));
  }

  /** Registrations of an event with this status. */
  public static long registrations(long eventId, String status) throws SQLException {
    return count(
        "SELECT count(*) FROM registration WHERE event_id = ? AND status = ?", eventId, status);
  }

  /** Messages GreenMail holds for {@code address}, waiting up to {@code timeout} for {@code n}. */
  public static List<MimeMessage> mailTo(Portal portal, String address, int n, Duration timeout)
      throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    List<MimeMessage> found;
    do {
      found = new ArrayList<>();
      for (MimeMessage m : portal.mail().getReceivedMessages()) {
        if (Arrays.stream(m.getRecipients(Message.RecipientType.TO))
            .anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
          found.add(m);
        }
      }
      if (found.size() >= n) {
        return found;
      }
      Thread.sleep(200);
    } while (Instant.now().isBefore(deadline));
    return found;
  }

  /** The plain-text body of a message (the first text part, however deep). */
  public static String text(MimeMessage message) throws Exception {
    return part(message.getContent(), "text/plain");
  }

  /** The HTML body of a message (its alternative to the text), or "" when it has none. */
  public static String html(MimeMessage message) throws Exception {
    return part(message.getContent(), "text/html");
  }

  private static String part(Object content, String type) throws Exception {
    if (content instanceof String s) {
      return "text/plain".equals(type) ? s : "";
    }
    Multipart multipart = (Multipart) content;
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if (part.isMimeType(type) && part.getFileName() == null) {
        return (String) part.getContent();
      }
      if (part.getContent() instanceof Multipart inner) {
        String found = part(inner, type);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return "";
  }

  /** The {@code invite.ics} attachment, or null. */
  public static String calendarAttachment(MimeMessage message) throws Exception {
    if (!(message.getContent() instanceof Multipart multipart)) {
      return null;
    }
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if ("invite.ics".equals(part.getFileName())) {
        try (InputStream in = part.getInputStream()) {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          in.transferTo(out);
          return out.toString(StandardCharsets.UTF_8);
        }
      }
    }
    return null;
  }

  private static final Pattern CANCEL_LINK =
      Pattern.compile("https?://\\S+/registrations/cancel\\?token=[A-Za-z0-9_-]+");

  /** The personal cancel link in a message's text. */
  public static String cancelLink(MimeMessage message) throws Exception {
    Matcher m = CANCEL_LINK.matcher(text(message));
    if (!m.find()) {
      throw new AssertionError("No cancel link in: " + text(message));
    }
    return m.group();
  }
}
