package org.convene.platform;

/**
 * Where an item of a collaborative stands for its editors — a draft (never or no longer published),
 * published, or archived — as a workspace table's filter: each names its JPQL condition over an
 * item with {@code publishedAt} and {@code archivedAt}.
 */
public enum EditorialState {
  DRAFT("Draft"),
  PUBLISHED("Published"),
  ARCHIVED("Archived");

  private final String label;

  EditorialState(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }

  /** The condition (with a leading {@code " AND "}) on the item {@code alias}; empty for null. */
  public static String condition(EditorialState state, String alias) {
    if (state == null) {
      return "";
    }
    return switch (state) {
      case DRAFT -> " AND " + alias + ".publishedAt IS NULL AND " + alias + ".archivedAt IS NULL";
      case PUBLISHED ->
          " AND " + alias + ".publishedAt IS NOT NULL AND " + alias + ".archivedAt IS NULL";
      case ARCHIVED -> " AND " + alias + ".archivedAt IS NOT NULL";
    };
  }

  /** The state of an item published at {@code publishedAt} and archived at {@code archivedAt}. */
  public static EditorialState of(Object publishedAt, Object archivedAt) {
    if (archivedAt != null) {
      return ARCHIVED;
    }
    return publishedAt == null ? DRAFT : PUBLISHED;
  }
}
