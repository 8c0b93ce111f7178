package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

  @Test
  void keepsParagraphsEmphasisListsAndSafeLinks() {
    String html =
        "<p>ICSI <strong>convenes</strong> <em>leaders</em>.</p><ul><li>One</li></ul>"
            + "<a href=\"https://www.icsi.org\">ICSI</a>";
    String clean = RichText.sanitise(html);
    assertThat(clean)
        .contains("<p>ICSI <strong>convenes</strong> <em>leaders</em>.</p>")
        .contains("<ul><li>One</li></ul>")
        .contains("href=\"https://www.icsi.org\"")
        .containsPattern("rel=\"(noopener noreferrer|noreferrer noopener)\"");
  }

  @Test
  void scriptsHandlersStylesIframesAndJavascriptLinksNeverSurvive() {
    String html =
        "<p onclick=\"steal()\" style=\"color:red\">Hi<script>alert(1)</script></p>"
            + "<iframe src=\"https://evil.example\"></iframe>"
            + "<a href=\"javascript:alert(1)\">click</a><img src=x onerror=alert(1)>";
    String clean = RichText.sanitise(html);
    assertThat(clean)
        .doesNotContain("script")
        .doesNotContain("onclick")
        .doesNotContain("style")
        .doesNotContain("iframe")
        .doesNotContain("javascript:")
        .doesNotContain("onerror")
        .contains("Hi")
        .contains("click");
  }

  @Test
  void nullStaysNull() {
    assertThat(RichText.sanitise(null)).isNull();
  }

  @Test
  void plainTextKeepsTheWordsApartAndDecodesEntities() {
    assertThat(
            RichText.plainText(
                "<h2>Key&nbsp;findings</h2><p>Care &amp; <em>outcomes</em></p><ul><li>one</li>"
                    + "<li>two<br>three</li></ul><script>alert(1)</script>"))
        .isEqualTo("Key\u00a0findings Care & outcomes one two three");
    assertThat(RichText.plainText(null)).isEmpty();
  }

  @Test
  void theEditorsListsBecomeBulletedAndNumberedLists() {
    // Quill 2 (PrimeFaces' p:textEditor) writes both kinds as <ol> with data-list on each item
    String quill =
        "<p>Our <strong>three</strong> aims:</p>"
            + "<ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\">"
            + "</span>Access</li><li data-list=\"bullet\"><span class=\"ql-ui\""
            + " contenteditable=\"false\"></span>Quality</li>"
            + "<li data-list=\"ordered\"><span class=\"ql-ui\" contenteditable=\"false\"></span>"
            + "Step one</li></ol><p>See <a href=\"https://nrhi.org\" target=\"_blank\">NRHI</a>.</p>";
    String clean = RichText.fromEditor(quill);
    assertThat(clean)
        .contains("<p>Our <strong>three</strong> aims:</p>")
        .contains("<ul><li>Access</li><li>Quality</li></ul><ol><li>Step one</li></ol>")
        .contains("href=\"https://nrhi.org\"")
        .doesNotContain("data-list")
        .doesNotContain("ql-ui")
        .doesNotContain("contenteditable");
    // an ordinary list (a saved text loaded into the editor, or sent without it) is untouched
    assertThat(RichText.fromEditor("<ol><li>One</li></ol><ul><li>Two</li></ul>"))
        .isEqualTo("<ol><li>One</li></ol><ul><li>Two</li></ul>");
  }

  @Test
  void anEmptyEditorIsNoText() {
    assertThat(RichText.fromEditor("<p><br></p>")).isNull();
    assertThat(RichText.fromEditor("  ")).isNull();
    assertThat(RichText.fromEditor(null)).isNull();
  }

  @Test
  void aPasteFromWordKeepsOnlyTheAllowedMarkup() {
    String word =
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><style>"
            + "p.MsoNormal{margin:0;font-family:Calibri}</style><!--[if gte mso 9]><xml>"
            + "<o:OfficeDocumentSettings/></xml><![endif]--></head><body>"
            + "<p class=\"MsoNormal\" style=\"mso-margin-top-alt:auto\"><b><span"
            + " style=\"font-size:14pt;color:#1F3864\">Peer support</span></b><o:p></o:p></p>"
            + "<p class=\"MsoListParagraph\" style=\"mso-list:l0 level1 lfo1\">"
            + "<span style=\"font-family:Symbol\">·</span> Clinicians first<o:p></o:p></p>"
            + "<p><a href=\"https://www.icsi.org/\" style=\"color:blue\">ICSI</a></p>"
            + "<script>alert(1)</script></body></html>";
    assertThat(RichText.hasActiveContent(word)).isTrue();
    String clean = RichText.fromEditor(word);
    assertThat(clean)
        .contains("<b>Peer support</b>")
        .contains("Clinicians first")
        .contains("href=\"https://www.icsi.org/\"")
        .doesNotContain("style")
        .doesNotContain("class")
        .doesNotContain("mso")
        .doesNotContain("o:p")
        .doesNotContain("Calibri")
        .doesNotContain("script")
        .doesNotContain("alert");
    assertThat(RichText.hasActiveContent("<p><strong>Plain</strong> formatting</p>")).isFalse();
  }

  @Test
  void plainTextKeepsItsParagraphsAndLineBreaksAsHtml() {
    String plain =
        "Peer support for clinicians & staff (ages < 65)\nin two parts\n\n\nA second paragraph ";
    String html = RichText.asHtml(plain);
    assertThat(html)
        .isEqualTo(
            "<p>Peer support for clinicians &amp; staff (ages &lt; 65)<br />in two parts</p>"
                + "<p>A second paragraph</p>");
    // once cleaned as every rich text is, the line break and the escaped words stay
    assertThat(RichText.fromEditor(html))
        .contains("<br />in two parts")
        .contains("(ages &lt; 65)")
        .contains("<p>A second paragraph</p>");
    assertThat(RichText.plainText(html))
        .isEqualTo(
            "Peer support for clinicians & staff (ages < 65) in two parts A second paragraph");
    // markup is left to the sanitiser as it is
    assertThat(RichText.asHtml("<p><b>Bold</b></p>")).isEqualTo("<p><b>Bold</b></p>");
    assertThat(RichText.asHtml(null)).isNull();
  }
}
