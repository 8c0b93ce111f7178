package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code ./convene create-admin EMAIL}, the README's third command, run as a user would, on the
 * test database (migrated by the running portal). It once aborted on an unbound variable, and with
 * {@code fresh} set in the environment it dropped the demo database instead.
 */
@ExtendWith(RunningPortal.class)
class CreateAdminCommandIT {

  @Test
  void createAdminCreatesAnAdministratorAndDropsNothing(Portal portal) throws Exception {
    String email = "admin-" + TestDatabase.uniqueSlug("cli") + "@example.org";
    long collaboratives = TestDatabase.countActive();
    Path root = Path.of("..").toAbsolutePath().normalize();
    String url = TestDatabase.url();
    String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    ProcessBuilder command =
        new ProcessBuilder("bash", root.resolve("convene").toString(), "create-admin", email)
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(new File("target/create-admin.log"));
    Map<String, String> env = command.environment();
    env.put("DEMO_DB", database);
    env.put("PG_HOST", TestDatabase.host());
    env.put("PG_PORT", String.valueOf(TestDatabase.port()));
    env.put("DB_URL", url);
    env.put("fresh", "yes"); // must not be read as --fresh
    env.put("CONVENE_SKIP_BUILD", "true");
    Process process = command.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String output =
        java.nio.file.Files.readString(Path.of("target/create-admin.log"), StandardCharsets.UTF_8);

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("Administrator " + email + " created.").contains("Password");
    assertThat(
            TestDatabase.queryString(
                "SELECT administrator::text FROM account WHERE email = ?", email))
        .isEqualTo("true");
    assertThat(TestDatabase.countActive()).isEqualTo(collaboratives);
  }
}
