package org.convene.event;

import java.io.Serializable;
import java.util.Locale;

/** A material as listed on pages: a link, or a file to download (without its bytes). */
public class MaterialView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String title;
  private final String url;
  private final String fileName;
  private final DocumentType type;
  private final Long sizeBytes;

  public MaterialView(
      long id, String title, String url, String fileName, DocumentType type, Long sizeBytes) {
    this.id = id;
    this.title = title;
    this.url = url;
    this.fileName = fileName;
    this.type = type;
    this.sizeBytes = sizeBytes;
  }

  public long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getUrl() {
    return url;
  }

  public String getFileName() {
    return fileName;
  }

  public boolean isFile() {
    return url == null;
  }

  /** Where it is fetched from, inside the collaborative's space for files. */
  public String getPath() {
    return isFile() ? "/materials/" + id + "/" + fileName : url;
  }

  /** "PDF, 1.2 MB". */
  public String getDescription() {
    if (!isFile()) {
      return "Link";
    }
    double mb = sizeBytes / (1024.0 * 1024.0);
    String size =
        mb >= 1
            ? String.format(Locale.US, "%.1f MB", mb)
            : String.format(Locale.US, "%d KB", Math.max(1, sizeBytes / 1024));
    return type.getLabel() + ", " + size;
  }
}
