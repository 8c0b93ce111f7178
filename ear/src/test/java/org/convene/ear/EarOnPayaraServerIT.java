package org.convene.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.convene.testing.Html;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The EAR is the artifact for full Payara Server: this test creates a fresh domain on free ports
 * (loopback only), deploys {@code convene.ear} with asadmin, and checks it serves the same home
 * page and readiness as the WAR on Payara Micro.
 */
class EarOnPayaraServerIT {

  private static final Duration TIMEOUT = Duration.ofMinutes(4);
  private static final Pattern LISTENER = Pattern.compile("<network-listener\\s[^>]*>");

  private final Path server = Path.of(System.getProperty("convene.payara.server"));
  private final Path ear = Path.of(System.getProperty("convene.ear"));
  private final String domain = "convene-it-" + ProcessHandle.current().pid();
  private final int portBase = freePortBase();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Path log = Path.of(System.getProperty("java.io.tmpdir"), "payara-server-it.log");

  @Test
  void earDeploysOnPayaraServerAndServesTheHomePage() throws Exception {
    String network = TestDatabase.ensureNetwork();
    String slug =
        TestDatabase.insertCollaborative(
            TestDatabase.uniqueSlug("ear"), "Server Edition Health Collaborative", "SEHC");

    asadmin("create-domain", "--nopassword", "--portbase", Integer.toString(portBase), domain);
    bindToLoopback();
    asadmin("start-domain", domain);
    asadmin("--port", Integer.toString(adminPort()), "deploy", "--name", "convene", ear.toString());

    String ready = awaitReady();
    assertThat(ready).contains("\"name\":\"database\"").contains("\"migrated\":\"true\"");

    HttpResponse<String> home = get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body())
        .contains("<h1 id=\"network-name\" class=\"hero__title\">" + network + "</h1>");
    assertThat(Html.cardSlugs(home.body())).isEqualTo(TestDatabase.firstActiveSlugs(12));

    HttpResponse<String> space = get("/c/" + slug);
    assertThat(space.statusCode()).isEqualTo(200);
    assertThat(space.body()).contains("Server Edition Health Collaborative");

    // events: JPA entities, the JAX-RS API and iCal4j (from the EAR's lib/) on the full server
    long event =
        org.convene.testing.EventFixtures.insertEvent(
            slug,
            "Server edition webinar",
            java.time.Instant.now().plus(Duration.ofDays(4)),
            Duration.ofHours(1),
            "America/Chicago",
            25);
    assertThat(get("/api/v1/events?collaborative=" + slug).body())
        .contains("\"title\":\"Server edition webinar\"")
        .contains("\"seatsLeft\":25");
    assertThat(get("/c/" + slug + "/events/" + event + ".ics").body())
        .contains("BEGIN:VCALENDAR")
        .contains("TZID:America/Chicago");
    assertThat(get("/c/" + slug + "/events/" + event).body()).contains("Server edition webinar");

    // the same upload rules as on Micro (they travel in the WAR's web.xml and filters)
    assertThat(statusOfUpload("/collaboratives")).isEqualTo(400);
    // the session cookie's attributes come from web.xml, so the full server has them too
    assertThat(get("/login").headers().allValues("Set-Cookie"))
        .anySatisfy(
            cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("SameSite=Lax"));
    assertThat(get("/api/application.wadl").statusCode()).isEqualTo(404);

    HttpResponse<String> missing = get("/no-such-page");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Page not found").doesNotContainIgnoringCase("exception");
  }

  @AfterEach
  void stopAndDeleteDomain() throws Exception {
    if (Files.isDirectory(domainDir())) {
      asadminQuietly("stop-domain", "--kill", domain);
      asadminQuietly("delete-domain", domain);
    }
    if (Files.isDirectory(domainDir())) {
      try (Stream<Path> files = Files.walk(domainDir())) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  /**
   * A block of 100 ports, all free on every interface, below Linux's ephemeral range (32768 and up)
   * so that no outgoing connection can take one of them between this check and the domain's start.
   * A fixed block once failed in CI ("Port 40,880 is in use"), so each candidate is probed.
   */
  private static int freePortBase() {
    int first = (int) (ProcessHandle.current().pid() % 120);
    for (int i = 0; i < 120; i++) {
      int base = 20_000 + ((first + i) % 120) * 100;
      if (allFree(base, base + 99)) {
        return base;
      }
    }
    throw new IllegalStateException("no block of 100 free ports between 20000 and 31999");
  }

  private static boolean allFree(int from, int to) {
    for (int port = from; port <= to; port++) {
      try (ServerSocket socket = new ServerSocket()) {
        socket.bind(new InetSocketAddress(port));
      } catch (IOException inUse) {
        return false;
      }
    }
    return true;
  }

  private int adminPort() {
    return portBase + 48;
  }

  private int httpPort() {
    return portBase + 80;
  }

  /** Every network listener of the new domain answers on loopback only. */
  private void bindToLoopback() throws IOException {
    Path domainXml = domainDir().resolve("config/domain.xml");
    Matcher listener = LISTENER.matcher(Files.readString(domainXml));
    StringBuilder xml = new StringBuilder();
    while (listener.find()) {
      String tag = listener.group().replaceAll("\\saddress=\"[^\"]*\"", "");
      tag = tag.replace("<network-listener ", "<network-listener address=\"127.0.0.1\" ");
      listener.appendReplacement(xml, Matcher.quoteReplacement(tag));
    }
    listener.appendTail(xml);
    Files.writeString(domainXml, xml);
  }

  private Path domainDir() {
    return server.resolve("glassfish/domains").resolve(domain);
  }

  private String awaitReady() throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> ready = get("/health/ready");
        last = ready.statusCode() + " " + ready.body();
        if (ready.statusCode() == 200 && ready.body().contains("\"name\":\"database\"")) {
          return ready.body();
        }
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(500);
    }
    throw new AssertionError("EAR never became ready on Payara Server: " + last);
  }

  /** The status of an anonymous multipart post (uploads belong to the workspace only). */
  private int statusOfUpload(String path) throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort() + path))
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n"))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort() + path))
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private void asadmin(String... args) throws IOException, InterruptedException {
    int exit = run(args);
    if (exit != 0) {
      throw new AssertionError(
          "asadmin " + String.join(" ", args) + " exited " + exit + ":\n" + Files.readString(log));
    }
  }

  private void asadminQuietly(String... args) throws IOException, InterruptedException {
    run(args);
  }

  private int run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    // The zip unpacks without exec bits: run the script through bash.
    command.add("bash");
    command.add(server.resolve("bin/asadmin").toString());
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }
}
