package org.convene.demo;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.convene.collaborative.Collaborative;
import org.convene.network.Network;

/**
 * The demo network (NRHI) and its member collaboratives, taken from the two seed documents. Loaded
 * by {@code ./convene start} (CONVENE_DEMO=true) into an empty database only; never in tests unless
 * a test asks for it.
 */
@Stateless
public class DemoDataLoader {

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  /** Serialises concurrent loaders (several instances starting at once) in PostgreSQL. */
  private static final long ADVISORY_LOCK = 0x636f6e76656e65L;

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

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
    collaboratives().forEach(em::persist);
    LOG.info("Demo data loaded: NRHI and its member collaboratives");
    return true;
  }

  static Network network() {
    return new Network(
        "Network for Regional Healthcare Improvement",
        "NRHI",
        "Regional health-improvement collaboratives, working together",
        "NRHI is a national network of regional health improvement collaboratives and state"
            + " partners. Its members convene the people who give, get and pay for care in"
            + " their communities to improve health, quality and affordability — and share"
            + " what works across the country.");
  }

  static List<Collaborative> collaboratives() {
    return List.of(
        new Collaborative("icsi", "Institute for Clinical Systems Improvement", "ICSI")
            .describe(
                "Convening organizations to find solutions to healthcare's toughest challenges",
                "Minnesota and surrounding areas",
                "https://www.icsi.org"),
        new Collaborative("civhc", "Center for Improving Value in Health Care", "CIVHC")
            .describe(
                "Objective health care data and analysis to improve value in Colorado",
                "Colorado",
                "https://www.civhc.org"),
        new Collaborative("comagine", "Comagine Health", "Comagine Health")
            .describe(
                "Working with communities to improve health and health care",
                "Oregon, Washington, Idaho, Utah, Nevada and New Mexico",
                "https://comagine.org"),
        new Collaborative("mncm", "MN Community Measurement", "MNCM")
            .describe(
                "Measuring and reporting health care quality so Minnesotans can compare care",
                "Minnesota",
                "https://mncm.org"),
        new Collaborative("stratis", "Stratis Health", "Stratis Health")
            .describe(
                "Leading collaboration and innovation in health care quality and safety",
                "Minnesota",
                "https://stratishealth.org"));
  }
}
