package org.convene.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

  static byte[] zip(String... entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String name : entries) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void recognisesDocumentsByTheirContent() throws IOException {
    assertThat(DocumentType.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
        .contains(DocumentType.PDF);
    assertThat(DocumentType.detect(zip("[Content_Types].xml", "ppt/presentation.xml")))
        .contains(DocumentType.PPTX);
    assertThat(DocumentType.detect(zip("[Content_Types].xml", "word/document.xml")))
        .contains(DocumentType.DOCX);
  }

  @Test
  void refusesEverythingElseWhateverItIsCalled() throws IOException {
    assertThat(DocumentType.detect("<html><script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(DocumentType.detect(zip("evil.exe"))).isEmpty();
    assertThat(DocumentType.detect(zip("[Content_Types].xml", "xl/workbook.xml"))).isEmpty();
    assertThat(DocumentType.detect(new byte[] {'P', 'K', 3, 4, 0, 0})).isEmpty();
    assertThat(DocumentType.detect(new byte[0])).isEmpty();
  }
}
