package org.convene.event;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.convene.text.Texts;

/**
 * Whether a document whose type is known ({@link DocumentType}) is safe to offer for download from
 * the portal. Word and PowerPoint files are ZIP archives: one that holds too many entries or
 * expands far beyond its size (a "zip bomb") is refused. A PDF that runs JavaScript or launches
 * programs (an {@code /OpenAction}, document or page actions, form or link scripts) is refused; it
 * is read with Apache PDFBox, which also looks inside compressed object streams where a byte scan
 * would not.
 */
public final class DocumentSafety {

  /** More entries than any real deck or document has. */
  static final int MAX_ENTRIES = 5_000;

  /** Never expand more than this, whatever the file's size. */
  static final long MAX_EXPANDED = 300L * 1024 * 1024;

  /** Office XML compresses about 10:1; 100:1 is an archive built to explode. */
  static final int MAX_RATIO = 100;

  /** Small files may always expand this far (their ratio says little). */
  static final long MIN_ALLOWANCE = 20L * 1024 * 1024;

  private static final COSName JS = COSName.getPDFName("JS");
  private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");
  private static final COSName LAUNCH = COSName.getPDFName("Launch");

  private DocumentSafety() {}

  /** Why this document is refused, in words for the editor; empty when it is acceptable. */
  public static Optional<String> problem(DocumentType type, byte[] content) {
    return type == DocumentType.PDF ? pdfProblem(content) : archiveProblem(content);
  }

  static Optional<String> archiveProblem(byte[] content) {
    long allowance = Math.min(MAX_EXPANDED, Math.max(MIN_ALLOWANCE, MAX_RATIO * content.length));
    long expanded = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          return Optional.of(Texts.of("documentSafety.fileHoldsMoreThan", MAX_ENTRIES));
        }
        int n;
        while ((n = zip.read(buffer)) > 0) {
          expanded += n;
          if (expanded > allowance) {
            return Optional.of(Texts.of("documentSafety.fileExpandsFarMore"));
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return Optional.of(Texts.of("documentSafety.fileCouldNotRead"));
    }
    return Optional.empty();
  }

  static Optional<String> pdfProblem(byte[] content) {
    try (PDDocument pdf = Loader.loadPDF(content)) {
      for (COSObjectKey key : pdf.getDocument().getXrefTable().keySet()) {
        COSObject object = pdf.getDocument().getObjectFromPool(key);
        COSBase base = object == null ? null : object.getObject();
        if (base instanceof COSDictionary dictionary && runsSomething(dictionary)) {
          return Optional.of(Texts.of("documentSafety.pdfContainsJavascriptActions"));
        }
      }
      if (runsSomething(pdf.getDocumentCatalog().getCOSObject())) {
        return Optional.of(Texts.of("documentSafety.pdfRunsActionWhen"));
      }
    } catch (InvalidPasswordException e) {
      return Optional.of(Texts.of("documentSafety.pdfProtectedPasswordSave"));
    } catch (IOException | RuntimeException e) {
      return Optional.of(Texts.of("documentSafety.pdfCouldNotRead"));
    }
    return Optional.empty();
  }

  /** A script, a JavaScript or Launch action, or additional actions (/AA) run on events. */
  private static boolean runsSomething(COSDictionary d) {
    if (d.containsKey(JS) || d.containsKey(COSName.AA)) {
      return true;
    }
    COSBase kind = d.getDictionaryObject(COSName.S);
    if (JAVASCRIPT.equals(kind) || LAUNCH.equals(kind)) {
      return true;
    }
    COSBase names = d.getDictionaryObject(COSName.NAMES);
    if (names instanceof COSDictionary nameTree && nameTree.containsKey(JAVASCRIPT)) {
      return true;
    }
    COSBase open = d.getDictionaryObject(COSName.OPEN_ACTION);
    return open instanceof COSDictionary action && runsSomething(action);
  }
}
