package org.convene.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.convene.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class AttendeeCsvTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsAZoomAttendeeReportWithItsPreambleAndSkipsThoseWhoDidNotCome() {
    String zoom =
        "\uFEFFAttendee Report\n"
            + "Report Generated:,\"12/1/2026 10:02\"\n"
            + "Topic,Webinar ID,Actual Start Time\n"
            + "Stress first aid,812 3456 7890,\"12/1/2026 9:58\"\n"
            + "\n"
            + "Attendee Details\n"
            + "Attended,User Name (Original Name),First Name,Last Name,Email,Join Time\n"
            + "Yes,José Núñez,José,Núñez,Jose@Example.org,12/1/2026 10:00\n"
            + "No,Ann Absent,Ann,Absent,ann@example.org,--\n"
            + "Yes,José again,José,Núñez,jose@example.org,12/1/2026 10:30\n"
            + "Yes,,Kim,Lee,kim@example.org,12/1/2026 10:01\n";
    AttendeeCsv.Attendees read = AttendeeCsv.read(utf8(zoom));
    assertThat(read.rows()).isEqualTo(4);
    assertThat(read.notAttended()).isEqualTo(1);
    assertThat(read.attendees())
        .containsExactly(
            new AttendeeCsv.Attendee("jose@example.org", "José Núñez"),
            new AttendeeCsv.Attendee("kim@example.org", "Kim Lee"));
  }

  @Test
  void readsUtf16AsTeamsSavesIt() {
    byte[] teams = "Full Name,Email\nAda Peer,ada@example.org\n".getBytes(StandardCharsets.UTF_16);
    assertThat(AttendeeCsv.read(teams).attendees())
        .extracting(AttendeeCsv.Attendee::email)
        .containsExactly("ada@example.org");
  }

  @Test
  void refusesAFileWithoutAnEmailColumnNamingWhatItFound() {
    assertThatThrownBy(() -> AttendeeCsv.read(utf8("Name,Phone\nAda,555\n")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("No e-mail column")
        .hasMessageContaining("Its first line is: Name, Phone");
  }

  @Test
  void refusesTextThatIsNotUtf8() {
    byte[] latin1 = "Email,Name\nj@example.org,José\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> AttendeeCsv.read(latin1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not UTF-8")
        .hasMessageContaining("CSV UTF-8");
  }

  @Test
  void refusesAMillionRowsAndOversizedOrEmptyFiles() {
    StringBuilder many = new StringBuilder("Email\n");
    for (int i = 0; i <= AttendeeCsv.MAX_ROWS; i++) {
      many.append('p').append(i).append("@x.org\n");
    }
    assertThatThrownBy(() -> AttendeeCsv.read(utf8(many.toString())))
        .hasMessageContaining("more than 50,000 rows");
    byte[] huge = new byte[AttendeeCsv.MAX_BYTES + 1];
    java.util.Arrays.fill(huge, (byte) 'a');
    assertThatThrownBy(() -> AttendeeCsv.read(huge)).hasMessageContaining("up to 5 MB");
    assertThatThrownBy(() -> AttendeeCsv.read(new byte[0])).hasMessageContaining("empty");
    assertThatThrownBy(() -> AttendeeCsv.read(utf8("Email\n")))
        .hasMessageContaining("no attendee rows");
  }
}
