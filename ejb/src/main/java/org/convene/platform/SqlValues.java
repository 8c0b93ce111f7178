package org.convene.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native query results, whichever Java type the driver chose for them. */
public final class SqlValues {

  private SqlValues() {}

  /** A {@code timestamptz} column as an instant (null stays null). */
  public static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return value instanceof Instant i ? i : null;
  }
}
