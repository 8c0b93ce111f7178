package org.convene.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the page cache learns from a statement: the tables it reads and the tables it writes. */
class TablesTest {

  @AfterEach
  void forget() {
    Tables.know(Set.of());
    Tables.stopReading();
  }

  @Test
  void aStatementReadsEveryTableOfTheSchemaItNames() {
    Tables.know(Set.of("event", "collaborative", "event_topic", "topic", "rate_limit"));
    assertThat(
            Tables.tablesIn(
                "SELECT t0.ID, t1.NAME FROM event t0, collaborative t1 LEFT OUTER JOIN"
                    + " event_topic t2 ON t2.event_id = t0.id WHERE t1.ID = t0.COLLABORATIVE_ID"))
        .containsExactlyInAnyOrder("event", "collaborative", "event_topic");
    // a column or alias that is no table of the schema is not one
    assertThat(Tables.tablesIn("SELECT count(starts_at) AS topics FROM event"))
        .containsExactly("event");
  }

  @Test
  void aRecordedReadHasItsOwnTablesAndAlsoTagsTheWorkAroundIt() {
    Tables.know(Set.of("event", "topic", "network"));
    Tables.Recorded<String> alone = Tables.recording(() -> read("SELECT * FROM topic", "alone"));
    assertThat(alone.value()).isEqualTo("alone");
    assertThat(alone.tables()).containsExactly("topic");
    assertThat(Tables.reading()).as("no scope left open behind it").isFalse();

    Tables.startReading();
    Tables.readSql("SELECT * FROM event");
    Tables.Recorded<String> inner = Tables.recording(() -> read("SELECT * FROM network", "x"));
    assertThat(inner.tables()).as("only its own reads").containsExactly("network");
    Tables.readSql("SELECT * FROM topic");
    assertThat(Tables.stopReading()).containsExactlyInAnyOrder("event", "network", "topic");
  }

  private static String read(String sql, String value) {
    Tables.readSql(sql);
    return value;
  }

  @Test
  void theTablesAStatementWritesAreRememberedAndCannotBeChangedByTheCaller() {
    Set<String> first = Tables.writtenIn("UPDATE event SET title = ? WHERE id = ?");
    assertThat(first).containsExactly("event");
    assertThat(Tables.writtenIn("UPDATE event SET title = ? WHERE id = ?")).isSameAs(first);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> first.add("topic"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void readsAreRecordedOnlyInsideAScopeAndBookkeepingIsNotContent() {
    Tables.know(Set.of("event", "rate_limit"));
    Tables.readSql("SELECT * FROM event");
    Tables.startReading();
    Tables.readSql("SELECT * FROM event JOIN rate_limit ON true");
    Tables.read("rate_limit");
    assertThat(Tables.stopReading()).containsExactly("event");
    assertThat(Tables.stopReading()).isEmpty();
  }

  @Test
  void writesAreFoundInInsertsUpdatesDeletesAndTruncates() {
    assertThat(Tables.writtenIn("INSERT INTO news_item (title) VALUES (?)"))
        .containsExactly("news_item");
    assertThat(Tables.writtenIn("update public.event set title = ? where id = ?"))
        .containsExactly("event");
    assertThat(Tables.writtenIn("DELETE FROM event_topic WHERE event_id = ?"))
        .containsExactly("event_topic");
    assertThat(Tables.writtenIn("TRUNCATE TABLE registration")).containsExactly("registration");
    assertThat(
            Tables.writtenIn(
                "WITH due AS (SELECT id FROM registration FOR UPDATE SKIP LOCKED)"
                    + " UPDATE registration SET reminder_sent_at = now() FROM due"))
        .containsExactly("registration");
    assertThat(Tables.writtenIn("SELECT id FROM event WHERE id = ? FOR UPDATE")).isEmpty();
  }

  @Test
  void committedWritesReachEverySubscriber() {
    Set<String> seen = new HashSet<>();
    java.util.function.Consumer<Set<String>> subscriber = seen::addAll;
    Tables.subscribe(subscriber);
    try {
      Tables.committed(Set.of("event"));
      Tables.committed(Set.of());
    } finally {
      Tables.unsubscribe(subscriber);
    }
    Tables.committed(Set.of("news_item"));
    assertThat(seen).containsExactly("event");
  }
}
