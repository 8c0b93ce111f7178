package org.convene.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.convene.collaborative.Collaborative;
import org.junit.jupiter.api.Test;

class RegistrantCsvTest {

  @Test
  void cellsASpreadsheetWouldRunAsFormulasStayText() throws Exception {
    Collaborative c = new Collaborative("icsi", "ICSI", "ICSI");
    Event e =
        new Event(
            c,
            "x",
            "X",
            Instant.parse("2026-12-01T18:00:00Z"),
            Instant.parse("2026-12-01T19:00:00Z"),
            ZoneId.of("America/Chicago"));
    Registration evil =
        new Registration(
            e, "=HYPERLINK(\"http://evil\",\"x\")", "a@example.org", "+1 Corp", "@SUM(A1)", "h");
    Registration plain = new Registration(e, "Ann O'Neil, RN", "b@example.org", "Mayo", null, "h2");
    plain.confirm();

    String csv = RegistrantCsv.write(e, List.of(evil, plain));
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))
            .getRecords();

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("Name")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
    assertThat(rows.get(0).get("Organisation")).isEqualTo("'+1 Corp");
    assertThat(rows.get(0).get("Profession")).isEqualTo("'@SUM(A1)");
    assertThat(rows.get(0).get("Status")).isEqualTo("Waitlisted");
    assertThat(rows.get(1).get("Name")).isEqualTo("Ann O'Neil, RN");
    assertThat(rows.get(1).get("Status")).isEqualTo("Confirmed");
    assertThat(RegistrantCsv.safe("-2+3")).isEqualTo("'-2+3");
    assertThat(RegistrantCsv.safe("\tx")).isEqualTo("'\tx");
  }
}
