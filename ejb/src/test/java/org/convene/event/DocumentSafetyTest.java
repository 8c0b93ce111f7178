package org.convene.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

/** Zip bombs in Office files and scripts in PDFs are refused; ordinary documents are not. */
class DocumentSafetyTest {

  private static byte[] docx(long documentBytes, int extraEntries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (long left = documentBytes; left > 0; left -= zeros.length) {
        zip.write(zeros, 0, (int) Math.min(zeros.length, left));
      }
      for (int i = 0; i < extraEntries; i++) {
        zip.putNextEntry(new ZipEntry("word/media/" + i + ".xml"));
        zip.write('x');
      }
    }
    return out.toByteArray();
  }

  @Test
  void anOrdinaryWordFileIsAccepted() throws IOException {
    byte[] file = docx(200_000, 20);
    assertThat(DocumentType.detect(file)).contains(DocumentType.DOCX);
    assertThat(DocumentSafety.problem(DocumentType.DOCX, file)).isEmpty();
  }

  @Test
  void aSmallFileThatExpandsToHundredsOfMegabytesIsRefused() throws IOException {
    byte[] bomb = docx(400L * 1024 * 1024, 0); // 400 MB of zeros: well under 1 MB compressed
    assertThat(bomb.length).isLessThan(1024 * 1024);
    assertThat(DocumentType.detect(bomb)).contains(DocumentType.DOCX);

    assertThat(DocumentSafety.problem(DocumentType.DOCX, bomb))
        .hasValueSatisfying(p -> assertThat(p).contains("expands to far more than its size"));
  }

  @Test
  void anArchiveOfTensOfThousandsOfEntriesIsRefused() throws IOException {
    byte[] many = docx(10, 6_000);
    assertThat(DocumentSafety.problem(DocumentType.PPTX, many))
        .hasValueSatisfying(p -> assertThat(p).contains("more than 5000 parts"));
  }

  private static byte[] pdf(java.util.function.Consumer<PDDocument> change) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      change.accept(doc);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out); // compressed: objects live in object streams
      return out.toByteArray();
    }
  }

  @Test
  void anOrdinaryPdfWithAWebLinkIsAccepted() throws IOException {
    byte[] file =
        pdf(
            doc -> {
              PDAnnotationLink link = new PDAnnotationLink();
              PDActionURI uri = new PDActionURI();
              uri.setURI("https://www.icsi.org/");
              link.setAction(uri);
              addAnnotation(doc, link);
            });
    assertThat(DocumentSafety.problem(DocumentType.PDF, file)).isEmpty();
  }

  @Test
  void aPdfThatRunsJavaScriptWhenOpenedIsRefused() throws IOException {
    byte[] file =
        pdf(doc -> doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)")));
    assertThat(DocumentSafety.problem(DocumentType.PDF, file))
        .hasValueSatisfying(p -> assertThat(p).contains("JavaScript"));
  }

  @Test
  void documentLevelScriptsLinkScriptsAndLaunchActionsAreRefused() throws IOException {
    byte[] named =
        pdf(
            doc -> {
              PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
              scripts.setNames(Map.of("init", new PDActionJavaScript("app.alert(2)")));
              PDDocumentNameDictionary names =
                  new PDDocumentNameDictionary(doc.getDocumentCatalog());
              names.setJavascript(scripts);
              doc.getDocumentCatalog().setNames(names);
            });
    byte[] linked =
        pdf(
            doc -> {
              PDAnnotationLink link = new PDAnnotationLink();
              link.setAction(new PDActionJavaScript("app.alert(3)"));
              addAnnotation(doc, link);
            });
    byte[] launching =
        pdf(
            doc -> {
              PDAnnotationLink link = new PDAnnotationLink();
              link.setAction(new PDActionLaunch());
              addAnnotation(doc, link);
            });
    for (byte[] file : new byte[][] {named, linked, launching}) {
      assertThat(DocumentSafety.problem(DocumentType.PDF, file)).isPresent();
    }
  }

  @Test
  void aPdfThatCannotBeReadIsRefusedWithAClearMessage() {
    byte[] broken = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
    assertThat(DocumentSafety.problem(DocumentType.PDF, broken))
        .hasValueSatisfying(p -> assertThat(p).contains("could not be read"));
  }

  private static void addAnnotation(PDDocument doc, PDAnnotationLink link) {
    try {
      doc.getPage(0).getAnnotations().add(link);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
