package org.convene.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * {@code #{richText.safe(html)}}: rich text is sanitised on save, and once more when shown, so
 * markup that reached the database some other way (an import, a restored backup, an older version
 * of the rules) is never rendered unsafe.
 */
@Named("richText")
@ApplicationScoped
public class RichTextBean {

  public String safe(String html) {
    return RichText.sanitise(html);
  }

  /** The words of a rich text without markup (for a page's description meta tag). */
  public String plain(String html) {
    return RichText.plainText(html);
  }
}
