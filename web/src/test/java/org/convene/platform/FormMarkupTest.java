package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Forms wrap label, input and message in the house tags ({@code <k:field>}, {@code <k:input>},
 * {@code <k:richText>}) instead of repeating the markup: a view that spells a Faces field out by
 * hand again is named here, with the line.
 */
class FormMarkupTest {

  /** A Faces field written out: the field's box opened and its label given by hand. */
  private static final Pattern HAND_WRITTEN =
      Pattern.compile("<div class=\"field\">\\s*<h:outputLabel for=\"([^\"]+)\"");

  @Test
  void noViewRepeatsTheLabelInputMessageMarkup() throws IOException {
    List<String> found = new ArrayList<>();
    Path webapp = Path.of("src/main/webapp");
    try (Stream<Path> views = Files.walk(webapp)) {
      for (Path view :
          views
              .filter(p -> p.toString().endsWith(".xhtml"))
              .filter(p -> !p.startsWith(webapp.resolve("WEB-INF/tags")))
              .toList()) {
        String text = Files.readString(view);
        Matcher m = HAND_WRITTEN.matcher(text);
        while (m.find()) {
          long line = text.substring(0, m.start()).lines().count();
          found.add(webapp.relativize(view) + ":" + line + " (" + m.group(1) + ")");
        }
      }
    }
    assertThat(found).as("fields written out by hand instead of <k:field>").isEmpty();
  }

  @Test
  void theCheckRecognisesAHandWrittenField() {
    assertThat(
            HAND_WRITTEN
                .matcher(
                    "<div class=\"field\">\n  <h:outputLabel for=\"title\" value=\"Title\"/>"
                        + "<h:inputText id=\"title\"/><h:message for=\"title\"/></div>")
                .find())
        .isTrue();
    assertThat(HAND_WRITTEN.matcher("<k:field for=\"title\" label=\"Title\">").find()).isFalse();
  }
}
