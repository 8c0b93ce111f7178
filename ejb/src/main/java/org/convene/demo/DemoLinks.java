package org.convene.demo;

import static org.convene.account.Authorized.Rule.PLATFORM;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.collaborative.CollaborativeService;
import org.convene.link.LinkService;
import org.convene.link.Partner;

/**
 * The seed's links made real: ICSI's press release, its 2020 series, the Mental Health Playbook and
 * the second series point to each other; NRHI's May 4, 2020 webinar is presented by ICSI.
 */
@Stateless
public class DemoLinks {

  @EJB private LinkService links;
  @EJB private CollaborativeService collaboratives;

  @jakarta.persistence.PersistenceContext(unitName = "convene")
  private jakarta.persistence.EntityManager em;

  @Authorized(PLATFORM)
  public void load(Actor system) {
    String series = "/c/icsi/series/mental-health-support-2020";
    long pressRelease = id("SELECT id FROM news_item WHERE kind = 'PRESS_RELEASE'", "icsi");
    links.relate(system, "icsi", "NEWS", pressRelease, series);
    long first =
        id("SELECT id FROM event_series WHERE slug = 'mental-health-support-2020'", "icsi");
    links.relate(system, "icsi", "SERIES", first, "/c/icsi/series/mental-health-support-series-2");
    long playbook =
        id("SELECT id FROM resource WHERE title = 'ICSI Mental Health Playbook'", "icsi");
    links.relate(system, "icsi", "SERIES", first, "RESOURCE", playbook);
    links.relate(system, "icsi", "NEWS", pressRelease, "RESOURCE", playbook);
    long may4 =
        id(
            "SELECT id FROM event WHERE title = 'Mental Health Support for Healthcare Workforce'",
            "nrhi");
    links.addPartner(
        system,
        "nrhi",
        may4,
        collaboratives.getActiveBySlug("icsi").getId(),
        Partner.Role.PRESENTER);
    links.relate(system, "nrhi", "EVENT", may4, series);
  }

  /** The id of the demo item {@code sql} finds among {@code slug}'s (the demo's own constants). */
  private long id(String sql, String slug) {
    return ((Number)
            em.createNativeQuery(sql + " AND collaborative_id = ?1 ORDER BY id LIMIT 1")
                .setParameter(1, collaboratives.getActiveBySlug(slug).getId())
                .getSingleResult())
        .longValue();
  }
}
