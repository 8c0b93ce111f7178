package org.convene.demo;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Logger;
import org.convene.account.AccountService;
import org.convene.account.Actor;
import org.convene.branding.BrandingService;
import org.convene.collaborative.CollaborativeService;
import org.convene.network.Network;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo network (NRHI) and its member collaboratives, taken from the two seed documents, with
 * full profiles, brand colours, generated logos and {@code icsi.localhost} mapped to ICSI. Loaded
 * by {@code ./convene start} (CONVENE_DEMO=true) into an empty database only; never in tests unless
 * a test asks for it. Goes through the services, so demo data passes the same checks as an editor's
 * input.
 */
@Stateless
public class DemoDataLoader {

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  /** Serialises concurrent loaders (several instances starting at once) in PostgreSQL. */
  private static final long ADVISORY_LOCK = 0x636f6e76656e65L;

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  static final String ADMIN = "admin@convene.test";

  @EJB private CollaborativeService collaboratives;
  @EJB private BrandingService branding;
  @EJB private AccountService accounts;
  @EJB private DemoEvents demoEvents;
  @EJB private DemoNews demoNews;
  @EJB private DemoResources demoResources;
  @EJB private DemoPractices demoPractices;
  @EJB private DemoFindings demoFindings;
  @EJB private DemoCampaigns demoCampaigns;
  @EJB private DemoLinks demoLinks;
  @EJB private org.convene.feature.FeatureService features;
  @EJB private org.convene.event.PublicEvents events;

  /** The password of every demo account: for a developer's machine, never for real use. */
  @Inject
  @ConfigProperty(name = "convene.demo.password", defaultValue = "convene-demo")
  private String demoPassword;

  /** Loads the demo data unless the database already has a network. Idempotent. */
  public boolean loadIfEmpty() {
    em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
        .setParameter(1, ADVISORY_LOCK)
        .getSingleResult();
    long networks = em.createQuery("SELECT COUNT(n) FROM Network n", Long.class).getSingleResult();
    if (networks > 0) {
      return false;
    }
    em.persist(network());
    Actor system = Actor.system();
    for (DemoCollaborative demo : DemoCollaborative.ALL) {
      collaboratives.create(system, demo.slug(), demo.profile().name(), demo.profile().shortName());
      collaboratives.updateProfile(
          system,
          demo.slug(),
          collaboratives.forEditing(system, demo.slug()).getVersion(),
          demo.profile());
      branding.changeColours(
          system,
          demo.slug(),
          collaboratives.forEditing(system, demo.slug()).getVersion(),
          demo.primary(),
          demo.accent());
      byte[] logo = logo(demo.slug());
      if (logo != null) {
        branding.changeLogo(system, demo.slug(), logo);
      }
      if (demo.hostName() != null) {
        collaboratives.mapHost(system, demo.slug(), demo.hostName());
      }
    }
    accounts.createWithPassword(system, ADMIN, "Demo Administrator", demoPassword, true);
    for (DemoCollaborative demo : DemoCollaborative.ALL) {
      String editor = "editor@" + demo.slug() + ".test";
      accounts.createWithPassword(
          system, editor, demo.profile().shortName() + " Editor", demoPassword, false);
      accounts.grantEditor(system, editor, demo.slug());
    }
    demoEvents.load(system);
    demoNews.load(system);
    demoResources.load(system);
    demoPractices.load(system);
    demoFindings.load(system);
    demoCampaigns.load(system);
    demoLinks.load(system);
    featureIcsiAndTheRoundtable(system);
    LOG.info(
        "Demo data loaded: NRHI, its member collaboratives, and demo accounts "
            + ADMIN
            + " and editor@{icsi,civhc,comagine,mncm,stratis,nrhi}.test"
            + " (password from CONVENE_DEMO_PASSWORD; demo only)");
    return true;
  }

  /** The seed page's "Featured Member" (ICSI, with its blurb) and an upcoming NRHI event. */
  private void featureIcsiAndTheRoundtable(Actor system) {
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("America/Chicago"));
    features.feature(
        system,
        org.convene.feature.FeatureKind.MEMBER,
        collaboratives.getActiveBySlug("icsi").getId(),
        "Institute for Clinical Systems Improvement (ICSI) is an independent, nonprofit health"
            + " care improvement organization with member medical groups and hospitals,"
            + " nonprofit health plan sponsors, and active connections with employers and"
            + " consumers: approximately 50 medical group and hospital members representing"
            + " 8,500 clinicians in Minnesota and surrounding areas.",
        today.minusDays(1),
        today.plusDays(60),
        "America/Chicago",
        true);
    events.upcoming(collaboratives.getActiveBySlug("nrhi"), 10).stream()
        .filter(e -> e.getTitle().startsWith("Collaboratives in Action"))
        .findFirst()
        .ifPresent(
            e ->
                features.feature(
                    system,
                    org.convene.feature.FeatureKind.EVENT,
                    e.getId(),
                    "Members compare what their regions do for the wellbeing of the healthcare"
                        + " workforce.",
                    today.minusDays(1),
                    today.plusDays(60),
                    "America/Chicago",
                    true));
  }

  static Network network() {
    Network network =
        new Network(
            "Network for Regional Healthcare Improvement",
            "NRHI",
            "Regional health-improvement collaboratives, working together",
            "NRHI is a national network of regional health improvement collaboratives and state"
                + " partners. Its members convene the people who give, get and pay for care in"
                + " their communities to improve health, quality and affordability — and share"
                + " what works across the country.");
    // the demo keeps its 2020 series' registrations (the seeds' participation figures, which the
    // analytics and the roster show) for the longest period allowed; a network chooses its own
    network.setPrivacy(null, Network.RETENTION_MAX);
    return network;
  }

  static List<DemoCollaborative> collaboratives() {
    return DemoCollaborative.ALL;
  }

  private static byte[] logo(String slug) {
    try (InputStream in =
        DemoDataLoader.class.getResourceAsStream("/demo/logos/" + slug + ".png")) {
      if (in == null) {
        return null; // shown with its monogram
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
