package org.convene.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** {@code #{revisionTimes.format(instant)}}: "2026-11-22 14:05 UTC". */
@Named
@ApplicationScoped
public class RevisionTimes {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  public String format(Instant at) {
    return at == null ? "" : FORMAT.format(at);
  }
}
