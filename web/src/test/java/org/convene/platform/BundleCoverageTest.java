package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * No view holds words of its own: every word a visitor or an editor reads or hears (text, {@code
 * title}, {@code alt}, {@code placeholder}, {@code aria-label}, a label, a hint, a column heading,
 * a validation message, a button) comes from a message bundle. Public views use {@code msg}
 * (org.convene.messages, English and Spanish, every key in both); the workspace — editors' and
 * administrators' pages and the includes and tags only they see — uses {@code ws}
 * (org.convene.workspace, English only, by decision). Words in an element that names its own {@code
 * lang} (the language switch's "Español") are meant as written.
 */
class BundleCoverageTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");

  /** The views only editors and administrators see. */
  static boolean workspace(String view) {
    return view.startsWith("manage/")
        || view.startsWith("admin/")
        || WORKSPACE_PARTS.contains(view);
  }

  private static final Set<String> WORKSPACE_PARTS =
      Set.of(
          "WEB-INF/includes/feature-period.xhtml",
          "WEB-INF/includes/lifecycle.xhtml",
          "WEB-INF/includes/revisions.xhtml",
          "WEB-INF/includes/workspace-nav.xhtml",
          "WEB-INF/includes/participation.xhtml",
          "WEB-INF/tags/input.xhtml",
          "WEB-INF/tags/table.xhtml",
          "WEB-INF/tags/column-filter.xhtml",
          "WEB-INF/tags/rich-text.xhtml");

  static List<String> views() throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files
          .filter(p -> p.toString().endsWith(".xhtml"))
          .map(p -> WEBAPP.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  /** Attributes whose words are read or heard, on any element. */
  private static final Set<String> READ_ATTRIBUTES =
      Set.of(
          "title",
          "alt",
          "placeholder",
          "aria-label",
          "label",
          "hint",
          "searchLabel",
          "summary",
          "converterMessage",
          "requiredMessage",
          "validatorMessage",
          "emptyMessage",
          "ariaLabel",
          "itemLabel",
          "headerText",
          "footerText",
          "currentPageReportTemplate",
          "noSelectionLabel",
          "chooseLabel",
          "uploadLabel",
          "cancelLabel",
          "invalidFileMessage",
          "invalidSizeMessage",
          "fileLimitMessage",
          "header",
          "message",
          "caption");

  /** Elements whose {@code value} is shown as written. */
  private static final Set<String> VALUE_SHOWN =
      Set.of(
          "button",
          "commandButton",
          "commandLink",
          "outputLabel",
          "outputText",
          "selectItem",
          "link");

  /** A ui:param or pass-through attribute carrying words. */
  private static final Set<String> TEXT_NAMES =
      Set.of("pageTitle", "aria-label", "title", "placeholder");

  private static final Pattern EXPRESSION = Pattern.compile("#\\{[^}]*}");
  private static final Pattern KEY =
      Pattern.compile("\\b(msg|ws)(?:\\['([^']+)'\\]|\\.([A-Za-z0-9]+))");
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

  @Test
  void noViewHoldsTextOutsideTheBundles() throws Exception {
    List<String> found = new ArrayList<>();
    for (String view : views()) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document doc = factory.newDocumentBuilder().parse(WEBAPP.resolve(view).toFile());
      collect(doc.getDocumentElement(), view, found);
    }
    assertThat(found).as("words in views that are not from the bundles").isEmpty();
  }

  private static void collect(Element element, String view, List<String> found) {
    String name = element.getLocalName();
    if ("script".equals(name)
        || "style".equals(name)
        || element.hasAttribute("lang") && !"html".equals(name)) {
      return;
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Node a = attributes.item(i);
      String attribute = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
      boolean read =
          READ_ATTRIBUTES.contains(attribute)
              || "value".equals(attribute)
                  && (VALUE_SHOWN.contains(name)
                      || ("param".equals(name) || "passThroughAttribute".equals(name))
                          && TEXT_NAMES.contains(element.getAttribute("name"))
                      || "input".equals(name) && "submit".equals(element.getAttribute("type")));
      if (read && hasWords(a.getNodeValue())) {
        found.add(view + ": <" + name + " " + attribute + "=\"" + a.getNodeValue() + "\">");
      }
    }
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child instanceof Element e) {
        collect(e, view, found);
      } else if (child.getNodeType() == Node.TEXT_NODE && hasWords(child.getNodeValue())) {
        found.add(view + ": text \"" + child.getNodeValue().strip() + "\" in <" + name + ">");
      }
    }
  }

  private static String prefix(Element e) {
    return e.getPrefix() == null ? "" : e.getPrefix();
  }

  /**
   * A quoted literal inside an expression that reads as words: a phrase ('Add a topic') or a
   * capitalised word ('Draft'). Identifiers ('page', 'CONFIRMED') and punctuation (' · ') pass.
   */
  private static final Pattern LITERAL = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");

  private static final Pattern PHRASE =
      Pattern.compile("(?s).*\\p{L}{2,}.*\\s.*|.*\\s.*\\p{L}{2,}.*|\\p{Lu}\\p{Ll}+");

  private static boolean phraseIn(String expression) {
    Matcher literals = LITERAL.matcher(expression);
    while (literals.find()) {
      if (PHRASE.matcher(literals.group(1)).matches()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasWords(String text) {
    if (text == null) {
      return false;
    }
    Matcher expressions = EXPRESSION.matcher(text);
    while (expressions.find()) {
      if (phraseIn(expressions.group())) {
        return true;
      }
    }
    return WORD.matcher(EXPRESSION.matcher(text).replaceAll("")).find();
  }

  @Test
  void everyKeyAViewUsesIsInItsBundle() throws Exception {
    Properties english = bundle("org/convene/messages.properties");
    Properties spanish = bundle("org/convene/messages_es.properties");
    Properties work = bundle("org/convene/workspace.properties");
    Set<String> missing = new TreeSet<>();
    Set<String> usedWork = new TreeSet<>();
    for (String view : views()) {
      Matcher m = KEY.matcher(Files.readString(WEBAPP.resolve(view)));
      while (m.find()) {
        String key = m.group(2) != null ? m.group(2) : m.group(3);
        if (key.endsWith(".")) {
          continue; // a key built from a value (format., partner.): checked below
        }
        if ("ws".equals(m.group(1))) {
          usedWork.add(key);
          if (!workspace(view)) {
            missing.add(view + " is public but uses the workspace's " + key);
          } else if (!work.containsKey(key)) {
            missing.add("workspace: " + key);
          }
          continue;
        }
        if (!english.containsKey(key)) {
          missing.add("en: " + key);
        }
        if (!spanish.containsKey(key)) {
          missing.add("es: " + key);
        }
      }
    }
    for (Path file : javaFiles()) {
      Matcher m = JAVA_KEY.matcher(Files.readString(file));
      while (m.find()) {
        if (m.group(2).endsWith(".")) {
          continue; // a key built from a value ("format." + the format): checked with the views
        }
        if ("ws".equals(m.group(1))) {
          usedWork.add(m.group(2));
          if (!work.containsKey(m.group(2))) {
            missing.add("workspace (" + file.getFileName() + "): " + m.group(2));
          }
        } else {
          for (Properties language : List.of(english, spanish)) {
            if (!language.containsKey(m.group(2))) {
              missing.add(
                  (language == english ? "en" : "es")
                      + " ("
                      + file.getFileName()
                      + "): "
                      + m.group(2));
            }
          }
        }
      }
    }
    assertThat(missing).isEmpty();
    assertThat(spanish.stringPropertyNames())
        .as("the Spanish bundle has every English key and no other")
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    assertThat(work.stringPropertyNames())
        .as("workspace keys no view uses")
        .containsExactlyInAnyOrderElementsOf(usedWork);
  }

  /** A key the Java code reads: Pages.ws("…"), Pages.msg("…") or Pages.msg(locale, "…"). */
  private static final Pattern JAVA_KEY =
      Pattern.compile("Pages\\.(ws|msg)\\(\\s*(?:[\\w.]+,\\s*)?\"([^\"]+)\"");

  /** The calls that show a sentence to the person using the page. */
  private static final Pattern SINK =
      Pattern.compile("Pages\\.(?:info|say|error|perform)\\(|(?<![\\w.])perform\\(");

  private static final Pattern JAVA_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  @Test
  void noPageMessageIsWrittenInTheCode() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path file : javaFiles()) {
      String source = Files.readString(file);
      Matcher sink = SINK.matcher(source);
      while (sink.find()) {
        int depth = 0;
        int end = sink.end();
        boolean quoted = false;
        for (; end < source.length(); end++) {
          char c = source.charAt(end);
          if (quoted) {
            if (c == '\\') {
              end++;
            } else if (c == '"') {
              quoted = false;
            }
          } else if (c == '"') {
            quoted = true;
          } else if (c == '(') {
            depth++;
          } else if (c == ')' && depth-- == 0) {
            break;
          }
        }
        Matcher literal = JAVA_LITERAL.matcher(source.substring(sink.end(), end));
        while (literal.find()) {
          if (PHRASE.matcher(literal.group(1)).matches()) {
            found.add(file.getFileName() + ": " + literal.group());
          }
        }
      }
    }
    assertThat(found).as("page messages written in the code instead of a bundle").isEmpty();
  }

  private static List<Path> javaFiles() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      return files.filter(p -> p.toString().endsWith(".java")).toList();
    }
  }

  private static Properties bundle(String path) throws Exception {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(Path.of("src/main/resources", path));
        java.io.Reader reader =
            new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
      p.load(reader);
    }
    return p;
  }
}
