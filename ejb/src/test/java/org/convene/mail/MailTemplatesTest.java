package org.convene.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.convene.branding.BrandColour;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

  private static Letter confirmation(String language, String name) {
    Letter letter =
        new Letter(language, "Stratis Health", new BrandColour("#ffd400"))
            .subject("subject.confirmed", "Moral distress")
            .greet(name)
            .p("seat.confirmed", "Moral distress");
    letter.details(
        List.of(
            new String[] {"detail.when", "Tuesday, May 12, 2026"},
            new String[] {"detail.join", "https://zoom.example.org/j/1"}));
    return letter.button(
        "button.cancelSeat", "https://portal.example.org/registrations/cancel?token=abc");
  }

  @Test
  void aLetterHasAPlainTextBodyWithEveryLinkWrittenOut() {
    MailTemplates.Rendered mail = MailTemplates.render(confirmation("en", "Ada"));
    assertThat(mail.subject()).isEqualTo("You're registered: Moral distress");
    assertThat(mail.text())
        .startsWith("Hello Ada,\n\nYour seat for Moral distress is confirmed.\n\n")
        .contains("When: Tuesday, May 12, 2026\nJoin: https://zoom.example.org/j/1\n")
        .contains("Cancel my seat:\nhttps://portal.example.org/registrations/cancel?token=abc\n")
        .endsWith(
            "— Stratis Health, through the network's Convene portal. You receive this e-mail"
                + " because this address signed up.\n")
        .doesNotContain("<")
        .doesNotContain("[#");
  }

  @Test
  void theHtmlIsBrandedReadableAndNeedsNoRemoteImage() {
    MailTemplates.Rendered mail = MailTemplates.render(confirmation("en", "<b>Ada</b>"));
    assertThat(mail.html())
        .contains("<html lang=\"en\"")
        // the collaborative's yellow with black text on it (white would be unreadable)
        .contains("background:#ffd400;color:#000000;")
        .contains(
            "<a href=\"https://portal.example.org/registrations/cancel?token=abc\" style=\"display:inline-block;background:#ffd400;color:#000000;")
        .contains("Hello &lt;b&gt;Ada&lt;/b&gt;,")
        // addresses in the details are links; other values are text
        .contains("<a href=\"https://zoom.example.org/j/1\" style=\"color:")
        .contains(">Tuesday, May 12, 2026</td>")
        .doesNotContain("<b>Ada")
        .doesNotContain("<img")
        .doesNotContain(" th:");
  }

  @Test
  void aSpanishLetterIsInSpanishThroughout() {
    MailTemplates.Rendered mail = MailTemplates.render(confirmation("es", "Ana"));
    assertThat(mail.subject()).isEqualTo("Inscripción confirmada: Moral distress");
    assertThat(mail.text())
        .startsWith("Hola, Ana:\n\nSu plaza para Moral distress está confirmada.")
        .contains("Cuándo: ")
        .contains("Unirse: ")
        .contains("Cancelar mi plaza:\n");
    assertThat(mail.html()).contains("<html lang=\"es\"");
    // a language the portal does not speak falls back to English
    assertThat(MailTemplates.render(confirmation("fr", "Zoé")).subject())
        .startsWith("You're registered");
  }
}
