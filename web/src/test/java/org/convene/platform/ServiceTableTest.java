package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** What a PrimeFaces lazy table asks of its service through {@link ServiceTable}. */
class ServiceTableTest {

  /** A service of 60 rows "Row 1".."Row 60" that records every query it answers. */
  private final List<TableQuery> asked = new ArrayList<>();

  private final ServiceTable<String> table =
      new ServiceTable<>(
          query -> {
            asked.add(query);
            List<String> all =
                IntStream.rangeClosed(1, 60)
                    .mapToObj(i -> "Row " + i)
                    .filter(r -> r.toLowerCase().contains(query.search().toLowerCase()))
                    .toList();
            List<String> rows =
                query.isCountOnly()
                    ? List.of()
                    : all.subList(
                        Math.min(query.first(), all.size()),
                        Math.min(query.first() + query.size(), all.size()));
            return new Page<>(rows, query.pageNumber(), query.size(), all.size());
          },
          row -> row);

  @Test
  void aPageIsOneServiceCallCountIncluded() {
    assertThat(table.count(Map.of())).isEqualTo(60);
    List<String> rows = table.load(0, 25, Map.of(), Map.of());
    assertThat(rows).hasSize(25).startsWith("Row 1");
    assertThat(asked).hasSize(1);
    assertThat(asked.get(0).size()).isEqualTo(25);
  }

  @Test
  void theNextPageAndTheSearchAreTheServicesToo() {
    table.count(Map.of());
    table.load(0, 25, Map.of(), Map.of());
    // the second page: the count guesses the first page again, the load asks for its own
    table.count(Map.of());
    assertThat(table.load(25, 25, Map.of(), Map.of())).startsWith("Row 26").hasSize(25);
    // staying on that page with a sort: counted and loaded in one call again
    Map<String, SortMeta> byTitle =
        Map.of("title", SortMeta.builder().field("title").order(SortOrder.DESCENDING).build());
    table.count(Map.of());
    table.load(25, 25, byTitle, Map.of());
    int before = asked.size();
    table.count(Map.of());
    table.load(25, 25, byTitle, Map.of());
    assertThat(asked).hasSize(before + 1);
    assertThat(asked.get(asked.size() - 1).sortBy()).isEqualTo("title");
    assertThat(asked.get(asked.size() - 1).ascending()).isFalse();

    Map<String, FilterMeta> search =
        Map.of(
            FilterMeta.GLOBAL_FILTER_KEY,
            FilterMeta.builder().field(FilterMeta.GLOBAL_FILTER_KEY).filterValue("Row 5").build());
    assertThat(table.count(search)).isEqualTo(11); // Row 5 and Row 50–59
    assertThat(asked.get(asked.size() - 1).search()).isEqualTo("Row 5");
  }
}
