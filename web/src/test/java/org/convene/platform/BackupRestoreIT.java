package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.convene.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./convene backup} and {@code ./convene restore}, run as an operator would: the test
 * database dumped to a file, restored into a database of its own, and a second portal started on
 * the copy serves the same pages and the same uploaded file (uploads live in the database, so the
 * one file holds them). Neither command overwrites what exists unless told to.
 */
@ExtendWith(RunningPortal.class)
class BackupRestoreIT {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void aRestoredBackupServesTheSamePagesAndFiles(Portal portal, @TempDir Path dir)
      throws Exception {
    TestDatabase.ensureNetwork();
    String slug =
        TestDatabase.insertCollaborative(
            TestDatabase.uniqueSlug("backup"), "Backup Test Collaborative", "BTC");
    byte[] png = TestImages.png();
    String sha256 = TestDatabase.setPngLogo(slug, png);
    String logo = "/c/" + slug + "/logo/" + sha256 + ".png";
    String url = TestDatabase.url();
    String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    String copy = "convene_restore_" + Long.toHexString(System.nanoTime());
    Path file = dir.resolve("convene.dump");

    Result backup = run("backup", file.toString());
    assertThat(backup.exit()).as(backup.output()).isZero();
    assertThat(backup.output()).contains("Backed up: " + file);
    long size = Files.size(file);
    assertThat(size).isPositive();
    // a second backup under the same name is refused and leaves the first whole
    Result again = run("backup", file.toString());
    assertThat(again.exit()).isNotZero();
    assertThat(again.output()).contains("already exists");
    assertThat(Files.size(file)).isEqualTo(size);
    // restoring over a database that exists needs --replace
    Result over = run("restore", file.toString(), "--into", database);
    assertThat(over.exit()).isNotZero();
    assertThat(over.output()).contains("Database " + database + " exists").contains("--replace");
    // a file that is no backup is refused before anything is touched
    Path garbage = Files.writeString(dir.resolve("not-a-backup.dump"), "not a backup");
    Result wrong = run("restore", garbage.toString(), "--into", copy);
    assertThat(wrong.exit()).isNotZero();
    assertThat(wrong.output()).contains("is not a backup");
    assertThat(exists(copy)).isFalse();

    Result restore = run("restore", file.toString(), "--into", copy);
    try {
      assertThat(restore.exit()).as(restore.output()).isZero();
      Portal restored =
          Portal.launchToBoot(
              Portal.war(), Map.of("DB_URL", url.substring(0, url.lastIndexOf('/') + 1) + copy));
      try {
        restored.awaitReady(Duration.ofMinutes(3));
        for (String page : List.of("/", "/collaboratives", "/c/" + slug, "/events")) {
          HttpResponse<String> original = portal.get(page);
          HttpResponse<String> copied = restored.get(page);
          assertThat(copied.statusCode()).as(page).isEqualTo(200);
          assertThat(comparable(copied.body(), restored))
              .as(page)
              .isEqualTo(comparable(original.body(), portal));
        }
        assertThat(restored.get("/c/" + slug).body()).contains("Backup Test Collaborative");
        HttpResponse<byte[]> restoredLogo =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(restored.uri(logo)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        assertThat(restoredLogo.statusCode()).isEqualTo(200);
        assertThat(restoredLogo.body()).isEqualTo(png);
      } finally {
        restored.close();
      }
    } finally {
      drop(copy);
      drop(copy + "_restoring");
    }
  }

  /** The page without what differs between two portals: their address and each page's nonce. */
  private static String comparable(String body, Portal portal) {
    return body.replace(portal.uri("/").toString(), "/")
        .replace(portal.uri("/").getAuthority(), "portal")
        .replaceAll("nonce=\"[^\"]*\"", "nonce")
        .replaceAll("nonce-[A-Za-z0-9+/=_-]+", "nonce");
  }

  private record Result(int exit, String output) {}

  private static Result run(String... arguments) throws Exception {
    String url = TestDatabase.url();
    List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("convene").toString()));
    command.addAll(List.of(arguments));
    File log = File.createTempFile("convene-backup-", ".log", new File("target"));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log);
    builder.environment().put("DEMO_DB", url.substring(url.lastIndexOf('/') + 1).split("\\?")[0]);
    builder.environment().put("PG_HOST", TestDatabase.host());
    builder.environment().put("PG_PORT", String.valueOf(TestDatabase.port()));
    Process process = builder.start();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), Files.readString(log.toPath(), StandardCharsets.UTF_8));
  }

  private static boolean exists(String database) throws Exception {
    return "1"
        .equals(
            TestDatabase.queryString(
                "SELECT count(*)::text FROM pg_database WHERE datname = ?", database));
  }

  private static void drop(String database) throws Exception {
    try (java.sql.Connection c = TestDatabase.connectAsOwner();
        java.sql.Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
  }
}
