package org.convene.persistence;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which tables a piece of work read, and which tables a committed transaction wrote — what the page
 * cache keys its invalidation on. {@link TableTracking} (an EclipseLink session customizer) feeds
 * it from every statement and every object the persistence unit builds, so a page or service added
 * later is covered without anyone remembering to call anything.
 *
 * <p>Reads are recorded only between {@link #startReading()} and {@link #stopReading()}, which the
 * cache calls on the request's thread around a render. Writes are reported to the subscribers after
 * their transaction has committed, never before: a rolled-back change reports nothing.
 */
public final class Tables {

  private Tables() {}

  private static final ThreadLocal<Set<String>> READS = new ThreadLocal<>();
  private static final List<Consumer<Set<String>>> SUBSCRIBERS = new CopyOnWriteArrayList<>();

  /**
   * Tables whose rows never show on a public page: bookkeeping a page may write while it renders
   * (rate limits) or that only accounts and mail use. A page that reads them is not tagged with
   * them, so its own bookkeeping does not throw it out of the cache.
   */
  static final Set<String> NOT_CONTENT =
      Set.of(
          "rate_limit", "login_throttle", "password_reset", "mail_outbox", "flyway_schema_history");

  /** Every table of the schema, once known (see {@link #know}); until then, every identifier. */
  private static volatile Set<String> known = Set.of();

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern WRITTEN =
      Pattern.compile(
          "(?i)\\b(?:insert\\s+into|update|delete\\s+from|truncate(?:\\s+table)?)\\s+"
              + "(?:only\\s+)?(?:[A-Za-z_][A-Za-z0-9_]*\\.)?([A-Za-z_][A-Za-z0-9_]*)");
  private static final ConcurrentHashMap<String, Set<String>> READ_BY_SQL =
      new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<String, Set<String>> WRITTEN_BY_SQL =
      new ConcurrentHashMap<>();
  private static final int SQL_REMEMBERED = 20_000;

  /** Starts recording, on this thread, the tables read until {@link #stopReading()}. */
  public static void startReading() {
    READS.set(new HashSet<>());
  }

  /** The tables read on this thread since {@link #startReading()}; recording stops. */
  public static Set<String> stopReading() {
    Set<String> read = READS.get();
    READS.remove();
    return read == null ? Set.of() : read;
  }

  /** Records that this thread's current piece of work read a table (no-op outside a scope). */
  public static void read(String table) {
    Set<String> read = READS.get();
    if (read != null && !NOT_CONTENT.contains(table)) {
      read.add(table);
    }
  }

  /** What a piece of work returned, with the tables it read. */
  public record Recorded<T>(T value, Set<String> tables) {}

  /**
   * Runs a piece of work recording the tables it reads, apart from (and then also into) any
   * recording already going on on this thread: a page that uses a remembered result is tagged with
   * the tables that result came from.
   */
  public static <T> Recorded<T> recording(java.util.function.Supplier<T> work) {
    Set<String> outer = READS.get();
    Set<String> mine = new HashSet<>();
    READS.set(mine);
    try {
      T value = work.get();
      return new Recorded<>(value, Set.copyOf(mine));
    } finally {
      if (outer == null) {
        READS.remove();
      } else {
        outer.addAll(mine);
        READS.set(outer);
      }
    }
  }

  static boolean reading() {
    return READS.get() != null;
  }

  /** Records the tables a statement reads (no-op outside a scope). */
  static void readSql(String sql) {
    Set<String> read = READS.get();
    if (read == null || sql == null) {
      return;
    }
    for (String table : tablesIn(sql)) {
      if (!NOT_CONTENT.contains(table)) {
        read.add(table);
      }
    }
  }

  /** The schema's tables named in a statement (every identifier until the schema is known). */
  static Set<String> tablesIn(String sql) {
    return remembered(READ_BY_SQL, sql, Tables::parseRead);
  }

  private static Set<String> parseRead(String sql) {
    Set<String> schema = known;
    Set<String> found = new HashSet<>();
    Matcher identifier = IDENTIFIER.matcher(sql);
    while (identifier.find()) {
      String name = identifier.group().toLowerCase(Locale.ROOT);
      if (schema.isEmpty() || schema.contains(name)) {
        found.add(name);
      }
    }
    return found;
  }

  /** A statement's tables, parsed once per statement text (statements are bound, so few). */
  private static Set<String> remembered(
      ConcurrentHashMap<String, Set<String>> by,
      String sql,
      java.util.function.Function<String, Set<String>> parse) {
    Set<String> tables = by.get(sql);
    if (tables == null) {
      tables = Set.copyOf(parse.apply(sql));
      if (by.size() > SQL_REMEMBERED) {
        by.clear();
      }
      by.put(sql, tables);
    }
    return tables;
  }

  /**
   * The tables a statement writes (INSERT INTO, UPDATE, DELETE FROM, TRUNCATE). Remembered per
   * statement text: every read is asked too (a native query may write), and matching the pattern
   * over each statement was a quarter of the CPU of rendering the network home.
   */
  static Set<String> writtenIn(String sql) {
    return sql == null ? Set.of() : remembered(WRITTEN_BY_SQL, sql, Tables::parseWritten);
  }

  private static Set<String> parseWritten(String sql) {
    Set<String> tables = new HashSet<>();
    Matcher written = WRITTEN.matcher(sql);
    while (written.find()) {
      String name = written.group(1).toLowerCase(Locale.ROOT);
      if (!name.equals("skip") && !name.equals("of") && !name.equals("nowait")) {
        tables.add(name);
      }
    }
    return tables;
  }

  /** The schema's table names, read from the database's catalogue by whoever can. */
  public static void know(Set<String> tables) {
    known = Set.copyOf(tables);
    READ_BY_SQL.clear();
  }

  /** Whether the schema's table names are known yet. */
  public static boolean known() {
    return !known.isEmpty();
  }

  /** Receives the tables of every transaction that commits writes, after it has committed. */
  public static void subscribe(Consumer<Set<String>> subscriber) {
    SUBSCRIBERS.add(subscriber);
  }

  public static void unsubscribe(Consumer<Set<String>> subscriber) {
    SUBSCRIBERS.remove(subscriber);
  }

  static void committed(Set<String> tables) {
    if (tables.isEmpty()) {
      return;
    }
    Set<String> written = Set.copyOf(tables);
    for (Consumer<Set<String>> subscriber : SUBSCRIBERS) {
      subscriber.accept(written);
    }
  }
}
