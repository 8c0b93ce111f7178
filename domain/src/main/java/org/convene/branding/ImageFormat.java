package org.convene.branding;

import java.util.Arrays;
import java.util.Optional;

/**
 * The raster formats accepted for logos and photos, recognised by their content (magic bytes),
 * never by file name. SVG is not among them: it can carry script.
 */
public enum ImageFormat {
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg"),
  WEBP("image/webp", "webp");

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private final String contentType;
  private final String extension;

  ImageFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  /** The format the bytes really are, or empty when they are none of the accepted ones. */
  public static Optional<ImageFormat> detect(byte[] content) {
    if (content == null) {
      return Optional.empty();
    }
    if (startsWith(content, PNG_SIGNATURE)) {
      return Optional.of(PNG);
    }
    if (content.length >= 3
        && (content[0] & 0xff) == 0xff
        && (content[1] & 0xff) == 0xd8
        && (content[2] & 0xff) == 0xff) {
      return Optional.of(JPEG);
    }
    if (content.length >= 12
        && startsWith(content, new byte[] {'R', 'I', 'F', 'F'})
        && Arrays.equals(Arrays.copyOfRange(content, 8, 12), new byte[] {'W', 'E', 'B', 'P'})) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length
        && Arrays.equals(Arrays.copyOfRange(content, 0, prefix.length), prefix);
  }
}
