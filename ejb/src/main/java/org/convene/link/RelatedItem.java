package org.convene.link;

import java.io.Serializable;

/**
 * An item linked to another as "related", as a page shows it: the link's id (for its editor to
 * remove it), the item's kind, title, collaborative and address from the network's root.
 */
public record RelatedItem(long linkId, String type, String title, String collaborative, String path)
    implements Serializable {

  /** "Event", "Series", "News", "Resource", "Practice". */
  public String typeLabel() {
    return type.charAt(0) + type.substring(1).toLowerCase(java.util.Locale.ROOT);
  }
}
