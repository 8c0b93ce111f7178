package org.convene.event;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.convene.platform.InvalidInputException;
import org.convene.text.Texts;

/**
 * The attendee list a webinar tool exports (Zoom, Teams, Webex, GoToWebinar): CSV in UTF-8 (with or
 * without a byte-order mark), perhaps with a few report lines above the header. The header is the
 * first line, among the first 30, with an e-mail column; rows whose "Attended" column says no are
 * people who registered in the tool but did not come. Anything else is refused with a message that
 * says what to do, and nothing is read from it.
 */
public final class AttendeeCsv {

  /** The largest file taken. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  /** The most rows taken (a webinar of 50,000 is far beyond any the network runs). */
  public static final int MAX_ROWS = 50_000;

  private static final Set<String> EMAIL_HEADERS =
      Set.of(
          "email",
          "e-mail",
          "email address",
          "e-mail address",
          "user email",
          "attendee email",
          "participant email",
          "registrant email");

  private static final Set<String> NAME_HEADERS =
      Set.of("name", "user name (original name)", "user name", "full name", "attendee name");

  /** One attendee row: the e-mail address (lower case) and the name the tool gave, if any. */
  public record Attendee(String email, String name) implements java.io.Serializable {}

  /** The attendees read (one per address, in file order) and how many rows said "not attended". */
  public record Attendees(List<Attendee> attendees, int rows, int notAttended)
      implements java.io.Serializable {}

  private AttendeeCsv() {}

  public static Attendees read(byte[] file) {
    if (file == null || file.length == 0) {
      throw refused(Texts.of("attendeeCsv.fileEmptyExportAttendee"));
    }
    if (file.length > MAX_BYTES) {
      throw refused(Texts.of("attendeeCsv.fileMbAttendeeLists", (file.length / (1024 * 1024))));
    }
    String text = decode(file);
    List<CSVRecord> records;
    try (CSVParser parser =
        CSVParser.parse(
            new StringReader(text),
            CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get())) {
      records = new ArrayList<>();
      for (CSVRecord record : parser) {
        if (records.size() > MAX_ROWS + 30) {
          throw refused(Texts.of("attendeeCsv.tooManyRows", MAX_ROWS));
        }
        records.add(record);
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw refused(Texts.of("attendeeCsv.fileCouldNotRead", e.getMessage()));
    }
    int header = -1;
    int emailColumn = -1;
    for (int i = 0; i < Math.min(30, records.size()) && header < 0; i++) {
      CSVRecord r = records.get(i);
      for (int c = 0; c < r.size(); c++) {
        if (EMAIL_HEADERS.contains(r.get(c).toLowerCase(Locale.ROOT).strip())) {
          header = i;
          emailColumn = c;
          break;
        }
      }
    }
    if (header < 0) {
      String first = records.isEmpty() ? "" : String.join(", ", records.get(0).toList());
      throw refused(
          first.isBlank()
              ? Texts.of("attendeeCsv.noEmailColumn")
              : Texts.of("attendeeCsv.noEmailColumnFirstLine", abbreviate(first, 200)));
    }
    CSVRecord head = records.get(header);
    int nameColumn = column(head, NAME_HEADERS);
    int attendedColumn = column(head, Set.of("attended"));
    int firstName = column(head, Set.of("first name"));
    int lastName = column(head, Set.of("last name"));
    Map<String, Attendee> byEmail = new LinkedHashMap<>();
    int rows = 0;
    int notAttended = 0;
    for (int i = header + 1; i < records.size(); i++) {
      CSVRecord r = records.get(i);
      if (r.size() == 1 && r.get(0).isBlank()) {
        continue;
      }
      rows++;
      if (rows > MAX_ROWS) {
        throw refused(Texts.of("attendeeCsv.tooManyRows", MAX_ROWS));
      }
      if (attendedColumn >= 0 && attendedColumn < r.size()) {
        String said = r.get(attendedColumn).toLowerCase(Locale.ROOT);
        if (said.equals("no") || said.equals("false") || said.equals("0")) {
          notAttended++;
          continue;
        }
      }
      String email = emailColumn < r.size() ? r.get(emailColumn).toLowerCase(Locale.ROOT) : "";
      String name = nameColumn >= 0 && nameColumn < r.size() ? r.get(nameColumn) : "";
      if (name.isBlank() && firstName >= 0 && firstName < r.size()) {
        name =
            (r.get(firstName) + " " + (lastName >= 0 && lastName < r.size() ? r.get(lastName) : ""))
                .strip();
      }
      byEmail.putIfAbsent(
          email.isBlank() ? "(row " + (i + 1) + ")" : email,
          new Attendee(email, abbreviate(name, 160)));
    }
    if (rows == 0) {
      throw refused(Texts.of("attendeeCsv.fileHasHeaderBut"));
    }
    return new Attendees(List.copyOf(byEmail.values()), rows, notAttended);
  }

  private static String decode(byte[] file) {
    int start =
        file.length >= 3
                && (file[0] & 0xff) == 0xEF
                && (file[1] & 0xff) == 0xBB
                && (file[2] & 0xff) == 0xBF
            ? 3
            : 0;
    if (file.length >= 2
        && (((file[0] & 0xff) == 0xFF && (file[1] & 0xff) == 0xFE)
            || ((file[0] & 0xff) == 0xFE && (file[1] & 0xff) == 0xFF))) {
      return new String(file, StandardCharsets.UTF_16);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(file, start, file.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      throw refused(Texts.of("attendeeCsv.fileNotUtf8"));
    }
  }

  private static int column(CSVRecord head, Set<String> names) {
    for (int c = 0; c < head.size(); c++) {
      if (names.contains(head.get(c).toLowerCase(Locale.ROOT).strip())) {
        return c;
      }
    }
    return -1;
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static InvalidInputException refused(String message) {
    return new InvalidInputException("attendees", message);
  }
}
