package org.convene.seo;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convene.platform.SqlValues;

/**
 * Every public page the portal serves, for {@code sitemap.xml}: the network's pages, each active
 * collaborative's space, and each published event, series, news item and topic, with when it last
 * changed. One statement; drafts, items scheduled for later and suspended collaboratives are never
 * listed.
 */
@Stateless
public class SitemapService {

  /** A page's address (relative to the portal) and when it last changed (may be null). */
  public record Entry(String path, Instant lastModified) {}

  /** The sitemap protocol's limit per file. */
  public static final int MAX_ENTRIES = 50_000;

  private static final String PAGES =
      "SELECT '/c/' || c.slug, NULL::timestamptz FROM collaborative c WHERE c.status = 'ACTIVE'"
          + " UNION ALL SELECT '/c/' || c.slug || suffix, NULL FROM collaborative c,"
          + " (VALUES ('/events'), ('/news'), ('/resources')) s(suffix) WHERE c.status = 'ACTIVE'"
          + " UNION ALL SELECT '/c/' || c.slug || '/events/' || e.id || '-' || e.slug, e.updated_at"
          + " FROM event e JOIN collaborative c ON c.id = e.collaborative_id"
          + " WHERE c.status = 'ACTIVE' AND e.published_at <= now()"
          + " UNION ALL SELECT '/c/' || c.slug || '/series/' || s.slug, s.updated_at"
          + " FROM event_series s JOIN collaborative c ON c.id = s.collaborative_id"
          + " WHERE c.status = 'ACTIVE' AND s.published_at <= now()"
          + " UNION ALL SELECT '/c/' || c.slug || '/news/' || n.slug, n.updated_at"
          + " FROM news_item n JOIN collaborative c ON c.id = n.collaborative_id"
          + " WHERE c.status = 'ACTIVE' AND n.published_at <= now() AND n.kind <> 'LINK'"
          + " UNION ALL SELECT '/topics/' || t.slug, NULL FROM topic t"
          + " ORDER BY 1 LIMIT "
          + MAX_ENTRIES;

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  public List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    entries.add(new Entry("/", null));
    entries.add(new Entry("/events", null));
    entries.add(new Entry("/collaboratives", null));
    entries.add(new Entry("/topics", null));
    for (Object o : em.createNativeQuery(PAGES).getResultList()) {
      Object[] row = (Object[]) o;
      entries.add(new Entry((String) row[0], SqlValues.instant(row[1])));
    }
    return entries;
  }
}
