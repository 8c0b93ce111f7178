package org.convene.platform;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where the database schema stands: migrated, not yet (the database was unreachable or a migration
 * failed, with the reason), as reported by the readiness check.
 */
public record SchemaStatus(boolean migrated, String detail, Instant checkedAt)
    implements Serializable {

  public static SchemaStatus pending() {
    return new SchemaStatus(false, "not migrated yet", Instant.now());
  }

  public static SchemaStatus migrated(String version) {
    return new SchemaStatus(true, "schema version " + version, Instant.now());
  }

  public static SchemaStatus failed(Throwable cause) {
    return new SchemaStatus(false, describe(cause), Instant.now());
  }

  /** The innermost message of a failure, without stack or class noise. */
  public static String describe(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
  }
}
