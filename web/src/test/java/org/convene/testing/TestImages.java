package org.convene.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Small real images for upload tests. */
public final class TestImages {

  private TestImages() {}

  public static byte[] png() {
    return encode("png", new Color(0x1f, 0x4e, 0x8c));
  }

  public static byte[] jpeg() {
    return encode("jpg", new Color(0x6a, 0x1b, 0x4d));
  }

  /** A minimal WebP container (RIFF … WEBP VP8L), as far as content sniffing goes. */
  public static byte[] webp() {
    byte[] bytes = {
      'R',
      'I',
      'F',
      'F',
      26,
      0,
      0,
      0,
      'W',
      'E',
      'B',
      'P',
      'V',
      'P',
      '8',
      'L',
      13,
      0,
      0,
      0,
      0x2f,
      0,
      0,
      0,
      0x10,
      0x07,
      0x10,
      0x11,
      0x11,
      (byte) 0x88,
      (byte) 0x88,
      (byte) 0xfe,
      0x07,
      0
    };
    return bytes;
  }

  private static byte[] encode(String format, Color colour) {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(colour);
    g.fillRect(0, 0, 8, 8);
    g.dispose();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, format, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
