package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void countsPagesAndKnowsItsNeighbours() {
    Page<String> middle = new Page<>(List.of("a"), 2, 24, 1000);
    assertThat(middle.totalPages()).isEqualTo(42);
    assertThat(middle.hasPrevious()).isTrue();
    assertThat(middle.hasNext()).isTrue();
    Page<String> last = new Page<>(List.of("a"), 42, 24, 1000);
    assertThat(last.hasNext()).isFalse();
  }

  @Test
  void anEmptyListIsOnePage() {
    Page<String> empty = new Page<>(List.of(), 1, 24, 0);
    assertThat(empty.totalPages()).isEqualTo(1);
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.hasNext()).isFalse();
    assertThat(empty.hasPrevious()).isFalse();
  }

  @Test
  void aPageBeyondTheLastIsPastTheEndButAnEmptyListIsNot() {
    Page<String> beyond = new Page<>(List.of(), 3, 24, 30);
    assertThat(beyond.isEmpty()).isTrue();
    assertThat(beyond.totalPages()).isEqualTo(2);
    assertThat(beyond.isPastTheEnd()).isTrue();
    assertThat(new Page<>(List.of(), 3, 24, 0).isPastTheEnd()).isFalse();
    assertThat(new Page<>(List.of("a"), 2, 24, 30).isPastTheEnd()).isFalse();
  }

  @Test
  void offsetStartsAtZeroAndIgnoresPagesBelowOne() {
    assertThat(Page.offset(1, 24)).isZero();
    assertThat(Page.offset(3, 24)).isEqualTo(48);
    assertThat(Page.offset(-5, 24)).isZero();
  }
}
