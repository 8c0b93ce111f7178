package org.convene.platform;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one place rich text is made safe, on save: paragraphs, emphasis, lists, headings, quotes and
 * http(s)/mailto links survive; scripts, event handlers, styles, iframes and {@code javascript:}
 * links never do.
 */
public final class RichText {

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "strong",
              "b",
              "em",
              "i",
              "u",
              "ul",
              "ol",
              "li",
              "h2",
              "h3",
              "h4",
              "blockquote",
              "a")
          .allowUrlProtocols("https", "http", "mailto")
          .allowAttributes("href")
          .onElements("a")
          .requireRelsOnLinks("noopener", "noreferrer")
          .toFactory();

  private static final PolicyFactory NO_MARKUP = new HtmlPolicyBuilder().toFactory();
  private static final java.util.regex.Pattern BLOCK_END =
      java.util.regex.Pattern.compile("(?i)<(br|/p|/li|/h[1-6]|/blockquote)\\b[^>]*>");

  private RichText() {}

  /**
   * The words of a rich text without its markup, for descriptions read by machines (JSON-LD, feeds
   * summaries): block ends become spaces, entities are decoded, runs of white space collapse. Empty
   * for null.
   */
  public static String plainText(String html) {
    if (html == null) {
      return "";
    }
    String text = NO_MARKUP.sanitize(BLOCK_END.matcher(html).replaceAll(" "));
    return org.owasp.html.Encoding.decodeHtml(text, false).replaceAll("\\s+", " ").trim();
  }

  public static String sanitise(String html) {
    return html == null ? null : POLICY.sanitize(html).trim();
  }
}
