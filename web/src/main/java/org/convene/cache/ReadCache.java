package org.convene.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.convene.persistence.Tables;

/**
 * Public reads that every page (or the network home) repeats — the network's settings, its topics,
 * what is featured now, the first collaboratives, the next events, the latest news — kept between
 * requests and dropped exactly as the page cache drops pages: by the tables they were read from
 * ({@link Tables}), the moment a write to one of them commits here or anywhere (PostgreSQL's
 * notices), and when their tables' next scheduled change comes. Profiling the network home showed
 * half of an uncached render in the EJB calls, statements and object building for these.
 *
 * <p>Only for results that are the same for every caller and that the page only reads: they are
 * shared between requests. A page rendered with a remembered result is tagged with the tables that
 * result came from, so the page cache stays exact. By the page cache's own rule, a request that is
 * not anonymous (signed in, with credentials, or with anything personal in its session) neither
 * uses nor keeps a remembered result: a read that one day shows a signed-in caller more (an
 * editor's drafts) can never be kept and shown to a visitor, whatever its service does.
 */
@ApplicationScoped
public class ReadCache {

  /** Distinct reads kept (each a small list or one row): far more than the pages ask for. */
  static final int KEPT = 1_000;

  @Inject private PageCache pages;
  @Inject private HttpServletRequest request;

  private record Held(Object value, Set<String> tables, long generation, Instant expires) {}

  private Cache<Object, Held> held;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong loads = new AtomicLong();
  private final AtomicLong personal = new AtomicLong();

  @PostConstruct
  void start() {
    held = Caffeine.newBuilder().maximumSize(KEPT).build();
  }

  /**
   * The result of {@code load} for this key: the one kept if nothing it was read from has changed,
   * otherwise {@code load}'s (kept for next time unless a write overlapped it).
   */
  @SuppressWarnings("unchecked")
  public <T> T get(Object key, Supplier<T> load) {
    if (!PageCacheFilter.shared(request)) {
      personal.incrementAndGet();
      return load.get();
    }
    PageCache cache = pages.self();
    Held kept = held.getIfPresent(key);
    if (kept != null
        && cache.validated()
        && cache.current(kept.generation(), kept.expires(), kept.tables())) {
      hits.incrementAndGet();
      kept.tables().forEach(Tables::read);
      return (T) kept.value();
    }
    long generation = cache.tick();
    Tables.Recorded<T> read = Tables.recording(load);
    loads.incrementAndGet();
    if (read.tables().isEmpty() || !cache.validated()) {
      return read.value();
    }
    Held fresh = new Held(read.value(), read.tables(), generation, cache.expiryFor(read.tables()));
    if (cache.current(fresh.generation(), fresh.expires(), fresh.tables())) {
      held.put(key, fresh);
      if (!cache.current(fresh.generation(), fresh.expires(), fresh.tables())) {
        held.asMap().remove(key, fresh);
      }
    }
    return read.value();
  }

  long hits() {
    return hits.get();
  }

  long loads() {
    return loads.get();
  }

  /** Reads made for requests that are not anonymous: never kept, never from what is kept. */
  long personal() {
    return personal.get();
  }
}
