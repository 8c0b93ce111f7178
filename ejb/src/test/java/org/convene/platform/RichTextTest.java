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
}
