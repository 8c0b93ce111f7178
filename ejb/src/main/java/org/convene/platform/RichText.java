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

  private RichText() {}

  public static String sanitise(String html) {
    return html == null ? null : POLICY.sanitize(html).trim();
  }
}
