package org.convene.collaborative;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.account.Actor;
import org.convene.branding.Brand;
import org.convene.branding.BrandingService;
import org.convene.branding.Logo;
import org.convene.branding.LogoImage;
import org.convene.demo.DemoDataLoader;
import org.convene.platform.DatabaseMigrator;
import org.convene.platform.InvalidInputException;
import org.convene.platform.Page;
import org.convene.testing.Deployments;
import org.convene.testing.InContainerData;
import org.convene.testing.TestImages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Collaborative services, persistence unit, Flyway and PostgreSQL together, inside Payara Micro.
 * Each service call commits or rolls back on its own, as it does for a user; slugs are unique.
 * Colours and logos ({@code BrandingService}) are checked in the same deployment (one Payara Micro
 * instead of two).
 */
@ExtendWith(ArquillianExtension.class)
class CollaborativeServiceIT {

  private static final Actor SYSTEM = Actor.system();

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(
        CollaborativeServiceIT.class, InContainerData.class, org.convene.testing.TestImages.class);
  }

  @EJB CollaborativeService collaboratives;
  @EJB BrandingService branding;
  @EJB org.convene.topic.TopicService topics;
  @EJB org.convene.news.NewsService news;
  @EJB org.convene.feature.FeatureService features;
  @EJB DatabaseMigrator migrator;
  @EJB DemoDataLoader demoData;
  @EJB InContainerData data;
  @Resource UserTransaction tx;

  private String create(String prefix, String name) {
    String slug = InContainerData.uniqueSlug(prefix);
    collaboratives.create(SYSTEM, slug, name, "T");
    return slug;
  }

  private static CollaborativeProfile profile(String name, String website, String about) {
    return new CollaborativeProfile(
        name,
        "SHORT",
        "A tagline",
        "A region",
        Set.of(UsState.MN, UsState.WI),
        about,
        1993,
        50,
        8500,
        website,
        "info@example.org",
        List.of(),
        List.of("A partner"));
  }

  @Test
  void schemaIsMigratedAtStartUp() {
    assertTrue(migrator.status().migrated(), migrator.status().detail());
  }

  @Test
  void findsAnActiveCollaborativeBySlugAndByItsMappedHost() {
    String slug = create("find", "Institute of Finding");
    String host = slug + ".example.org";
    collaboratives.mapHost(SYSTEM, slug, "  " + host.toUpperCase() + " ");

    assertEquals("Institute of Finding", collaboratives.getActiveBySlug(slug).getName());
    assertEquals(slug, collaboratives.findActiveByHost(host).orElseThrow().getSlug());
    assertTrue(collaboratives.mappedHosts().contains(host));
  }

  @Test
  void anUnknownOrMalformedSlugFindsNothing() {
    assertTrue(collaboratives.findActiveBySlug("no-such-collaborative").isEmpty());
    assertTrue(collaboratives.findActiveBySlug("x' OR '1'='1").isEmpty());
    assertTrue(collaboratives.findActiveBySlug(null).isEmpty());
    assertThrows(
        CollaborativeNotFoundException.class, () -> collaboratives.getActiveBySlug("nope"));
  }

  @Test
  void aSuspendedCollaborativeDisappearsFromPublicReadsButKeepsItsData() {
    String slug = create("suspended", "Suspended Health Partners");
    collaboratives.mapHost(SYSTEM, slug, slug + ".example.org");
    collaboratives.updateProfile(
        SYSTEM,
        slug,
        data.reload(slug).getVersion(),
        profile("Suspended Health Partners", null, "<p>Kept</p>"));

    collaboratives.suspend(SYSTEM, slug);

    assertTrue(collaboratives.findActiveBySlug(slug).isEmpty());
    assertTrue(collaboratives.findActiveByHost(slug + ".example.org").isEmpty());
    assertTrue(directory(slug).isEmpty());
    Collaborative stored = data.reload(slug);
    assertEquals(CollaborativeStatus.SUSPENDED, stored.getStatus());
    assertEquals("<p>Kept</p>", stored.getAbout());

    collaboratives.reactivate(SYSTEM, slug);
    assertTrue(collaboratives.findActiveBySlug(slug).isPresent());
  }

  @Test
  void anInvalidSlugIsRefusedWithAMessageAndCreatesNothing() {
    long before = data.count("Collaborative");

    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> collaboratives.create(SYSTEM, "Not A Slug!", "Bad", "B"));

    assertEquals("slug", e.getField());
    assertTrue(e.getMessage().contains("lower-case letters"), e.getMessage());
    assertEquals(before, data.count("Collaborative"));
  }

  @Test
  void aSlugInUseIsRefused() {
    String slug = create("taken", "First Owner");
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> collaboratives.create(SYSTEM, slug, "Second", "S"));
    assertTrue(e.getMessage().contains("already in use"));
  }

  @Test
  void renamingTheSlugKeepsTheOldAddressRedirecting() {
    String old = create("oldname", "Renamed Collaborative");
    String renamed = InContainerData.uniqueSlug("newname");

    collaboratives.renameSlug(SYSTEM, old, renamed);

    assertTrue(collaboratives.findActiveBySlug(old).isEmpty());
    assertEquals(renamed, collaboratives.findRenamedSlug(old).orElseThrow());
    assertEquals("Renamed Collaborative", collaboratives.getActiveBySlug(renamed).getName());
  }

  @Test
  void aHostNameMustBeValidAndBelongToOneCollaborativeOnly() {
    String first = create("hostone", "Host One");
    String second = create("hosttwo", "Host Two");
    collaboratives.mapHost(SYSTEM, first, first + ".example.org");

    InvalidInputException invalid =
        assertThrows(
            InvalidInputException.class,
            () -> collaboratives.mapHost(SYSTEM, second, "http://x.org/"));
    assertEquals("hostName", invalid.getField());
    InvalidInputException taken =
        assertThrows(
            InvalidInputException.class,
            () -> collaboratives.mapHost(SYSTEM, second, first + ".example.org"));
    assertTrue(taken.getMessage().contains("already mapped"));
    assertNull(data.reload(second).getHostName());
  }

  @Test
  void theProfileIsStoredWithItsAboutTextSanitised() {
    String slug = create("profile", "Profile Health");

    collaboratives.updateProfile(
        SYSTEM,
        slug,
        data.reload(slug).getVersion(),
        profile(
            "Profile Health",
            "https://profile.example.org",
            "<p onclick=\"x()\">Hello <script>alert(1)</script><strong>world</strong></p>"));

    Collaborative stored = data.reload(slug);
    assertEquals("<p>Hello <strong>world</strong></p>", stored.getAbout());
    assertEquals(Set.of(UsState.MN, UsState.WI), stored.getStates());
    assertEquals(8500, stored.getClinicians());
  }

  @Test
  void anInvalidProfileIsRefusedAndChangesNothing() {
    String slug = create("badprofile", "Unchanged Name");

    EJBException e =
        assertThrows(
            EJBException.class,
            () ->
                collaboratives.updateProfile(
                    SYSTEM,
                    slug,
                    data.reload(slug).getVersion(),
                    profile("Changed Name", "javascript:alert(1)", "<p>x</p>")));

    ConstraintViolationException violation = causeOfType(e, ConstraintViolationException.class);
    Set<String> messages =
        violation.getConstraintViolations().stream()
            .map(v -> v.getMessage())
            .collect(Collectors.toSet());
    assertTrue(messages.stream().anyMatch(m -> m.contains("https://")), messages.toString());
    assertEquals("Unchanged Name", data.reload(slug).getName());
  }

  @Test
  void theDirectoryFiltersByTextAndStateAndPaginates() {
    String marker = InContainerData.uniqueSlug("dir").replace("-", "");
    for (int i = 1; i <= 5; i++) {
      String slug = create("dir", "Directory " + marker + " " + i);
      collaboratives.updateProfile(
          SYSTEM,
          slug,
          data.reload(slug).getVersion(),
          profile("Directory " + marker + " " + i, null, null));
    }
    String coloradoSlug = create("dir", "Colorado " + marker);
    collaboratives.updateProfile(
        SYSTEM,
        coloradoSlug,
        data.reload(coloradoSlug).getVersion(),
        new CollaborativeProfile(
            "Colorado " + marker,
            "CO",
            null,
            null,
            Set.of(UsState.CO),
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            List.of()));

    Page<CollaborativeCard> page1 =
        collaboratives.directory(new DirectoryQuery(marker, null, 1, 4));
    Page<CollaborativeCard> page2 =
        collaboratives.directory(new DirectoryQuery(marker, null, 2, 4));
    Page<CollaborativeCard> colorado =
        collaboratives.directory(new DirectoryQuery(marker, UsState.CO, 1, 10));

    assertEquals(6, page1.total());
    assertEquals(4, page1.items().size());
    assertEquals(2, page2.items().size());
    assertEquals(
        List.of("Colorado " + marker, "Directory " + marker + " 1"),
        page1.items().subList(0, 2).stream().map(CollaborativeCard::getName).toList());
    assertEquals(
        List.of(coloradoSlug), colorado.items().stream().map(CollaborativeCard::getSlug).toList());
    assertEquals(List.of(UsState.CO), colorado.items().get(0).getStates());
  }

  @Test
  void wildcardsInTheSearchTextAreTakenLiterally() {
    String marker = InContainerData.uniqueSlug("wild").replace("-", "");
    create("wild", "Hundred " + marker + " Percent");
    create("wild", "Plain " + marker);

    assertEquals(0, directory(marker + "%").total());
    assertEquals(0, directory(marker.substring(0, 4) + "_" + marker.substring(5)).total());
    assertEquals(2, directory(marker).total());
  }

  @Test
  void anInvalidSlugIsRejectedBeforeItReachesTheDatabase() {
    EJBException e =
        assertThrows(
            EJBException.class, () -> data.persist(new Collaborative("Not A Slug", "Bad", "B")));
    ConstraintViolationException violation = causeOfType(e, ConstraintViolationException.class);
    assertEquals(
        Set.of("slug"),
        violation.getConstraintViolations().stream()
            .map(v -> v.getPropertyPath().toString())
            .collect(Collectors.toSet()));
  }

  @Test
  void theDatabaseItselfRefusesAMalformedSlug() {
    assertThrows(
        EJBException.class,
        () ->
            data.executeNative(
                "INSERT INTO collaborative (slug, name, short_name) VALUES ('Bad Slug', 'x', 'x')"));
  }

  @Test
  void demoDataLoadsIntoAnEmptyDatabaseExactlyOnce() throws Exception {
    tx.begin();
    try {
      data.execute("DELETE FROM Logo");
      data.execute("DELETE FROM SlugRedirect");
      data.executeNative("DELETE FROM collaborative");
      data.execute("DELETE FROM Network");

      assertTrue(demoData.loadIfEmpty());
      assertFalse(demoData.loadIfEmpty(), "a second load must change nothing");

      assertEquals(1, data.count("Network"));
      assertEquals(6, data.count("Logo"));
      Page<CollaborativeCard> all = collaboratives.directory(DirectoryQuery.all(1, 10));
      assertEquals(
          List.of("civhc", "comagine", "icsi", "mncm", "nrhi", "stratis"),
          all.items().stream().map(CollaborativeCard::getSlug).toList());
      assertEquals(
          "icsi", collaboratives.findActiveByHost("icsi.localhost").orElseThrow().getSlug());
      assertEquals(8500, data.reload("icsi").getClinicians());

      // the seed's webinars: ICSI's 2020 series, NRHI's May 4, 2020 webinar and Feb 3, 2021 talk
      assertEquals(
          13L,
          data.countWhere(
              "Event",
              "e.series.slug = 'mental-health-support-2020'"
                  + " AND e.collaborative.slug = 'icsi'"));
      assertEquals(
          java.time.Instant.parse("2020-04-14T17:00:00Z"),
          data.idOf(
              java.time.Instant.class,
              "SELECT MIN(e.startsAt) FROM Event e WHERE e.series.slug = :slug",
              "mental-health-support-2020"));
      assertEquals(
          java.time.Instant.parse("2021-02-03T18:15:00Z"),
          data.idOf(
              java.time.Instant.class,
              "SELECT e.startsAt FROM Event e WHERE e.slug = :slug",
              "moral-distress-and-clinician-wellbeing-during-covid-19"));
      assertTrue(
          data.countWhere("Event", "e.endsAt > CURRENT_TIMESTAMP AND e.publishedAt IS NOT NULL")
              >= 8,
          "upcoming events keep the calendars from being empty");

      // the seed page, built live: the topic gathers at least four members' items, and so does
      // the news on the network home
      org.convene.topic.TopicPage page =
          topics.page("mental-health-of-healthcare-workers").orElseThrow();
      java.util.Set<String> onTopic =
          new java.util.HashSet<>(page.getEventsByCollaborative().keySet());
      news.onTopic(page.getTopic(), 50).forEach(n -> onTopic.add(n.getCollaborative().getName()));
      assertTrue(onTopic.size() >= 4, "collaboratives on the topic: " + onTopic);
      assertTrue(
          news.latest(5).stream().map(n -> n.getCollaborative().getSlug()).distinct().count() >= 4);
      assertEquals("icsi", features.currentMember().orElseThrow().getCollaborative().getSlug());
      assertTrue(features.currentItem().isPresent());
    } finally {
      tx.rollback();
    }
  }

  private Page<CollaborativeCard> directory(String text) {
    return collaboratives.directory(new DirectoryQuery(text, null, 1, 50));
  }

  private static <T extends Throwable> T causeOfType(Throwable t, Class<T> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " in " + t, t);
  }

  // --- colours and logos (BrandingService), in the same deployment ---

  private String createForBranding() {
    String slug = InContainerData.uniqueSlug("brand");
    collaboratives.create(SYSTEM, slug, "Brand Test Collaborative", "BTC");
    return slug;
  }

  @Test
  void coloursAreStoredNormalised() {
    String slug = createForBranding();
    branding.changeColours(SYSTEM, slug, data.reload(slug).getVersion(), " #1F4E8C ", "#F2A900");

    Brand brand = data.reload(slug).getBrand();
    assertEquals("#1f4e8c", brand.primary().hex());
    assertEquals("#f2a900", brand.accent().hex());
  }

  @Test
  void anInvalidColourIsRefusedWithAMessageAndChangesNothing() {
    String slug = createForBranding();
    branding.changeColours(SYSTEM, slug, data.reload(slug).getVersion(), "#1f4e8c", "#f2a900");

    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                branding.changeColours(
                    SYSTEM,
                    slug,
                    data.reload(slug).getVersion(),
                    "#00ff00",
                    "red; background:url(x)"));

    assertEquals("accentColour", e.getField());
    assertTrue(e.getMessage().contains("six hexadecimal digits"), e.getMessage());
    Brand brand = data.reload(slug).getBrand();
    assertEquals("#1f4e8c", brand.primary().hex());
    assertEquals("#f2a900", brand.accent().hex());
  }

  @Test
  void pngJpegAndWebpLogosAreAcceptedAndNamedByTheirHash() {
    String slug = createForBranding();
    for (byte[] image : new byte[][] {TestImages.png(), TestImages.jpeg(), TestImages.webp()}) {
      Collaborative c = branding.changeLogo(SYSTEM, slug, image);
      assertEquals(org.convene.platform.Digests.sha256Hex(image), c.getLogoSha256());
      LogoImage served =
          branding.findCurrentLogo(data.reload(slug), c.getLogoSha256()).orElseThrow();
      assertArrayEquals(image, served.content());
    }
    assertEquals("webp", data.reload(slug).getLogoFileName().replaceAll(".*\\.", ""));
  }

  @Test
  void replacingALogoKeepsOnlyTheNewOne() {
    String slug = createForBranding();
    Collaborative first = branding.changeLogo(SYSTEM, slug, TestImages.png());
    branding.changeLogo(SYSTEM, slug, TestImages.jpeg());

    assertTrue(branding.findCurrentLogo(data.reload(slug), first.getLogoSha256()).isEmpty());
  }

  @Test
  void anHtmlFileNamedPngIsRefusedAndChangesNothing() {
    String slug = createForBranding();
    byte[] html =
        "<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"
            .getBytes(StandardCharsets.UTF_8);

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> branding.changeLogo(SYSTEM, slug, html));

    assertEquals("logo", e.getField());
    assertTrue(e.getMessage().contains("not a PNG, JPEG or WebP"), e.getMessage());
    assertNull(data.reload(slug).getLogoSha256());
  }

  @Test
  void anSvgLogoIsRefusedWithItsReason() {
    String slug = createForBranding();
    byte[] svg =
        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>x()</script></svg>"
            .getBytes(StandardCharsets.UTF_8);

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> branding.changeLogo(SYSTEM, slug, svg));

    assertTrue(e.getMessage().startsWith("SVG logos are not accepted"), e.getMessage());
    assertNull(data.reload(slug).getLogoSha256());
  }

  @Test
  void anOversizedOrEmptyLogoIsRefusedAndTheOldOneStays() {
    String slug = createForBranding();
    Collaborative before = branding.changeLogo(SYSTEM, slug, TestImages.png());
    byte[] huge = Arrays.copyOf(TestImages.png(), Logo.MAX_BYTES + 1);

    InvalidInputException tooBig =
        assertThrows(InvalidInputException.class, () -> branding.changeLogo(SYSTEM, slug, huge));
    InvalidInputException empty =
        assertThrows(
            InvalidInputException.class, () -> branding.changeLogo(SYSTEM, slug, new byte[0]));

    assertTrue(tooBig.getMessage().contains("at most 2 MB"), tooBig.getMessage());
    assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
    assertEquals(before.getLogoSha256(), data.reload(slug).getLogoSha256());
  }

  @Test
  void aTenantOwnedLookupWithTheWrongCollaborativeFindsNothing() {
    String owner = createForBranding();
    String other = createForBranding();
    branding.changeLogo(SYSTEM, owner, TestImages.png());
    Long logoId =
        data.idOf(Long.class, "SELECT l.id FROM Logo l WHERE l.collaborative.slug = :slug", owner);

    assertTrue(data.findOwned(Logo.class, data.reload(owner), logoId).isPresent());
    assertTrue(data.findOwned(Logo.class, data.reload(other), logoId).isEmpty());
    assertTrue(data.findOwned(Logo.class, null, logoId).isEmpty());
    String sha = data.reload(owner).getLogoSha256();
    assertTrue(branding.findCurrentLogo(data.reload(other), sha).isEmpty());
  }
}
