package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TableQueryTest {

  private static final Map<String, String> SORTABLE = Map.of("name", "LOWER(c.name)");

  @Test
  void onlyANamedColumnIsSortedByAndTheTieBreakKeepsPagesStable() {
    assertThat(new TableQuery("", Map.of(), "name", false, 0, 25).orderBy(SORTABLE, "c.id", "c.id"))
        .isEqualTo(" ORDER BY LOWER(c.name) DESC, c.id");
    // a column the service does not name (or something worse) falls back to the natural order
    assertThat(
            new TableQuery("", Map.of(), "name; DROP TABLE x", true, 0, 25)
                .orderBy(SORTABLE, "c.id", "c.id"))
        .isEqualTo(" ORDER BY c.id");
    assertThat(TableQuery.firstPage(25).orderBy(SORTABLE, "c.created_at", "c.id"))
        .isEqualTo(" ORDER BY c.created_at");
  }

  @Test
  void pagesAreBoundedAndBlankFiltersCountAsNone() {
    TableQuery q = new TableQuery(null, Map.of("status", " "), null, true, -5, 1_000_000);
    assertThat(q.first()).isZero();
    assertThat(q.size()).isEqualTo(TableQuery.MAX_SIZE);
    assertThat(q.search()).isEmpty();
    assertThat(q.filter("status")).isNull();
    TableQuery status =
        new TableQuery("", Map.of("status", "ACTIVE", "kind", "NOPE"), null, true, 0, 25);
    assertThat(status.filter("status", java.time.DayOfWeek.class)).isNull();
    assertThat(status.filter("kind", java.time.format.TextStyle.class)).isNull();
    assertThat(
            new TableQuery("", Map.of("day", "MONDAY"), null, true, 0, 25)
                .filter("day", java.time.DayOfWeek.class))
        .isEqualTo(java.time.DayOfWeek.MONDAY);
    assertThat(new TableQuery("x", Map.of(), "name", true, 50, 25).countOnly())
        .satisfies(c -> assertThat(c.isCountOnly()).isTrue())
        .satisfies(c -> assertThat(c.search()).isEqualTo("x"));
    assertThat(new TableQuery("", Map.of(), null, true, 50, 25).pageNumber()).isEqualTo(3);
  }
}
