package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.testing.Cluster;
import org.convene.testing.EventFixtures;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Two Payara Micro instances in one Hazelcast cluster behind nginx, as {@code ./convene cluster 2}
 * runs them: the loss of one instance loses nothing (sessions, saves, registrations, e-mail), work
 * is done once although both instances' outboxes and reminder timers run (every 2 s here), failed
 * sign-ins through either count together, and an edit saved through one shows on the other's kept
 * pages.
 */
@Order(Integer.MAX_VALUE) // last: it loads both cores, so never beside ScaleIT or FlatListsIT
class ClusterIT {

  private static final Pattern HITS = Pattern.compile("\"hits\":\"(\\d+)\"");

  private static Cluster cluster;

  @BeforeAll
  static void startCluster() throws Exception {
    // mail claimed by an instance that dies is sent by another after 10 s here (5 minutes by
    // default), so that the test need not wait for it
    cluster = Cluster.start(2, Map.of("CONVENE_MAIL_CLAIM_SECONDS", "10"));
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void signUpsThroughEitherInstanceAreConfirmedAndRemindedExactlyOnce() throws Exception {
    Portal first = cluster.member(0);
    Portal second = cluster.member(1);
    Space space = spaceWithEvent("twin", "Twin session", Duration.ofDays(3), 100);
    String slug = space.slug();
    long event = space.event();
    List<String> people = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      people.add("twin-" + i + "-" + slug + "@example.org");
    }
    // twenty sign-ups at the same instant, every other one through each instance
    List<HttpRequest> requests = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      requests.add(
          EventFixtures.signUp(i % 2 == 0 ? first : second, event, "Twin " + i, people.get(i)));
    }
    for (HttpResponse<String> answer : EventFixtures.allAtOnce(requests)) {
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }
    assertThat(EventFixtures.registrations(event, "CONFIRMED")).isEqualTo(people.size());

    // each confirmation sent once, by whichever instance claimed it
    awaitMails(people, 1);
    Thread.sleep(5_000); // two more runs of each instance's outbox
    for (String person : people) {
      assertThat(mailsTo(person)).as(person).hasSize(1);
    }

    // the session moves inside the reminder window: both instances' reminder timers see it
    TestDatabase.update(
        "UPDATE event SET starts_at = now() + interval '23 hours',"
            + " ends_at = now() + interval '24 hours' WHERE id = ?",
        event);
    awaitMails(people, 2);
    Thread.sleep(6_000); // three more runs of each instance's reminder timer and outbox
    for (String person : people) {
      List<MimeMessage> mails = mailsTo(person);
      assertThat(mails).as(person).hasSize(2);
      assertThat(mails.stream().filter(m -> subject(m).startsWith("Reminder: Twin session")))
          .as(person)
          .hasSize(1);
    }
  }

  @Test
  void failedSignInsThroughEitherInstanceCountTogether() throws Exception {
    Portal first = cluster.member(0);
    Portal second = cluster.member(1);
    String email = TestDatabase.newEditor("twin-throttle");
    for (int i = 1; i <= 4; i++) {
      Portal via = i % 2 == 1 ? first : second;
      assertThat(new FacesClient(via).signIn(email, "wrong password " + i).body())
          .contains("The e-mail address or password is not right.");
    }
    // the fifth failure, through the second instance, pauses the address on both
    assertThat(new FacesClient(second).signIn(email, "wrong password 5").body())
        .contains("sign-in is paused for 15 minutes");
    HttpResponse<String> evenRight = new FacesClient(first).signIn(email, TestDatabase.PASSWORD);
    assertThat(evenRight.uri().getPath()).isEqualTo("/login");
    assertThat(evenRight.body()).contains("sign-in is paused for 15 minutes");
  }

  @Test
  void anEditSavedThroughOneInstanceShowsOnTheOthersKeptPage() throws Exception {
    Portal first = cluster.member(0);
    Portal second = cluster.member(1);
    String email = TestDatabase.newEditor("twin-cache");
    String slug = email.substring("editor-".length(), email.indexOf('@'));
    String space = "/c/" + slug;
    // the space's home is kept by the first instance: the second request is a hit
    first.get(space);
    long hits = hits(first);
    assertThat(first.get(space).body()).doesNotContain("Saved through the second instance");
    assertThat(hits(first)).isEqualTo(hits + 1);

    FacesClient editor = new FacesClient(second);
    editor.signIn(email, TestDatabase.PASSWORD);
    editor.get("/manage/profile");
    assertThat(
            editor
                .submit(
                    "profile",
                    "save",
                    Map.of(
                        "name", "Test Collaborative twin-cache",
                        "shortName", "TC",
                        "tagline", "Saved through the second instance"))
                .body())
        .contains("is saved and public now");
    // the first instance hears of the commit from PostgreSQL (a notice, milliseconds): waited for
    // here as for any write, then its very next answer is the new page
    Portal.awaitChangesSeen();
    assertThat(first.get(space).body()).contains("Saved through the second instance");
  }

  @Test
  void aHostMappedWhileBothInstancesHoldTheirListIsServedByBothAtOnce() throws Exception {
    String email = TestDatabase.newEditor("twin-host");
    String slug = email.substring("editor-".length(), email.indexOf('@'));
    String host = slug + ".localhost";
    // each instance has just read the mapped hosts, without this one
    for (int i = 0; i < 2; i++) {
      assertThat(cluster.member(i).getAs(host, "/").status()).isEqualTo(404);
    }
    TestDatabase.mapHost(slug, host);
    // a committed write to collaboratives reaches both through PostgreSQL's notice (waited for as
    // for any write): neither waits for its list to expire
    for (int i = 0; i < 2; i++) {
      Portal.HostResponse home = cluster.member(i).getAs(host, "/");
      assertThat(home.status()).as("instance %d", i).isEqualTo(200);
      assertThat(home.body()).contains("Test Collaborative twin-host");
    }
  }

  @Test
  void aSavedMessageSurvivesTheRedirectWhicheverInstanceRendersIt() throws Exception {
    String email = TestDatabase.newEditor("surv-message");
    FacesClient editor = new FacesClient(cluster.uri("/"));
    editor.signIn(email, TestDatabase.PASSWORD);
    // round robin: the page after each save's redirect is rendered by the instance that did not
    // save; the message travels in the session, not in the saving instance's memory
    for (int i = 1; i <= 4; i++) {
      editor.get("/manage/profile");
      HttpResponse<String> saved =
          editor.submit(
              "profile",
              "save",
              Map.of(
                  "name", "Test Collaborative surv-message",
                  "shortName", "TC",
                  "tagline", "Message " + i));
      assertThat(saved.uri().getPath()).isEqualTo("/manage/profile");
      assertThat(saved.body()).as("save " + i).contains("is saved and public now");
      // shown once: the next page does not repeat it
      assertThat(editor.get("/manage/profile").body()).doesNotContain("is saved and public now");
    }
  }

  @Test
  void aFormPostedWithoutItsSessionsViewStateChangesNothingOnEitherInstance() throws Exception {
    String email = TestDatabase.newEditor("surv-csrf");
    String slug = email.substring("editor-".length(), email.indexOf('@'));
    String other = TestDatabase.newEditor("surv-csrf-other");
    FacesClient editor = new FacesClient(cluster.uri("/"));
    editor.signIn(email, TestDatabase.PASSWORD);
    // another signed-in session's genuine view state: it exists only in that session
    FacesClient stranger = new FacesClient(cluster.uri("/"));
    stranger.signIn(other, TestDatabase.PASSWORD);
    java.util.regex.Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"")
            .matcher(stranger.get("/manage/profile").body());
    assertThat(state.find()).isTrue();
    for (int i = 0; i < 2; i++) { // round robin: once through each instance, for each kind
      for (Map<String, String> forged :
          List.of(
              Map.of("profile", "profile"),
              Map.of("profile", "profile", "jakarta.faces.ViewState", state.group(1)))) {
        Map<String, String> fields = new java.util.HashMap<>(forged);
        fields.putAll(
            Map.of(
                "profile:name", "Test Collaborative surv-csrf",
                "profile:shortName", "TC",
                "profile:tagline", "Written by another site",
                "profile:save", "x"));
        editor.post("/manage/profile", fields);
      }
    }
    assertThat(
            TestDatabase.queryString(
                "SELECT coalesce(tagline, '') FROM collaborative WHERE slug = ?", slug))
        .isNotEqualTo("Written by another site");
  }

  /**
   * About half a minute of visitors, signed-in editors saving and people signing up, all through
   * the balancer; one instance is killed (SIGKILL) in the middle and started again.
   */
  @Test
  void losingAnInstanceLosesNothingAndItRejoins() throws Exception {
    Space space = spaceWithEvent("surv", "Surviving session", Duration.ofDays(5), 100_000);
    String slug = space.slug();
    long event = space.event();
    List<FacesClient> editors = new ArrayList<>();
    List<String> editorSlugs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String email = TestDatabase.newEditor("surv-ed" + i);
      editorSlugs.add(email.substring("editor-".length(), email.indexOf('@')));
      FacesClient editor = new FacesClient(cluster.uri("/"));
      assertThat(editor.signIn(email, TestDatabase.PASSWORD).uri().getPath()).startsWith("/manage");
      editors.add(editor);
    }
    // kept pages, and the editors' spaces, which their saves keep changing
    List<String> pages =
        List.of(
            "/",
            "/collaboratives",
            "/events",
            "/c/" + slug,
            "/c/" + editorSlugs.get(0),
            "/c/" + slug + "/events/" + event);

    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger pageRequests = new AtomicInteger();
    List<String> pageFailures = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicInteger signUpsSent = new AtomicInteger();
    List<String> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
    Map<Integer, List<String>> savesAcknowledged = new ConcurrentHashMap<>();
    Map<Integer, AtomicInteger> savesSent = new ConcurrentHashMap<>();
    Map<String, String> acknowledgedAt = new ConcurrentHashMap<>();
    List<String> signedOut = java.util.Collections.synchronizedList(new ArrayList<>());
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ExecutorService load = Executors.newFixedThreadPool(7);
    List<java.util.concurrent.Callable<Object>> workers = new ArrayList<>();
    AtomicInteger pageNumber = new AtomicInteger();
    AtomicInteger signUpNumber = new AtomicInteger();
    long loadStarted = System.nanoTime();
    for (int t = 0; t < 2; t++) {
      workers.add(
          () -> {
            while (running.get()) {
              String page = pages.get(pageNumber.getAndIncrement() % pages.size());
              try {
                HttpResponse<String> r =
                    http.send(
                        HttpRequest.newBuilder(cluster.uri(page))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                  pageFailures.add(page + " " + r.statusCode() + " at " + since(loadStarted));
                }
              } catch (Exception e) {
                pageFailures.add(page + " " + e + " at " + since(loadStarted));
              }
              pageRequests.incrementAndGet();
              pause(10);
            }
            return null;
          });
    }
    for (int e = 0; e < editors.size(); e++) {
      int editorIndex = e;
      FacesClient editor = editors.get(e);
      savesAcknowledged.put(e, java.util.Collections.synchronizedList(new ArrayList<>()));
      savesSent.put(e, new AtomicInteger());
      AtomicInteger saveNumber = new AtomicInteger();
      workers.add(
          () -> {
            while (running.get()) {
              String tagline = "Save " + saveNumber.incrementAndGet() + " of editor " + editorIndex;
              try {
                HttpResponse<String> form = editor.get("/manage/profile");
                if (!form.uri().getPath().equals("/manage/profile")) {
                  signedOut.add(editorIndex + " at " + form.uri());
                  continue;
                }
                if (form.statusCode() != 200) {
                  continue; // the page did not come: nothing was sent
                }
                savesSent.get(editorIndex).incrementAndGet();
                HttpResponse<String> saved =
                    editor.submit(
                        "profile",
                        "save",
                        Map.of(
                            "name",
                            "Test Collaborative surv-ed" + editorIndex,
                            "shortName",
                            "TC",
                            "tagline",
                            tagline));
                if (saved.statusCode() == 200 && saved.body().contains("is saved and public now")) {
                  savesAcknowledged.get(editorIndex).add(tagline);
                  acknowledgedAt.put(tagline, since(loadStarted));
                }
              } catch (RuntimeException ex) {
                // a connection lost mid-save: not acknowledged
              }
              pause(200);
            }
            return null;
          });
    }
    for (int t = 0; t < 2; t++) {
      workers.add(
          () -> {
            while (running.get()) {
              String email = "surv-" + signUpNumber.getAndIncrement() + "-" + slug + "@example.org";
              signUpsSent.incrementAndGet();
              try {
                HttpResponse<String> r =
                    http.send(
                        EventFixtures.signUp(cluster.uri("/"), event, "Survivor", email),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201) {
                  acknowledged.add(email);
                }
              } catch (Exception e) {
                // not acknowledged
              }
              pause(50);
            }
            return null;
          });
    }

    // 10 s of load, the kill, 12 s more on the one instance left; then, with the load paused (on
    // 2 cores a loaded restart takes minutes), the restart, and 8 s more on both
    List<Future<Object>> running1 = workers.stream().map(load::submit).toList();
    Thread.sleep(10_000);
    int beforeKill = pageRequests.get();
    Portal killedMember = cluster.member(0);
    String killed = since(loadStarted);
    cluster.kill(0);
    Thread.sleep(12_000);
    running.set(false);
    for (Future<Object> worker : running1) {
      worker.get(60, TimeUnit.SECONDS);
    }
    String paused = since(loadStarted);
    Duration rejoin = cluster.restart(0);
    int beforeRejoin = pageRequests.get();
    String resumed = since(loadStarted);
    running.set(true);
    List<Future<Object>> running2 = workers.stream().map(load::submit).toList();
    Thread.sleep(8_000);
    running.set(false);
    for (Future<Object> worker : running2) {
      worker.get(60, TimeUnit.SECONDS);
    }
    load.shutdown();

    // visitors: not one failed request, the balancer retried what the lost instance dropped
    List<String> failures = List.copyOf(pageFailures);
    assertThat(failures)
        .as(
            () ->
                String.format(
                    "%d of %d page requests failed (instance 1 on port %d killed at %s; load"
                        + " paused at %s, resumed on both at %s), the first %s and the last %s;"
                        + " nginx logged:%n%s",
                    failures.size(),
                    pageRequests.get(),
                    killedMember.port(),
                    killed,
                    paused,
                    resumed,
                    failures.subList(0, Math.min(5, failures.size())),
                    failures.subList(Math.max(0, failures.size() - 5), failures.size()),
                    balancerLog()))
        .isEmpty();
    assertThat(beforeKill).isPositive();
    assertThat(beforeRejoin).isGreaterThan(beforeKill);
    assertThat(pageRequests.get()).isGreaterThan(beforeRejoin);

    // editors: still signed in, on either instance, and each acknowledged save applied exactly once
    assertThat(signedOut).isEmpty();
    for (int e = 0; e < editors.size(); e++) {
      FacesClient editor = editors.get(e);
      for (Portal member : List.of(cluster.member(0), cluster.member(1))) {
        assertThat(editor.get(member.uri("/manage/").toString()).uri().getPath())
            .as("editor %d on %s", e, member.uri("/"))
            .startsWith("/manage");
      }
      List<String> applied =
          TestDatabase.strings(
              "SELECT summary FROM audit_entry WHERE collaborative_slug = ?"
                  + " AND action = 'profile.update' ORDER BY id",
              editorSlugs.get(e));
      List<String> acked = savesAcknowledged.get(e);
      assertThat(acked).as("editor %d's saves", e).isNotEmpty();
      for (String tagline : acked) {
        assertThat(applied.stream().filter(a -> a.contains("→ '" + tagline + "'")))
            .as(
                () ->
                    String.format(
                        "applications of %s, acknowledged at %s (instance 1 killed at %s, load"
                            + " resumed at %s); nginx logged:%n%s",
                        tagline, acknowledgedAt.get(tagline), killed, resumed, balancerLog()))
            .hasSize(1);
      }
      // at most the saves sent were applied: none twice
      assertThat(applied.size()).isBetween(acked.size(), savesSent.get(e).get());
    }

    // registrations: each acknowledged one is there exactly once; none is there twice
    assertThat(acknowledged).isNotEmpty();
    List<String> registered =
        TestDatabase.strings(
            "SELECT lower(email) FROM registration WHERE event_id = ? ORDER BY id", event);
    for (String email : acknowledged) {
      assertThat(registered.stream().filter(email.toLowerCase()::equals)).as(email).hasSize(1);
    }
    assertThat(registered).doesNotHaveDuplicates();
    assertThat(registered.size()).isBetween(acknowledged.size(), signUpsSent.get());

    // e-mail: every registration confirmed once. Mail claimed by the lost instance goes out from
    // another once its claim lapses; only a message the lost instance handed to its mail server
    // in its very last instant, before recording it, could go twice (and then only one).
    awaitMails(registered, 1);
    Thread.sleep(4_000); // two more runs of each outbox
    List<MimeMessage> sentByLost = cluster.mailBySender().get(killedMember);
    int resent = 0;
    for (String email : registered) {
      List<MimeMessage> copies = mailsTo(email);
      assertThat(copies).as(email).isNotEmpty();
      if (copies.size() > 1) {
        assertThat(copies).as(email).hasSize(2);
        assertThat(mailsTo(sentByLost, email)).as("first copy by the lost instance").hasSize(1);
        resent++;
      }
    }
    assertThat(resent).as("sent twice").isLessThanOrEqualTo(1);

    // the restarted instance is a member again: it serves the sessions it never saw
    assertThat(cluster.member(0).get("/health/ready").statusCode()).isEqualTo(200);
    System.out.printf(
        "ClusterIT: %d page requests (%d failed), %d sign-ups sent (%d acknowledged, %d"
            + " registered), %d saves acknowledged, %d e-mails sent twice; the killed instance"
            + " served again %.1f s after its restart%n",
        pageRequests.get(),
        pageFailures.size(),
        signUpsSent.get(),
        acknowledged.size(),
        registered.size(),
        savesAcknowledged.values().stream().mapToInt(List::size).sum(),
        resent,
        rejoin.toMillis() / 1000.0);
  }

  private record Space(String slug, long event) {}

  /** A new collaborative with one published hour-long event {@code in} from now. */
  private static Space spaceWithEvent(String prefix, String title, Duration in, int seats)
      throws Exception {
    TestDatabase.ensureNetwork();
    String slug =
        TestDatabase.insertCollaborative(
            TestDatabase.uniqueSlug(prefix), "Collaborative " + prefix, prefix.toUpperCase());
    long event =
        EventFixtures.insertEvent(
            slug, title, Instant.now().plus(in), Duration.ofHours(1), "America/Chicago", seats);
    return new Space(slug, event);
  }

  /** Seconds since {@code started}, as "+12.3 s". */
  private static String since(long started) {
    return String.format("+%.1f s", (System.nanoTime() - started) / 1e9);
  }

  private static String balancerLog() {
    try {
      return cluster.balancerLog();
    } catch (java.io.IOException e) {
      return "(the log could not be read: " + e + ")";
    }
  }

  /** A visitor's pause between requests: the load leaves the 2-core machine room to restart. */
  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long hits(Portal portal) {
    Matcher m = HITS.matcher(portal.get("/health/ready").body());
    assertThat(m.find()).isTrue();
    return Long.parseLong(m.group(1));
  }

  /** What any instance's mail server received for {@code address}. */
  private static List<MimeMessage> mailsTo(String address) throws Exception {
    return mailsTo(cluster.mail(), address);
  }

  private static List<MimeMessage> mailsTo(List<MimeMessage> mail, String address)
      throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : mail) {
      if (Arrays.stream(m.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
        found.add(m);
      }
    }
    return found;
  }

  private static void awaitMails(List<String> people, int each) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      boolean all = true;
      List<MimeMessage> mail = cluster.mail();
      for (String person : people) {
        all &= mailsTo(mail, person).size() >= each;
      }
      if (all) {
        return;
      }
      Thread.sleep(250);
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
