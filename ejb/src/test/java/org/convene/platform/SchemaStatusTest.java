package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SchemaStatusTest {

  @Test
  void failureReportsTheInnermostCause() {
    var cause =
        new IllegalStateException(
            "Unable to obtain connection",
            new SQLException("Connection to 127.0.0.1:5432 refused"));
    SchemaStatus status = SchemaStatus.failed(new RuntimeException("wrapper", cause));
    assertThat(status.migrated()).isFalse();
    assertThat(status.detail()).isEqualTo("Connection to 127.0.0.1:5432 refused");
  }

  @Test
  void failureWithoutMessageNamesTheExceptionType() {
    assertThat(SchemaStatus.failed(new NullPointerException()).detail())
        .isEqualTo("NullPointerException");
  }

  @Test
  void migratedCarriesTheVersion() {
    SchemaStatus status = SchemaStatus.migrated("1");
    assertThat(status.migrated()).isTrue();
    assertThat(status.detail()).isEqualTo("schema version 1");
  }

  @Test
  void pendingIsNotMigrated() {
    assertThat(SchemaStatus.pending().migrated()).isFalse();
  }
}
