package org.convene.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/** Real documents for upload tests (the portal reads PDFs with PDFBox, so fakes are refused). */
public final class TestDocuments {

  private TestDocuments() {}

  /** A one-page PDF. */
  public static byte[] pdf() {
    return save(false);
  }

  /** A one-page PDF that runs JavaScript when opened. */
  public static byte[] pdfWithScript() {
    return save(true);
  }

  private static byte[] save(boolean script) {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      if (script) {
        doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hi')"));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
