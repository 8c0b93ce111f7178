package org.convene.event;

import java.io.IOException;
import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.convene.text.Texts;

/**
 * Registrants as CSV (Apache Commons CSV). A cell a spreadsheet would read as a formula (starting
 * with {@code = + - @}, a tab or a carriage return) is prefixed with an apostrophe, so a name like
 * {@code =HYPERLINK(…)} stays text.
 */
public final class RegistrantCsv {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

  private RegistrantCsv() {}

  public static String write(Event event, List<Registration> registrations) {
    StringWriter out = new StringWriter();
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(
                Texts.of("csv.name"),
                Texts.of("csv.email"),
                Texts.of("csv.organisation"),
                Texts.of("csv.profession"),
                Texts.of("csv.status"),
                Texts.of("csv.registered"),
                Texts.of("csv.attended"))
            .get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (Registration r : registrations) {
        printer.printRecord(
            safe(r.getName()),
            safe(r.getEmail()),
            safe(r.getOrganization()),
            safe(r.getProfession()),
            r.getStatus().getLabel(),
            WHEN.format(r.getRequestedAt().atZone(event.getZone())),
            r.isAttended() ? "yes" : "no");
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  /** The value, made inert for spreadsheets. */
  public static String safe(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    if (first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r') {
      return "'" + value;
    }
    return value;
  }
}
