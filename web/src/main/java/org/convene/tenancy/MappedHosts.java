package org.convene.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.convene.collaborative.CollaborativeService;

/**
 * The host names mapped to collaboratives, kept for a few seconds so that an ordinary request (the
 * network's own host, static resources) costs no query. A new or removed mapping is seen by every
 * instance of a cluster within {@link #TTL}.
 */
@ApplicationScoped
public class MappedHosts {

  static final Duration TTL = Duration.ofSeconds(10);
  private static final Logger LOG = Logger.getLogger(MappedHosts.class.getName());

  @Inject private CollaborativeService collaboratives;

  private volatile Set<String> hosts = Set.of();
  private volatile long loadedAt = Long.MIN_VALUE;

  public boolean isMapped(String serverName) {
    if (serverName == null) {
      return false;
    }
    return current().contains(serverName.toLowerCase(Locale.ROOT));
  }

  /** Forgets the cached set (after this instance changed a mapping). */
  public void invalidate() {
    loadedAt = Long.MIN_VALUE;
  }

  private Set<String> current() {
    long now = System.nanoTime();
    if (loadedAt == Long.MIN_VALUE || now - loadedAt > TTL.toNanos()) {
      synchronized (this) {
        if (loadedAt == Long.MIN_VALUE || now - loadedAt > TTL.toNanos()) {
          try {
            hosts = collaboratives.mappedHosts();
          } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Mapped hosts unavailable; keeping the last known set", e);
          }
          loadedAt = now;
        }
      }
    }
    return hosts;
  }
}
