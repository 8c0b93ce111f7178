package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.convene.text.Texts;
import org.junit.jupiter.api.Test;

/**
 * What services tell editors (a refused input, a form's field messages, a stale edit, why a file
 * was not taken) is written in the bundle {@code org.convene.texts}, not in the code: no call that
 * carries such a message is given a sentence of its own, every key the code names is in the bundle,
 * and the bundle holds no key nobody uses.
 */
class ServiceTextsTest {

  private static final List<Path> SOURCES =
      List.of(Path.of("src/main/java"), Path.of("../domain/src/main/java"));
  private static final Path BUNDLE =
      Path.of("../domain/src/main/resources/org/convene/texts.properties");

  /** The calls whose arguments reach an editor as a message. */
  private static final Pattern SINK =
      Pattern.compile(
          "new (?:InvalidInputException|InvalidFormException|RegistrationClosedException"
              + "|ConcurrentEditException)\\(|\\berrors\\.put(?:IfAbsent)?\\(|(?<![\\w.])refused\\("
              + "|\\brequireVersion\\(|\\bflush\\(em,|\\brequired\\(errors"
              + "|\\brichText\\(\\s*errors|(?<![\\w.])maxLength\\(");

  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** A sentence or a capitalised word, not a field name ("startsOn") or a key ("link.x"). */
  private static final Pattern WORDS =
      Pattern.compile("(?s).*\\p{L}{2,}.*\\s.*|.*\\s.*\\p{L}{2,}.*|\\p{Lu}\\p{Ll}+.*");

  private static final Pattern KEY = Pattern.compile("Texts\\.of\\(\\s*\"([^\"]+)\"");

  @Test
  void noMessageIsWrittenInTheCode() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path file : javaFiles()) {
      String source = Files.readString(file);
      Matcher sink = SINK.matcher(source);
      while (sink.find()) {
        String call = arguments(source, sink.end());
        Matcher literal = LITERAL.matcher(call);
        while (literal.find()) {
          if (WORDS.matcher(literal.group(1)).matches()) {
            found.add(file.getFileName() + ": " + literal.group());
          }
        }
      }
    }
    assertThat(found).as("messages written in the code instead of the bundle").isEmpty();
  }

  @Test
  void everyKeyIsInTheBundleAndEveryPatternReads() throws IOException {
    Properties bundle = new Properties();
    try (Reader in = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
      bundle.load(in);
    }
    Set<String> used = new TreeSet<>();
    for (Path file : javaFiles()) {
      Matcher key = KEY.matcher(Files.readString(file));
      while (key.find()) {
        used.add(key.group(1));
      }
    }
    assertThat(used).as("keys the code names").isNotEmpty();
    assertThat(bundle.stringPropertyNames())
        .as("the bundle's keys are exactly the ones the code names")
        .containsExactlyInAnyOrderElementsOf(used);
    for (String key : used) {
      assertThat(Texts.has(key)).as(key).isTrue();
      new MessageFormat(bundle.getProperty(key)); // a broken pattern throws here
    }
  }

  @Test
  void argumentsFillTheirPlaces() {
    assertThat(Texts.of("link.relatedAlready", "Care Guide"))
        .isEqualTo("“Care Guide” is related already.");
    assertThat(Texts.of("itemLifecycle.notTakenPlace", "Visit", 1L))
        .contains("1 person is registered");
    assertThat(Texts.of("itemLifecycle.notTakenPlace", "Visit", 2_000L))
        .contains("2,000 people are");
    assertThat(Texts.of("topic.anotherTopicAlreadyUses", "equity")).endsWith("equity.");
    assertThat(Texts.of("attendeeCsv.tooManyRows", 50_000))
        .startsWith("The file has more than 50,000 rows");
    assertThat(Texts.of("topic.enterTopicSName")).isEqualTo("Enter the topic's name.");
  }

  private static List<Path> javaFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : SOURCES) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".java"))
            .filter(p -> !p.toString().contains("/demo/"))
            .forEach(files::add);
      }
    }
    return files;
  }

  /** The text of a call's arguments, from just after its "(" to the matching ")". */
  private static String arguments(String source, int from) {
    int depth = 0;
    boolean quoted = false;
    for (int i = from; i < source.length(); i++) {
      char c = source.charAt(i);
      if (quoted) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          return source.substring(from, i);
        }
        depth--;
      }
    }
    return source.substring(from);
  }
}
