package org.convene.event;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes iCalendar responses and the absolute addresses they link to. */
public final class CalendarResponses {

  private CalendarResponses() {}

  /** The language a calendar is written in: the visitor's (choice, else browser), as pages. */
  public static java.util.Locale locale(HttpServletRequest request) {
    return java.util.Locale.forLanguageTag(org.convene.platform.Language.of(request));
  }

  /** How the calendar names an online event's place, in the visitor's language. */
  public static String online(HttpServletRequest request) {
    return org.convene.platform.Pages.msg(locale(request), "format.ONLINE");
  }

  public static void send(HttpServletResponse response, String fileName, String calendar)
      throws IOException {
    write(response, "inline", fileName, calendar);
  }

  /** The same calendar as a file to save (and import once) rather than a feed to show. */
  public static void download(HttpServletResponse response, String fileName, String calendar)
      throws IOException {
    write(response, "attachment", fileName, calendar);
  }

  private static void write(
      HttpServletResponse response, String disposition, String fileName, String calendar)
      throws IOException {
    byte[] body = calendar.getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/calendar; charset=UTF-8");
    response.setHeader("Content-Disposition", disposition + "; filename=\"" + fileName + "\"");
    response.setHeader("Cache-Control", "public, max-age=300");
    response.setHeader(
        "Vary", "Accept-Language, Cookie"); // its words follow the visitor's language
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** scheme://host[:port] of this request. */
  public static String origin(HttpServletRequest request) {
    int port = request.getServerPort();
    boolean defaultPort =
        ("http".equals(request.getScheme()) && port == 80)
            || ("https".equals(request.getScheme()) && port == 443);
    return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
  }

  /** The absolute address of the current collaborative's space. */
  static String absoluteBase(HttpServletRequest request) {
    Object base = request.getAttribute("convene.tenant.base");
    return origin(request) + (base == null ? "" : base);
  }
}
