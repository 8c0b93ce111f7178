package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ErrorCauseTest {

  @Test
  void aStatementOrLockTimeoutAnywhereInTheCausesIsBusy() {
    assertThat(
            ErrorCause.timedOut(
                new IllegalStateException(
                    "page", new RuntimeException("ejb", new SQLException("lock", "55P03")))))
        .isTrue();
    assertThat(ErrorCause.timedOut(new RuntimeException(new SQLException("cancel", "57014"))))
        .isTrue();
    SQLException batch = new SQLException("batch", "08006");
    batch.setNextException(new SQLException("lock", "55P03"));
    assertThat(ErrorCause.timedOut(batch)).isTrue();
  }

  @Test
  void aConnectionPoolThatStayedFullIsBusy() {
    // as Payara's pool reports it through EclipseLink: every connection in use past max-wait-time
    SQLException allocation =
        new SQLException(
            "Error in allocating a connection",
            new jakarta.resource.spi.ResourceAllocationException(
                "In-use connections equal max-pool-size and expired max-wait-time."));
    assertThat(ErrorCause.timedOut(new RuntimeException("ejb", allocation))).isTrue();
  }

  @Test
  void anyOtherFailureIsNot() {
    assertThat(ErrorCause.timedOut(null)).isFalse();
    assertThat(ErrorCause.timedOut(new RuntimeException(new SQLException("gone")))).isFalse();
    assertThat(ErrorCause.timedOut(new RuntimeException(new SQLException("down", "08006"))))
        .isFalse();
  }

  @Test
  void aBodyOverTheListenersLimitIsTooLargeNotAnError() {
    // what Grizzly throws for a form post over max-form-post-size-bytes, as Faces wraps it
    assertThat(
            UploadGuard.tooLarge(
                new RuntimeException(
                    "servlet", new IllegalStateException("GRIZZLY0205: Post too large"))))
        .isTrue();
    assertThat(UploadGuard.tooLarge(new IllegalStateException("No view state"))).isFalse();
    assertThat(UploadGuard.tooLarge(null)).isFalse();
  }
}
