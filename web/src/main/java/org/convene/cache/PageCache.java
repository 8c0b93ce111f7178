package org.convene.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.convene.persistence.Tables;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Anonymous public responses kept in memory (Caffeine, bounded in bytes), each with the tables it
 * was built from ({@link Tables}). Invalidation is by generation: a render notes the clock before
 * it reads anything; a committed write of a table stamps that table with the next tick; an entry is
 * current while none of its tables was stamped after its render began. So an entry built from the
 * old state by a render that overlapped a commit is never served after the commit — with no index
 * of entries by table to keep consistent.
 *
 * <p>Writes reach it twice: at once from this instance's own transactions (after they commit,
 * before the response to the editor is sent), and from PostgreSQL's notices ({@link ChangeFeed})
 * for everything else — other instances, scheduled jobs, anyone with psql. Time passing is data
 * too: each entry expires when its tables' next scheduled change comes ({@link NextChanges}). While
 * the notices cannot be received (the database is away), what is held is served for at most {@code
 * convene.page-cache.unvalidated-seconds} (30 s by default), then not at all.
 */
@ApplicationScoped
public class PageCache {

  /**
   * No entry outlives the quarter of an hour it was built in: every time zone's midnight falls on a
   * quarter hour, so "today" (dates, observances, campaigns running) is never carried past it.
   */
  static final Duration LONGEST = Duration.ofMinutes(15);

  /** The largest response kept. */
  static final int LARGEST_ENTRY = 2 * 1024 * 1024;

  @Inject
  @ConfigProperty(name = "convene.page-cache.megabytes", defaultValue = "64")
  private long megabytes;

  @Inject
  @ConfigProperty(name = "convene.page-cache.unvalidated-seconds", defaultValue = "30")
  private long unvalidatedSeconds;

  @Inject private NextChanges nextChanges;

  private Cache<PageKey, PageEntry> entries;
  private final AtomicLong ticks = new AtomicLong(1);
  private final Map<String, Long> stamped = new ConcurrentHashMap<>();
  private volatile long everythingStamped = 0;
  private volatile Instant confirmedAt = Instant.EPOCH;
  private final AtomicLong invalidations = new AtomicLong();
  private final AtomicLong evictions = new AtomicLong();
  private final AtomicLong served = new AtomicLong();
  private final AtomicLong rendered = new AtomicLong();
  private final AtomicLong unvalidatedRefusals = new AtomicLong();
  private final Consumer<Set<String>> committed = this::invalidate;
  Clock clock = Clock.systemUTC();

  @PostConstruct
  void start() {
    entries =
        Caffeine.newBuilder()
            .maximumWeight(megabytes * 1024 * 1024)
            .weigher((PageKey key, PageEntry entry) -> entry.weight())
            .evictionListener((PageKey key, PageEntry entry, RemovalCause cause) -> evicted())
            .build();
    Tables.subscribe(committed);
  }

  @PreDestroy
  void stop() {
    Tables.unsubscribe(committed);
  }

  /** This instance (called through a CDI proxy, it returns the instance behind it). */
  PageCache self() {
    return this;
  }

  /** The tick a render starts at: the entry it makes is current until one of its tables moves. */
  public long tick() {
    return ticks.get();
  }

  /** The current entry for a key, if there is one and it can be vouched for now. */
  PageEntry find(PageKey key) {
    PageEntry entry = entries.getIfPresent(key);
    if (entry == null) {
      return null;
    }
    if (!current(entry)) {
      entries.asMap().remove(key, entry);
      return null;
    }
    if (!validated()) {
      unvalidatedRefusals.incrementAndGet();
      return null;
    }
    return entry;
  }

  /** Keeps an entry, unless a table it read has been written since its render began. */
  void keep(PageKey key, PageEntry entry) {
    if (!validated() || !current(entry)) {
      return;
    }
    entries.put(key, entry);
    if (!current(entry)) {
      // a commit landed while it was being stored
      entries.asMap().remove(key, entry);
    }
  }

  /** When an entry built now from these tables stops being current by itself. */
  Instant expiryFor(Set<String> tables) {
    Instant ceiling = nextQuarterHour(clock.instant());
    Instant next = nextChanges.next(tables, this);
    return next != null && next.isBefore(ceiling) ? next : ceiling;
  }

  /** The first quarter-hour boundary (UTC, so every zone's too) after an instant. */
  static Instant nextQuarterHour(Instant now) {
    long quarter = LONGEST.getSeconds();
    return Instant.ofEpochSecond((now.getEpochSecond() / quarter + 1) * quarter);
  }

  private boolean current(PageEntry entry) {
    return current(entry.generation(), entry.expires(), entry.tables());
  }

  /**
   * Whether something built from these tables by work that began at {@code generation} is still
   * current: none of them written since, and its time not come.
   */
  boolean current(long generation, Instant expires, Set<String> tables) {
    return clock.instant().isBefore(expires) && unchangedSince(generation, tables);
  }

  /**
   * Whether none of {@code tables} was written since {@code tick} — by this instance, or by any
   * other as PostgreSQL's notices tell — and nothing held was dropped meanwhile: the test pages
   * pass, for other copies kept in memory too ({@code MappedHosts}).
   */
  public boolean unchangedSince(long tick, Set<String> tables) {
    if (tick <= everythingStamped) {
      return false;
    }
    for (String table : tables) {
      Long at = stamped.get(table);
      if (at != null && at >= tick) {
        return false;
      }
    }
    return true;
  }

  /** Tables written by a committed transaction: what was built from them is no longer current. */
  public void invalidate(Set<String> tables) {
    long at = ticks.getAndIncrement();
    for (String table : tables) {
      stamped.merge(table, at, Math::max);
    }
    invalidations.incrementAndGet();
    nextChanges.changed(tables);
  }

  /** Nothing held can be vouched for any more (the notices were interrupted). */
  void invalidateAll() {
    everythingStamped = ticks.getAndIncrement();
    entries.invalidateAll();
    nextChanges.changed(null);
  }

  /** The database's notices are being received: what is held is current as of now. */
  void confirmed() {
    confirmedAt = clock.instant();
  }

  boolean validated() {
    return clock.instant().isBefore(confirmedAt.plus(unvalidatedBound()));
  }

  /** How long entries are served while the database's notices cannot be received. */
  Duration unvalidatedBound() {
    return Duration.ofSeconds(unvalidatedSeconds);
  }

  Instant confirmedAt() {
    return confirmedAt;
  }

  private void evicted() {
    evictions.incrementAndGet();
  }

  /** An anonymous request answered from the cache. */
  void served() {
    served.incrementAndGet();
  }

  /** An anonymous request that had to be rendered. */
  void rendered() {
    rendered.incrementAndGet();
  }

  /** Figures for the readiness check (counts only: nothing about what is cached or for whom). */
  Map<String, Object> figures() {
    long bytes = entries.policy().eviction().map(e -> e.weightedSize().orElse(0L)).orElse(0L);
    return Map.ofEntries(
        Map.entry("entries", entries.estimatedSize()),
        Map.entry("bytes", bytes),
        Map.entry("hits", served.get()),
        Map.entry("misses", rendered.get()),
        Map.entry("evictions", evictions.get()),
        Map.entry("invalidations", invalidations.get()),
        Map.entry("refusedUnvalidated", unvalidatedRefusals.get()),
        Map.entry("validated", validated()));
  }
}
