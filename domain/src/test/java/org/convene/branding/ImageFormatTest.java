package org.convene.branding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageFormatTest {

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
  static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16};
  static final byte[] WEBP = {'R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'E', 'B', 'P', 'V', 'P'};

  @Test
  void recognisesPngJpegAndWebpByTheirBytes() {
    assertThat(ImageFormat.detect(PNG)).contains(ImageFormat.PNG);
    assertThat(ImageFormat.detect(JPEG)).contains(ImageFormat.JPEG);
    assertThat(ImageFormat.detect(WEBP)).contains(ImageFormat.WEBP);
  }

  @Test
  void htmlIsNotAnImageWhateverItIsCalled() {
    byte[] html = "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
    assertThat(ImageFormat.detect(html)).isEmpty();
  }

  @Test
  void svgIsRefused() {
    byte[] svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(ImageFormat.detect(svg)).isEmpty();
  }

  @Test
  void truncatedOrEmptyContentIsNothing() {
    assertThat(ImageFormat.detect(new byte[0])).isEmpty();
    assertThat(ImageFormat.detect(null)).isEmpty();
    assertThat(ImageFormat.detect(new byte[] {(byte) 0x89, 'P', 'N'})).isEmpty();
    assertThat(ImageFormat.detect(new byte[] {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'A', 'V', 'E'}))
        .isEmpty();
  }
}
