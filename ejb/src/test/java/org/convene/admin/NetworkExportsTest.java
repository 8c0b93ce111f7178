package org.convene.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How the collaborative export names the files it stores. */
class NetworkExportsTest {

  @Test
  void aStoredFileNameGivesItsExtensionElseTheFirstBytesDo() {
    byte[] pdf = "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII);
    assertThat(NetworkExports.extension("Slides.PPTX", new byte[] {'P', 'K', 3, 4}))
        .isEqualTo(".pptx");
    assertThat(NetworkExports.extension("no extension", pdf)).isEqualTo(".pdf");
    assertThat(NetworkExports.extension("../../evil.pdf/..", pdf)).isEqualTo(".pdf");
    assertThat(NetworkExports.extension(null, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13}))
        .isEqualTo(".png");
    assertThat(NetworkExports.extension(null, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}))
        .isEqualTo(".jpg");
    assertThat(NetworkExports.extension(null, new byte[] {1, 2})).isEqualTo(".bin");
  }

  @Test
  void personalDataIsNeverPartOfTheContent() {
    assertThat(NetworkExports.LEFT_OUT)
        .contains("registration", "registration_token", "series_cancel_token", "membership");
  }
}
