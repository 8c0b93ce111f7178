package org.convene.seo;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convene.platform.SqlValues;

/**
 * Every public page the portal serves, for the sitemaps: the network's own pages and topics, and
 * per active collaborative its space and each published event, series and news item, with when it
 * last changed. One statement per sitemap file; drafts, items scheduled for later and suspended
 * collaboratives are never listed.
 */
@Stateless
public class SitemapService {

  /** A page's address (relative to the network, or to its space) and when it last changed. */
  public record Entry(String path, Instant lastModified) {}

  /** An active collaborative's sitemap: its slug, its own host name (or null), its last change. */
  public record Space(String slug, String hostName, Instant lastModified) {}

  /** The sitemap protocol's limit per file. */
  public static final int MAX_ENTRIES = 50_000;

  private static final String SPACE_PAGES =
      "SELECT '/', NULL::timestamptz UNION ALL SELECT suffix, NULL FROM"
          + " (VALUES ('/events'), ('/news'), ('/resources'), ('/practices')) s(suffix)"
          + " UNION ALL SELECT '/events/' || e.id || '-' || e.slug, e.updated_at FROM event e"
          + " WHERE e.collaborative_id = ?1 AND e.published_at <= now()"
          + " UNION ALL SELECT '/series/' || s.slug, s.updated_at FROM event_series s"
          + " WHERE s.collaborative_id = ?1 AND s.published_at <= now()"
          + " UNION ALL SELECT '/news/' || n.slug, n.updated_at FROM news_item n"
          + " WHERE n.collaborative_id = ?1 AND n.published_at <= now() AND n.kind <> 'LINK'"
          + " UNION ALL SELECT '/practices/' || p.slug, p.updated_at FROM practice p"
          + " WHERE p.collaborative_id = ?1 AND p.published_at <= now()"
          + " ORDER BY 1 LIMIT "
          + MAX_ENTRIES;

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  /** The network's own pages, its topics and its published campaigns. */
  public List<Entry> network() {
    List<Entry> entries = new ArrayList<>();
    entries.add(new Entry("/", null));
    entries.add(new Entry("/events", null));
    entries.add(new Entry("/collaboratives", null));
    entries.add(new Entry("/topics", null));
    entries.add(new Entry("/findings", null));
    entries.add(new Entry("/campaigns", null));
    for (Object slug :
        em.createNativeQuery(
                "SELECT slug FROM campaign WHERE published_at <= now() ORDER BY slug LIMIT "
                    + MAX_ENTRIES)
            .getResultList()) {
      entries.add(new Entry("/campaigns/" + slug, null));
    }
    for (Object slug :
        em.createNativeQuery("SELECT slug FROM topic ORDER BY slug LIMIT " + MAX_ENTRIES)
            .getResultList()) {
      entries.add(new Entry("/topics/" + slug, null));
    }
    return entries;
  }

  /** Every active collaborative, by slug, with the last change of what it publishes. */
  public List<Space> spaces() {
    List<Space> spaces = new ArrayList<>();
    for (Object o :
        em.createNativeQuery(
                "SELECT c.slug, c.host_name, greatest("
                    + " (SELECT max(e.updated_at) FROM event e WHERE e.collaborative_id = c.id"
                    + " AND e.published_at <= now()),"
                    + " (SELECT max(s.updated_at) FROM event_series s"
                    + " WHERE s.collaborative_id = c.id AND s.published_at <= now()),"
                    + " (SELECT max(n.updated_at) FROM news_item n"
                    + " WHERE n.collaborative_id = c.id AND n.published_at <= now()),"
                    + " (SELECT max(p.updated_at) FROM practice p"
                    + " WHERE p.collaborative_id = c.id AND p.published_at <= now()))"
                    + " FROM collaborative c WHERE c.status = 'ACTIVE' ORDER BY c.slug")
            .getResultList()) {
      Object[] row = (Object[]) o;
      spaces.add(new Space((String) row[0], (String) row[1], SqlValues.instant(row[2])));
    }
    return spaces;
  }

  /** An active collaborative's own host name (or null) and its pages, relative to its space. */
  public record SpacePages(String hostName, List<Entry> entries) {}

  /** An active collaborative's sitemap; empty when there is no such active collaborative. */
  public Optional<SpacePages> space(String slug) {
    List<?> found =
        em.createNativeQuery(
                "SELECT id, host_name FROM collaborative WHERE slug = ?1 AND status = 'ACTIVE'")
            .setParameter(1, slug)
            .getResultList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Object[] space = (Object[]) found.get(0);
    List<Entry> entries = new ArrayList<>();
    for (Object o : em.createNativeQuery(SPACE_PAGES).setParameter(1, space[0]).getResultList()) {
      Object[] row = (Object[]) o;
      entries.add(new Entry((String) row[0], SqlValues.instant(row[1])));
    }
    return Optional.of(new SpacePages((String) space[1], entries));
  }
}
