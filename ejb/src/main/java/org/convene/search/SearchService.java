package org.convene.search;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.platform.SqlValues;

/**
 * Network-wide search over PostgreSQL's full-text search: every published item of every active
 * collaborative (events with their key findings and discussion topics, series, news, resources,
 * presenters of published events — found with their latest such event —, collaboratives' profiles),
 * ranked, with highlighted snippets and facet counts. Two statements per search whatever the number
 * of results or facets: the page of results (with the total), and every facet's counts. Drafts,
 * items scheduled for later and suspended collaboratives are never counted.
 */
@Stateless
public class SearchService {

  /** Markers ts_headline puts around matched words; escaped text never contains them. */
  static final String MARK = "\uE000";

  static final String END_MARK = "\uE001";

  private static final String QUERY =
      "q AS (SELECT websearch_to_tsquery('english'::regconfig, search_text(?1)) AS query)";

  private static final String HITS =
      "hits AS ("
          + " SELECT 'EVENT'::text AS kind, e.id, c.slug AS cslug, c.name AS cname, e.title,"
          + " e.abstract AS body, '/c/' || c.slug || '/events/' || e.id || '-' || e.slug AS path,"
          + " e.starts_at AS at, e.format::text AS format,"
          + " ts_rank_cd(e.search_tsv, q.query) AS rank"
          + " FROM q, event e JOIN collaborative c ON c.id = e.collaborative_id"
          + " WHERE e.search_tsv @@ q.query AND e.published_at <= now() AND c.status = 'ACTIVE'"
          + " UNION ALL SELECT 'SERIES', s.id, c.slug, c.name, s.title, s.description,"
          + " '/c/' || c.slug || '/series/' || s.slug, s.published_at, NULL,"
          + " ts_rank_cd(s.search_tsv, q.query)"
          + " FROM q, event_series s JOIN collaborative c ON c.id = s.collaborative_id"
          + " WHERE s.search_tsv @@ q.query AND s.published_at <= now() AND c.status = 'ACTIVE'"
          + " UNION ALL SELECT 'NEWS', n.id, c.slug, c.name, n.title, coalesce(n.summary, n.body),"
          + " '/c/' || c.slug || '/news/' || n.slug, n.dated::timestamptz, NULL,"
          + " ts_rank_cd(n.search_tsv, q.query)"
          + " FROM q, news_item n JOIN collaborative c ON c.id = n.collaborative_id"
          + " WHERE n.search_tsv @@ q.query AND n.published_at <= now() AND c.status = 'ACTIVE'"
          + " UNION ALL SELECT 'RESOURCE', r.id, c.slug, c.name, r.title, r.summary,"
          + " CASE WHEN r.content IS NOT NULL"
          + " THEN '/c/' || c.slug || '/resources/' || r.id || '/' || r.file_name ELSE r.url END,"
          + " r.published_at, NULL, ts_rank_cd(r.search_tsv, q.query)"
          + " FROM q, resource r JOIN collaborative c ON c.id = r.collaborative_id"
          + " WHERE r.search_tsv @@ q.query AND r.published_at <= now() AND c.status = 'ACTIVE'"
          + " UNION ALL SELECT 'PRESENTER', p.id, c.slug, c.name, p.name,"
          + " concat_ws('. ', concat_ws(', ', p.credentials, p.role, p.affiliation), p.bio),"
          + " (SELECT '/c/' || c.slug || '/events/' || e.id || '-' || e.slug"
          + " FROM event_presenter ep JOIN event e ON e.id = ep.event_id"
          + " WHERE ep.presenter_id = p.id AND e.published_at <= now()"
          + " ORDER BY e.starts_at DESC LIMIT 1), NULL, NULL, ts_rank_cd(p.search_tsv, q.query)"
          + " FROM q, presenter p JOIN collaborative c ON c.id = p.collaborative_id"
          + " WHERE p.search_tsv @@ q.query AND c.status = 'ACTIVE' AND EXISTS (SELECT 1"
          + " FROM event_presenter ep JOIN event e ON e.id = ep.event_id"
          + " WHERE ep.presenter_id = p.id AND e.published_at <= now())"
          + " UNION ALL SELECT 'COLLABORATIVE', c.id, c.slug, c.name, c.name,"
          + " coalesce(c.tagline, c.about), '/c/' || c.slug, NULL, NULL,"
          + " ts_rank_cd(c.search_tsv, q.query)"
          + " FROM q, collaborative c WHERE c.search_tsv @@ q.query AND c.status = 'ACTIVE')";

  private static final String LINKS =
      "links AS (SELECT 'EVENT'::text AS kind, event_id AS id, topic_id FROM event_topic"
          + " UNION ALL SELECT 'SERIES', series_id, topic_id FROM series_topic"
          + " UNION ALL SELECT 'NEWS', news_id, topic_id FROM news_topic"
          + " UNION ALL SELECT 'RESOURCE', resource_id, topic_id FROM resource_topic)";

  private static final String CHOSEN =
      "chosen AS (SELECT h.* FROM hits h"
          + " WHERE (?2 = '' OR h.kind = ANY (string_to_array(?2, ',')))"
          + " AND (?3 = '' OR h.cslug = ANY (string_to_array(?3, ',')))"
          + " AND (?4 = '' OR EXISTS (SELECT 1 FROM links l JOIN topic t ON t.id = l.topic_id"
          + " WHERE l.kind = h.kind AND l.id = h.id AND t.slug = ANY (string_to_array(?4, ','))))"
          + " AND (?5 = '' OR (h.kind = 'EVENT'"
          + " AND CASE WHEN ?5 = 'UPCOMING' THEN h.at >= now() ELSE h.at < now() END))"
          + " AND (?6 = 0 OR extract(year FROM h.at) = ?6)"
          + " AND (?7 = '' OR h.format = ?7))";

  private static final String WITH_CHOSEN =
      "WITH " + QUERY + ", " + HITS + ", " + LINKS + ", " + CHOSEN + " ";

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  /** The page of results and the facet counts for {@code query} (nothing for no words). */
  public SearchResults search(SearchQuery query) {
    if (query.isEmpty()) {
      return SearchResults.none(query);
    }
    String order =
        query.byDate()
            ? "at DESC NULLS LAST, rank DESC, kind, id"
            : "rank DESC, at DESC NULLS LAST, kind, id";
    Query page =
        em.createNativeQuery(
            WITH_CHOSEN
                + " SELECT p.kind, p.id, p.cslug, p.cname, p.title, p.path, p.at, p.format,"
                + " ts_headline('english'::regconfig, search_text(p.body), (SELECT query FROM q),"
                + " 'StartSel="
                + MARK
                + ", StopSel="
                + END_MARK
                + ", MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter= … '),"
                + " (SELECT string_agg(t.name, ', ' ORDER BY t.name) FROM links l"
                + " JOIN topic t ON t.id = l.topic_id WHERE l.kind = p.kind AND l.id = p.id),"
                + " p.total FROM (SELECT *, count(*) OVER () AS total FROM chosen ORDER BY "
                + order
                + " LIMIT ?8 OFFSET ?9) p ORDER BY "
                + order);
    bind(page, query);
    page.setParameter(8, SearchQuery.PAGE_SIZE);
    page.setParameter(9, (query.page() - 1) * SearchQuery.PAGE_SIZE);
    List<SearchResults.Hit> hits = new ArrayList<>();
    long total = 0;
    for (Object o : page.getResultList()) {
      Object[] row = (Object[]) o;
      hits.add(
          new SearchResults.Hit(
              SearchQuery.Kind.valueOf((String) row[0]),
              ((Number) row[1]).longValue(),
              (String) row[2],
              (String) row[3],
              (String) row[4],
              (String) row[5],
              SqlValues.instant(row[6]),
              (String) row[7],
              SearchResults.snippetHtml((String) row[8]),
              (String) row[9]));
      total = ((Number) row[10]).longValue();
    }
    if (hits.isEmpty() && query.page() > 1) {
      total = -1; // past the last page: the counts below still say how many there are
    }
    Query facets =
        em.createNativeQuery(
            WITH_CHOSEN
                + " SELECT 'kind', kind, kind, count(*) FROM chosen GROUP BY kind"
                + " UNION ALL SELECT 'collaborative', cslug, min(cname), count(*) FROM chosen"
                + " GROUP BY cslug"
                + " UNION ALL SELECT 'topic', t.slug, min(t.name), count(*) FROM chosen h"
                + " JOIN links l ON l.kind = h.kind AND l.id = h.id"
                + " JOIN topic t ON t.id = l.topic_id GROUP BY t.slug"
                + " UNION ALL SELECT 'when', CASE WHEN at >= now() THEN 'UPCOMING'"
                + " ELSE 'PAST' END, NULL, count(*) FROM chosen WHERE kind = 'EVENT' GROUP BY 2"
                + " UNION ALL SELECT 'year', extract(year FROM at)::int::text, NULL, count(*)"
                + " FROM chosen WHERE at IS NOT NULL GROUP BY 2"
                + " UNION ALL SELECT 'format', format, NULL, count(*) FROM chosen"
                + " WHERE format IS NOT NULL GROUP BY format");
    bind(facets, query);
    Map<String, List<SearchResults.Facet>> counts = new LinkedHashMap<>();
    for (Object o : facets.getResultList()) {
      Object[] row = (Object[]) o;
      counts
          .computeIfAbsent((String) row[0], k -> new ArrayList<>())
          .add(
              new SearchResults.Facet(
                  (String) row[1], (String) row[2], ((Number) row[3]).longValue()));
    }
    if (total < 0) {
      total =
          counts.getOrDefault("kind", List.of()).stream()
              .mapToLong(SearchResults.Facet::count)
              .sum();
    }
    return new SearchResults(query, total, hits, counts);
  }

  private static void bind(Query q, SearchQuery query) {
    q.setParameter(1, query.words());
    q.setParameter(2, String.join(",", query.kindNames()));
    q.setParameter(3, SearchQuery.csv(query.collaboratives()));
    q.setParameter(4, SearchQuery.csv(query.topics()));
    q.setParameter(5, query.when() == null ? "" : query.when().name());
    q.setParameter(6, query.year() == null ? 0 : query.year());
    q.setParameter(7, query.format() == null ? "" : query.format());
  }
}
