package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

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
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The views offered in Spanish hold no words of their own: every word a visitor reads or hears
 * (text, {@code title}, {@code alt}, {@code placeholder}, {@code aria-label}) comes from the
 * message bundles, and every key they use is in both languages. Words in an element that names its
 * own {@code lang} (the language switch's "Español") are meant as written.
 */
class BundleCoverageTest {

  /** The views translated so far; a view added here is held to the rule. */
  static final List<String> TRANSLATED =
      List.of(
          "WEB-INF/templates/layout.xhtml",
          "WEB-INF/views/collaborative/event.xhtml",
          "WEB-INF/includes/registration-form.xhtml",
          "WEB-INF/includes/registration-outcome.xhtml",
          "WEB-INF/includes/related-list.xhtml",
          "registrations/cancel.xhtml",
          "index.xhtml",
          "collaboratives.xhtml",
          "events.xhtml",
          "WEB-INF/views/collaborative/home.xhtml",
          "WEB-INF/views/collaborative/events.xhtml",
          "WEB-INF/views/collaborative/series.xhtml",
          "WEB-INF/views/collaborative/news.xhtml",
          "WEB-INF/views/collaborative/news-item.xhtml",
          "WEB-INF/views/collaborative/resources.xhtml",
          "WEB-INF/views/collaborative/practices.xhtml",
          "WEB-INF/views/collaborative/practice.xhtml",
          "WEB-INF/includes/event-row.xhtml",
          "WEB-INF/includes/news-row.xhtml",
          "WEB-INF/includes/resource-item.xhtml",
          "WEB-INF/includes/collaborative-card.xhtml",
          "topics.xhtml",
          "WEB-INF/views/topic.xhtml",
          "campaigns.xhtml",
          "WEB-INF/views/campaign.xhtml",
          "findings.xhtml",
          "WEB-INF/views/presenter.xhtml",
          "WEB-INF/includes/findings-list.xhtml",
          "WEB-INF/includes/lineage-node.xhtml",
          "search.xhtml",
          "WEB-INF/includes/month-grid.xhtml");

  private static final Set<String> READ_ATTRIBUTES =
      Set.of("title", "alt", "placeholder", "aria-label", "label", "value");

  private static final Pattern EXPRESSION = Pattern.compile("#\\{[^}]*}");
  private static final Pattern KEY = Pattern.compile("msg(?:\\['([^']+)'\\]|\\.([A-Za-z0-9]+))");
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

  private static final Path WEBAPP = Path.of("src/main/webapp");

  @Test
  void translatedViewsHoldNoTextOutsideTheBundles() throws Exception {
    List<String> found = new ArrayList<>();
    for (String view : TRANSLATED) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document doc = factory.newDocumentBuilder().parse(WEBAPP.resolve(view).toFile());
      collect(doc.getDocumentElement(), view, found);
    }
    assertThat(found).as("words in translated views that are not from the bundles").isEmpty();
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
              && (!"value".equals(attribute)
                  || "button".equals(name)
                  || "f".equals(prefix(element)))
              && !("value".equals(attribute) && "param".equals(name));
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

  /** A quoted literal of two or more words inside an expression ('Upcoming events'). */
  private static final Pattern PHRASE = Pattern.compile("'[^']*\\p{L}{2,}\\s+\\p{L}{2,}[^']*'");

  private static boolean hasWords(String text) {
    if (text == null) {
      return false;
    }
    Matcher expressions = EXPRESSION.matcher(text);
    while (expressions.find()) {
      if (PHRASE.matcher(expressions.group()).find()) {
        return true;
      }
    }
    return WORD.matcher(EXPRESSION.matcher(text).replaceAll("")).find();
  }

  @Test
  void everyKeyTheTranslatedViewsUseIsInBothLanguages() throws Exception {
    Properties english = bundle("org/convene/messages.properties");
    Properties spanish = bundle("org/convene/messages_es.properties");
    Set<String> missing = new TreeSet<>();
    for (String view : TRANSLATED) {
      Matcher m = KEY.matcher(Files.readString(WEBAPP.resolve(view)));
      while (m.find()) {
        String key = m.group(1) != null ? m.group(1) : m.group(2);
        if (key.endsWith(".")) {
          continue; // a key built from a value (format., partner.): checked below
        }
        if (!english.containsKey(key)) {
          missing.add("en: " + key);
        }
        if (!spanish.containsKey(key)) {
          missing.add("es: " + key);
        }
      }
    }
    assertThat(missing).isEmpty();
    assertThat(spanish.stringPropertyNames())
        .as("the Spanish bundle has every English key and no other")
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
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
