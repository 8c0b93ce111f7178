package org.convene.campaign;

import java.io.Serializable;

/**
 * One of a member's items as a campaign shows or offers it: its kind ({@code EVENT}, {@code
 * SERIES}, {@code NEWS}, {@code RESOURCE}, {@code PRACTICE}), id, title, a line about it and its
 * address from the network's root.
 */
public record CampaignItem(String type, long id, String title, String detail, String path)
    implements Serializable {

  /** The kinds a campaign can hold. */
  public static final java.util.List<String> TYPES =
      java.util.List.of("EVENT", "SERIES", "NEWS", "RESOURCE", "PRACTICE");

  /** "Event", "Series", "News", "Resource", "Practice". */
  public String typeLabel() {
    return type.charAt(0) + type.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  /** The value a form posts for it ("EVENT:12"). */
  public String key() {
    return type + ":" + id;
  }
}
