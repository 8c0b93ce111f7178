package org.convene.event;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The document formats accepted as event materials, recognised by their content, never by the file
 * name: PDF by its {@code %PDF-} header; PowerPoint and Word (OOXML) by being a ZIP archive that
 * holds {@code [Content_Types].xml} and a {@code ppt/} or {@code word/} part.
 */
public enum DocumentType {
  PDF("application/pdf", "pdf", "PDF"),
  PPTX(
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "pptx",
      "PowerPoint"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word");

  private final String contentType;
  private final String extension;
  private final String label;

  DocumentType(String contentType, String extension, String label) {
    this.contentType = contentType;
    this.extension = extension;
    this.label = label;
  }

  public String getContentType() {
    return contentType;
  }

  public String getExtension() {
    return extension;
  }

  public String getLabel() {
    return label;
  }

  public static Optional<DocumentType> detect(byte[] content) {
    if (content == null || content.length < 5) {
      return Optional.empty();
    }
    if (new String(content, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
      return Optional.of(PDF);
    }
    if (content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
      return Optional.empty();
    }
    boolean contentTypes = false;
    boolean ppt = false;
    boolean word = false;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      int entries = 0;
      while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
        String name = entry.getName();
        contentTypes |= name.equals("[Content_Types].xml");
        ppt |= name.startsWith("ppt/");
        word |= name.startsWith("word/");
      }
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!contentTypes) {
      return Optional.empty();
    }
    if (ppt) {
      return Optional.of(PPTX);
    }
    return word ? Optional.of(DOCX) : Optional.empty();
  }
}
