package org.convene.mail;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.convene.branding.BrandColour;

/**
 * One e-mail's content in the recipient's language: a subject, paragraphs, details, buttons and
 * lists, every sentence taken from the {@code org.convene.mail.letters} bundle. {@link
 * MailTemplates} turns it into the HTML and plain-text bodies; services only say what to write.
 */
public final class Letter {

  /** The languages e-mails are written in; anything else gets English. */
  public static final List<String> LANGUAGES = List.of("en", "es");

  /** One part of the body. */
  public static final class Block {
    private final String kind;
    private final String text;
    private final String url;
    private final List<String[]> rows;

    Block(String kind, String text, String url, List<String[]> rows) {
      this.kind = kind;
      this.text = text;
      this.url = url;
      this.rows = rows;
    }

    /**
     * {@code p}, {@code heading}, {@code details}, {@code button}, {@code link} or {@code list}.
     */
    public String getKind() {
      return kind;
    }

    public String getText() {
      return text;
    }

    public String getUrl() {
      return url;
    }

    /** Label and value pairs (details) or single items (list). */
    public List<String[]> getRows() {
      return rows;
    }
  }

  private final Locale locale;
  private final ResourceBundle bundle;
  private final String sender;
  private final BrandColour colour;
  private final List<Block> blocks = new ArrayList<>();
  private String subject;
  private String greeting;
  private String footerKey = "footer";

  /**
   * A letter in {@code languageTag} (English when not offered) from {@code sender} (a
   * collaborative's name), in its {@code colour}.
   */
  public Letter(String languageTag, String sender, BrandColour colour) {
    this.locale = Locale.forLanguageTag(LANGUAGES.contains(languageTag) ? languageTag : "en");
    this.bundle = ResourceBundle.getBundle("org.convene.mail.letters", locale);
    this.sender = sender;
    this.colour = colour;
  }

  /** A sentence of the bundle, with its arguments. */
  public String t(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }

  public Letter subject(String key, Object... args) {
    subject = t(key, args);
    return this;
  }

  public Letter greet(String name) {
    greeting = t("greeting", name);
    return this;
  }

  /** A greeting without a name (a letter to a role, such as a collaborative's editors). */
  public Letter greetAll() {
    greeting = t("greeting.all");
    return this;
  }

  /** Why the recipient gets this e-mail, when not because they signed up (the default). */
  public Letter footer(String key) {
    footerKey = key;
    return this;
  }

  public Letter p(String key, Object... args) {
    blocks.add(new Block("p", t(key, args), null, List.of()));
    return this;
  }

  /** A paragraph already in words (for example a date). */
  public Letter text(String words) {
    blocks.add(new Block("p", words, null, List.of()));
    return this;
  }

  public Letter heading(String words) {
    blocks.add(new Block("heading", words, null, List.of()));
    return this;
  }

  /** Label/value rows; each label is a bundle key. */
  public Letter details(List<String[]> keyAndValue) {
    List<String[]> rows = new ArrayList<>();
    for (String[] row : keyAndValue) {
      rows.add(new String[] {t(row[0]), row[1]});
    }
    blocks.add(new Block("details", null, null, rows));
    return this;
  }

  /** A button (the main action) with its address written out too, for text clients. */
  public Letter button(String key, String url) {
    blocks.add(new Block("button", t(key), url, List.of()));
    return this;
  }

  /** A secondary action: a plain link with its words. */
  public Letter link(String key, String url) {
    blocks.add(new Block("link", t(key), url, List.of()));
    return this;
  }

  public Letter list(List<String> items) {
    blocks.add(new Block("list", null, null, items.stream().map(i -> new String[] {i}).toList()));
    return this;
  }

  public String getSubject() {
    return subject;
  }

  public String getGreeting() {
    return greeting;
  }

  public List<Block> getBlocks() {
    return blocks;
  }

  public String getSender() {
    return sender;
  }

  /** The colour of the header and buttons (the collaborative's, readable with its text colour). */
  public String getColour() {
    return colour.hex();
  }

  public String getTextColour() {
    return colour.textOn().hex();
  }

  /** The sender's colour as text on white (links). */
  public String getInk() {
    return colour.inkOnWhite().hex();
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  public Locale getLocale() {
    return locale;
  }

  /** The sign-off and the network's frame at the foot of every letter. */
  public String getFooter() {
    return t(footerKey, sender);
  }
}
