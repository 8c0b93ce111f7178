package org.convene.cache;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.convene.platform.DatabaseMigrator;

/**
 * Time is data: a scheduled item appears when its publication comes, an event leaves "upcoming"
 * when it starts and is over when it ends, a featuring period starts and ends — with no write at
 * that moment. For each table whose rows change by the clock alone, the earliest such instant after
 * now (one index step each, V28); a cached page expires at the earliest of its tables'. The answer
 * is kept until one of those tables is written or its earliest instant passes.
 */
@ApplicationScoped
public class NextChanges {

  private static final Logger LOG = Logger.getLogger(NextChanges.class.getName());

  static final String QUERY =
      "SELECT 'event', min(published_at) FROM event WHERE published_at > now()"
          + " UNION ALL SELECT 'event', min(starts_at) FROM event WHERE starts_at > now()"
          // the end of an event running now (one to come starts first, and that start is the
          // earlier change): a month of starts at most (V27's bound on an event's length), not
          // every event to come — at 40,000 events that was a whole-table scan of 100 ms
          + " UNION ALL SELECT 'event', min(ends_at) FROM event"
          + "   WHERE starts_at > now() - interval '31 days' AND starts_at <= now()"
          + "   AND ends_at > now()"
          + " UNION ALL SELECT 'event_series', min(published_at) FROM event_series"
          + "   WHERE published_at > now()"
          + " UNION ALL SELECT 'news_item', min(published_at) FROM news_item"
          + "   WHERE published_at > now()"
          + " UNION ALL SELECT 'resource', min(published_at) FROM resource"
          + "   WHERE published_at > now()"
          + " UNION ALL SELECT 'practice', min(published_at) FROM practice"
          + "   WHERE published_at > now()"
          + " UNION ALL SELECT 'adoption', min(published_at) FROM adoption"
          + "   WHERE published_at > now()"
          + " UNION ALL SELECT 'campaign', min(published_at) FROM campaign"
          + "   WHERE published_at > now()"
          + " UNION ALL SELECT 'feature', min(starts_at) FROM feature WHERE starts_at > now()"
          + " UNION ALL SELECT 'feature', min(ends_at) FROM feature WHERE ends_at > now()"
          + " UNION ALL SELECT 'search_entry', min(visible_from) FROM search_entry"
          + "   WHERE visible_from > now()";

  /** The tables {@link #QUERY} looks at. */
  static final Set<String> TIMED =
      Set.of(
          "event",
          "event_series",
          "news_item",
          "resource",
          "practice",
          "adoption",
          "campaign",
          "feature",
          "search_entry");

  @Resource(lookup = DatabaseMigrator.DATASOURCE)
  private DataSource dataSource;

  private volatile Map<String, Instant> next;
  private volatile Instant earliest;
  private final java.util.concurrent.atomic.AtomicLong version =
      new java.util.concurrent.atomic.AtomicLong();

  /**
   * The earliest instant any of these tables changes by the clock alone (null: none scheduled, or
   * the database could not say — then the cache's own ceiling applies).
   */
  Instant next(Set<String> tables, PageCache cache) {
    boolean timed = false;
    for (String table : tables) {
      if (TIMED.contains(table)) {
        timed = true;
        break;
      }
    }
    if (!timed) {
      return null;
    }
    Map<String, Instant> known = next;
    Instant now = cache.clock.instant();
    if (known == null || (earliest != null && !now.isBefore(earliest))) {
      known = read();
      if (known == null) {
        // unknown: expire at once rather than risk missing a scheduled change
        return now;
      }
    }
    Instant soonest = null;
    for (String table : tables) {
      Instant at = known.get(table);
      if (at != null && (soonest == null || at.isBefore(soonest))) {
        soonest = at;
      }
    }
    return soonest;
  }

  /** Tables were written (null: anything may have been): read the instants again when needed. */
  void changed(Set<String> tables) {
    if (tables == null || tables.stream().anyMatch(TIMED::contains)) {
      version.incrementAndGet();
      next = null;
    }
  }

  private synchronized Map<String, Instant> read() {
    long asOf = version.get();
    Map<String, Instant> found = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(QUERY)) {
      while (rows.next()) {
        Timestamp at = rows.getTimestamp(2);
        if (at != null) {
          found.merge(rows.getString(1), at.toInstant(), (a, b) -> a.isBefore(b) ? a : b);
        }
      }
    } catch (SQLException e) {
      LOG.log(Level.FINE, "Scheduled changes not known", e);
      return null;
    }
    Map<String, Instant> read = Map.copyOf(found);
    if (version.get() == asOf) {
      // kept only if no timed table was written while it was read
      earliest = read.values().stream().min(Instant::compareTo).orElse(null);
      next = read;
    }
    return read;
  }
}
