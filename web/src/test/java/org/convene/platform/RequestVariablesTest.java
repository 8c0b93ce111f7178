package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link RequestVariables} answers a row's variable and a bundle before CDI's named beans, which
 * resolves nothing differently only while no view names a variable like a bean or a bundle.
 */
class RequestVariablesTest {

  private static final Pattern VARIABLE = Pattern.compile("\\bvar=\"([A-Za-z_][A-Za-z0-9_]*)\"");
  private static final Pattern NAMED = Pattern.compile("@Named\\(\"([A-Za-z_][A-Za-z0-9_]*)\"\\)");
  private static final Pattern NAMED_CLASS =
      Pattern.compile("@Named\\s*\\n(?:@[^\\n]*\\n)*public (?:final )?class (\\w+)");
  private static final Pattern BUNDLE = Pattern.compile("<var>(\\w+)</var>");

  private static Set<String> matches(Path root, String suffix, Pattern pattern, boolean bean)
      throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
        Matcher m = pattern.matcher(Files.readString(file));
        while (m.find()) {
          String name = m.group(1);
          names.add(bean ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name);
        }
      }
    }
    return names;
  }

  @Test
  void noRowVariableIsNamedLikeABeanOrABundle() throws IOException {
    Set<String> variables = matches(Path.of("src/main/webapp"), ".xhtml", VARIABLE, false);
    Set<String> taken = new TreeSet<>();
    taken.addAll(matches(Path.of("src/main/java"), ".java", NAMED, false));
    taken.addAll(matches(Path.of("src/main/java"), ".java", NAMED_CLASS, true));
    taken.addAll(matches(Path.of("src/main/webapp/WEB-INF"), "faces-config.xml", BUNDLE, false));

    assertThat(variables).contains("card", "e", "n");
    assertThat(taken).contains("times", "tenant", "homeBacking", "language", "msg", "ws");
    assertThat(variables).doesNotContainAnyElementsOf(taken);
  }
}
