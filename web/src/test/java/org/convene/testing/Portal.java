package org.convene.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
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

/**
 * A Payara Micro running the real {@code convene.war}. {@link RunningPortal} shares one across
 * every HTTP and browser test of a test JVM (booting Micro costs ≈15 s; paying that once keeps the
 * suite fast as it grows). It reaches the test database through a {@link DatabaseLink}, so a test
 * can take the database away from it.
 */
public final class Portal implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  private final Process process;
  private final URI baseUri;
  private final DatabaseLink databaseLink;
  private final Path log;
  private final GreenMail mail;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** The portals this JVM has running, which a test's writes must reach. */
  private static final java.util.Set<Portal> LIVE =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  private Portal(
      Process process, URI baseUri, DatabaseLink databaseLink, Path log, GreenMail mail) {
    LIVE.add(this);
    this.mail = mail;
    this.process = process;
    this.baseUri = baseUri;
    this.databaseLink = databaseLink;
    this.log = log;
  }

  /** Boots Payara Micro with the given deployment (a WAR) and waits until it is ready. */
  static Portal start(Path deployment) throws IOException, InterruptedException {
    Portal portal = launch(deployment, null, false);
    try {
      portal.awaitReady(START_TIMEOUT);
    } catch (RuntimeException | InterruptedException e) {
      portal.close();
      throw e;
    }
    return portal;
  }

  /**
   * Launches Payara Micro with the given deployment, its database in {@code schema} (null: the
   * default), and with the database link cut from the start when {@code databaseDown}. Returns at
   * once: wait with {@link #awaitBooted()} or {@link #awaitReady(Duration)}.
   */
  public static Portal launch(Path deployment, String schema, boolean databaseDown)
      throws IOException {
    return launch(deployment, schema, databaseDown, Map.of());
  }

  /** {@link #launch(Path, String, boolean)} with more environment (e.g. CONVENE_DEMO=true). */
  public static Portal launch(
      Path deployment, String schema, boolean databaseDown, Map<String, String> environment)
      throws IOException {
    return launch(deployment, schema, databaseDown, environment, true);
  }

  /**
   * {@link #launch(Path, String, boolean)} for a test that only boots the portal and asks it a few
   * questions: the quick compiler alone boots it about a fifth sooner (20 s instead of 25 on the CI
   * machine). Not for a portal that serves many pages: rendering with it alone was slower than the
   * boot saved (ScaleIT, the Arquillian classes).
   */
  public static Portal launchToBoot(Path deployment, String schema, boolean databaseDown)
      throws IOException {
    return launch(deployment, schema, databaseDown, Map.of(), false);
  }

  /** {@link #launchToBoot(Path, String, boolean)} with more environment (e.g. another DB_URL). */
  public static Portal launchToBoot(Path deployment, Map<String, String> environment)
      throws IOException {
    return launch(deployment, null, false, environment, false);
  }

  /**
   * A member of a Hazelcast cluster ({@link Cluster}): on the given HTTP port, with the given Micro
   * options in place of {@code --nohazelcast} (discovery, ports, the pre-boot file).
   */
  static Portal launchMember(
      Path deployment, int port, List<String> microOptions, Map<String, String> environment)
      throws IOException {
    return launch(deployment, null, false, environment, true, port, microOptions);
  }

  private static Portal launch(
      Path deployment,
      String schema,
      boolean databaseDown,
      Map<String, String> environment,
      boolean optimised)
      throws IOException {
    return launch(deployment, schema, databaseDown, environment, optimised, 0, null);
  }

  private static Portal launch(
      Path deployment,
      String schema,
      boolean databaseDown,
      Map<String, String> environment,
      boolean optimised,
      int fixedPort,
      List<String> clusterOptions)
      throws IOException {
    Path target = Path.of(System.getProperty("convene.micro.jar")).getParent();
    Path workDir = Files.createDirectories(target.resolve("portal-it"));
    Path log = Files.createTempFile(target, "portal-it-", ".log");
    int port = fixedPort > 0 ? fixedPort : Ports.free();
    DatabaseLink link = new DatabaseLink(TestDatabase.host(), TestDatabase.port());
    if (databaseDown) {
      link.cut();
    }
    String dbUrl = TestDatabase.urlVia("127.0.0.1", link.port());
    if (schema != null) {
      dbUrl += (dbUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx768m");
    if (!optimised) {
      command.add("-XX:TieredStopAtLevel=1");
    }
    command.add("-Djava.io.tmpdir=" + workDir);
    command.add("-jar");
    command.add(System.getProperty("convene.micro.jar"));
    command.addAll(List.of("--deploy", deployment.toString(), "--contextroot", "/"));
    command.addAll(List.of("--port", Integer.toString(port)));
    if (clusterOptions == null) {
      command.add("--nohazelcast");
      command.addAll(List.of("--prebootcommandfile", System.getProperty("convene.preboot")));
    } else {
      command.addAll(clusterOptions);
    }

    GreenMail mail =
        new GreenMail(new ServerSetup(Ports.free(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();

    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("CONVENE_MAIL_HOST", "127.0.0.1");
    builder.environment().put("CONVENE_MAIL_PORT", Integer.toString(mail.getSmtp().getPort()));
    builder.environment().put("CONVENE_BASE_URL", "http://127.0.0.1:" + port);
    // reminder and outbox timers run every 2 s here (60 s and 30 s by default)
    builder.environment().put("CONVENE_REMINDERS_INTERVAL_SECONDS", "2");
    builder.environment().put("CONVENE_MAIL_OUTBOX_INTERVAL_SECONDS", "2");
    // every test client is 127.0.0.1: the suite's own traffic is not rate-limited, and a test of
    // the limits names its client in X-Forwarded-For, trusted from loopback here (a range: so
    // AbuseLimitsIT's clients are counted apart only if ranges are read)
    builder.environment().put("CONVENE_TRUSTED_PROXIES", "127.0.0.0/8");
    builder.environment().put("CONVENE_LIMITS_EXEMPT_CLIENTS", "127.0.0.1");
    // with the database away, cached pages are served for 6 s here (30 s by default)
    builder.environment().put("CONVENE_PAGE_CACHE_UNVALIDATED_SECONDS", "6");
    builder.redirectOutput(log.toFile());
    builder.environment().put("DB_URL", dbUrl);
    builder.environment().remove("CONVENE_DEMO");
    builder.environment().putAll(environment);
    return new Portal(builder.start(), URI.create("http://127.0.0.1:" + port), link, log, mail);
  }

  public URI uri(String path) {
    return baseUri.resolve(path);
  }

  public DatabaseLink databaseLink() {
    return databaseLink;
  }

  /** The in-process SMTP server this portal sends its e-mail to. */
  public GreenMail mail() {
    return mail;
  }

  public HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * GET with the given Host header, as a browser on a mapped host name sends it (over a plain
   * socket: java.net.http does not let a caller choose the Host header). Returns status and body.
   */
  public HostResponse getAs(String host, String path) {
    try (Socket socket = new Socket(baseUri.getHost(), baseUri.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int status = Integer.parseInt(response.substring(9, 12));
      int bodyStart = response.indexOf("\r\n\r\n");
      return new HostResponse(status, bodyStart < 0 ? "" : response.substring(bodyStart + 4));
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path + " as " + host + " failed: " + e, e);
    }
  }

  /** Status and body (chunk markers included, if any) of a {@link #getAs} request. */
  public record HostResponse(int status, String body) {}

  /** Waits for Micro's last boot line, whether or not the deployment succeeded. */
  public void awaitBooted() throws InterruptedException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      assertAlive();
      try {
        if (Files.readString(log).contains(") ready in ")) {
          return;
        }
      } catch (IOException e) {
        // not written yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "Payara Micro did not boot in " + START_TIMEOUT + "\n" + tail());
  }

  /** Polls {@code /health/ready} until it reports UP (the database check included). */
  public void awaitReady(Duration timeout) throws InterruptedException {
    awaitReadiness(true, timeout);
  }

  /** Polls {@code /health/ready} until our check reports UP ({@code true}) or DOWN. */
  public void awaitReadiness(boolean up, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      assertAlive();
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(uri("/health/ready"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        last = response.statusCode() + " " + response.body();
        // Micro answers UP with no checks at all until the application is deployed.
        boolean deployed = response.body().contains("\"name\":\"database\"");
        if (deployed && (response.statusCode() == 200) == up) {
          return;
        }
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "Portal did not become "
            + (up ? "ready" : "not-ready")
            + " in "
            + timeout
            + ": "
            + last
            + "\n"
            + tail());
  }

  private void assertAlive() {
    if (!process.isAlive()) {
      throw new IllegalStateException("Payara Micro exited; see " + log + "\n" + tail());
    }
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /**
   * Waits until every portal listening to the change notices of this thread's schema has taken in
   * all changes committed so far: sends a {@code sync:} notice after them (PostgreSQL delivers
   * notices in commit order) and waits for each listening portal's answer on {@code convene_synced}
   * — as many answers as there are listening connections ({@code convene-change-feed:<schema>} in
   * pg_stat_activity). Gives up silently after 5 s (a portal whose database was just cut away
   * answers nothing).
   */
  public static void awaitChangesSeen() {
    try (java.sql.Connection c =
        java.sql.DriverManager.getConnection(
            TestDatabase.url(),
            TestDatabase.require("DB_USER"),
            TestDatabase.require("DB_PASSWORD"))) {
      awaitChangesSeen(c);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** As {@link #awaitChangesSeen()}, sending the notice on a connection whose writes committed. */
  static void awaitChangesSeen(java.sql.Connection connection) throws java.sql.SQLException {
    if (LIVE.isEmpty()) {
      return;
    }
    long listening;
    try (java.sql.Statement count = connection.createStatement();
        java.sql.ResultSet rows =
            count.executeQuery(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND application_name = 'convene-change-feed:' || current_schema()")) {
      rows.next();
      listening = rows.getLong(1);
    }
    if (listening == 0) {
      return;
    }
    org.postgresql.PGConnection answers = answers();
    String token = java.util.UUID.randomUUID().toString();
    try (java.sql.PreparedStatement notice =
        connection.prepareStatement(
            "SELECT pg_notify('convene_changes:' || current_schema(), 'sync:' || ?)")) {
      notice.setString(1, token);
      notice.execute();
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    long answered = 0;
    while (answered < listening && System.nanoTime() < deadline) {
      int wait = (int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
      org.postgresql.PGNotification[] arrived = answers.getNotifications(wait);
      if (arrived != null) {
        for (org.postgresql.PGNotification answer : arrived) {
          if (token.equals(answer.getParameter())) {
            answered++;
          }
        }
      }
    }
  }

  /**
   * Each thread's connection listening for the portals' answers to its sync notices (a thread reads
   * every answer that arrives on its own, so two threads never take each other's).
   */
  private static final ThreadLocal<java.sql.Connection> ANSWERS = new ThreadLocal<>();

  private static org.postgresql.PGConnection answers() throws java.sql.SQLException {
    java.sql.Connection answers = ANSWERS.get();
    if (answers == null || !answers.isValid(1)) {
      answers =
          java.sql.DriverManager.getConnection(
              TestDatabase.url(),
              TestDatabase.require("DB_USER"),
              TestDatabase.require("DB_PASSWORD"));
      try (java.sql.Statement listen = answers.createStatement()) {
        listen.execute("LISTEN convene_synced");
      }
      ANSWERS.set(answers);
    }
    return answers.unwrap(org.postgresql.PGConnection.class);
  }

  /** The portals this JVM has running now (the shared one, clusters' members, …). */
  static java.util.Set<Portal> live() {
    return java.util.Set.copyOf(LIVE);
  }

  /** Ends the instance at once, as a lost machine would (SIGKILL): nothing is shut down. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
  }

  /** The port this portal's HTTP listener is on. */
  public int port() {
    return baseUri.getPort();
  }

  @Override
  public void close() throws InterruptedException {
    LIVE.remove(this);
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    databaseLink.close();
    mail.stop();
  }

  /** The WAR the build just packaged. */
  public static Path war() {
    File war = new File(System.getProperty("convene.war", "target/convene.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(war + " is missing: run through './convene test'");
    }
    return war.toPath().toAbsolutePath();
  }
}
