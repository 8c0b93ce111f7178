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

  /**
   * The most formatted text one field keeps, in characters of markup: a long press release is
   * 20,000; a paste far beyond this is a whole document, better attached as a material.
   */
  public static final int MAX_LENGTH = 100_000;

  /**
   * What an editor may send at most before cleaning: a paste from Word carries many times its words
   * in styling, so this is far above {@link #MAX_LENGTH}; beyond it, nothing is cleaned.
   */
  public static final int MAX_SUBMITTED = 8_000_000;

  private static final java.util.regex.Pattern QUILL_LIST =
      java.util.regex.Pattern.compile(
          "(?is)<ol\\b[^>]*>((?:(?!</?ol\\b).)*?data-list=(?:(?!</?ol\\b).)*)</ol>");
  private static final java.util.regex.Pattern LIST_ITEM =
      java.util.regex.Pattern.compile("(?is)<li\\b([^>]*)>(.*?)</li>");
  private static final java.util.regex.Pattern ACTIVE =
      java.util.regex.Pattern.compile(
          "(?is)<(script|style|iframe|object|embed|form|input)\\b|\\son[a-z]+\\s*=|javascript:");

  private RichText() {}

  /**
   * The text as the rich-text editor (Quill 2, in PrimeFaces' {@code p:textEditor}) sends it, made
   * semantic and safe: Quill writes every list as {@code <ol>} with {@code data-list="bullet"} or
   * {@code "ordered"} on each item, which becomes {@code <ul>}/{@code <ol>} runs before the usual
   * sanitising. Blank (or an empty editor's lone paragraph) is null.
   */
  public static String fromEditor(String html) {
    if (html == null) {
      return null;
    }
    java.util.regex.Matcher list = QUILL_LIST.matcher(html);
    StringBuilder out = new StringBuilder();
    while (list.find()) {
      list.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(lists(list.group(1))));
    }
    list.appendTail(out);
    String clean = sanitise(out.toString());
    return plainText(clean).isEmpty() ? null : clean;
  }

  /** Quill's list items as runs of {@code <ul>} (bullets, checks) and {@code <ol>} (numbers). */
  private static String lists(String items) {
    StringBuilder html = new StringBuilder();
    String open = null;
    java.util.regex.Matcher item = LIST_ITEM.matcher(items);
    while (item.find()) {
      String tag = item.group(1).contains("\"ordered\"") ? "ol" : "ul";
      if (!tag.equals(open)) {
        if (open != null) {
          html.append("</").append(open).append('>');
        }
        html.append('<').append(tag).append('>');
        open = tag;
      }
      html.append("<li>").append(item.group(2)).append("</li>");
    }
    if (open != null) {
      html.append("</").append(open).append('>');
    }
    return html.toString();
  }

  /**
   * Whether cleaning takes out more than formatting: scripts, styles, frames, forms, event handlers
   * or {@code javascript:} links (worth telling the editor about).
   */
  public static boolean hasActiveContent(String html) {
    return html != null && ACTIVE.matcher(html).find();
  }

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

  /**
   * A text for a rich field as HTML: text with markup as it is (cleaned by the caller), plain text
   * (from the API, an import, the demo, a form without JavaScript) as paragraphs — a blank line
   * starts a new one, a single line break stays one — so its layout survives. Null stays null.
   */
  public static String asHtml(String text) {
    if (text == null || MARKUP.matcher(text).find()) {
      return text;
    }
    StringBuilder html = new StringBuilder();
    for (String paragraph : text.strip().split("\\R\\s*\\R")) {
      if (!paragraph.isBlank()) {
        String escaped =
            paragraph.strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        html.append("<p>").append(escaped.replaceAll("\\R", "<br />")).append("</p>");
      }
    }
    return html.toString();
  }

  /** A tag (or a closing one, or a comment): the text is markup, not plain text. */
  private static final java.util.regex.Pattern MARKUP =
      java.util.regex.Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>|<!--");

  public static String sanitise(String html) {
    return html == null ? null : POLICY.sanitize(html).trim();
  }
}
