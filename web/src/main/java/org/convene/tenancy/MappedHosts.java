package org.convene.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.convene.cache.PageCache;
import org.convene.collaborative.CollaborativeService;

/**
 * The host names mapped to collaboratives, kept in memory so that an ordinary request (the
 * network's own host, static resources) costs no query. Read again after any committed write to
 * collaboratives — on this instance or, through PostgreSQL's notices, on any other of a cluster
 * ({@link PageCache#unchangedSince}) — and at the latest after {@link #TTL}, which bounds how long
 * a mapping may be out of date while the notices cannot be received.
 */
@ApplicationScoped
public class MappedHosts {

  static final Duration TTL = Duration.ofSeconds(10);
  private static final Set<String> TABLES = Set.of("collaborative");
  private static final Logger LOG = Logger.getLogger(MappedHosts.class.getName());

  @Inject private CollaborativeService collaboratives;

  @Inject private PageCache changes;

  private volatile Set<String> hosts = Set.of();
  private volatile long loadedAt = Long.MIN_VALUE;
  private volatile long loadedTick;

  public boolean isMapped(String serverName) {
    if (serverName == null) {
      return false;
    }
    return current().contains(serverName.toLowerCase(Locale.ROOT));
  }

  private Set<String> current() {
    if (stale(System.nanoTime())) {
      synchronized (this) {
        long now = System.nanoTime();
        if (stale(now)) {
          long tick = changes.tick();
          try {
            hosts = collaboratives.mappedHosts();
          } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Mapped hosts unavailable; keeping the last known set", e);
          }
          loadedTick = tick;
          loadedAt = now;
        }
      }
    }
    return hosts;
  }

  private boolean stale(long now) {
    return loadedAt == Long.MIN_VALUE
        || now - loadedAt > TTL.toNanos()
        || !changes.unchangedSince(loadedTick, TABLES);
  }
}
