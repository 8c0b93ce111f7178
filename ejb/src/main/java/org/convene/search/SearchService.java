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
 * presenters of published events — found with their page of sessions —, collaboratives' profiles),
 * ranked, with highlighted snippets and facet counts. It reads one index table, {@code
 * search_entry} (a row per item, kept current by the database's triggers: V13), and runs two
 * statements per search whatever the number of results or facets: the transaction's settings, then
 * the page of results, the total and every facet's counts in one. Drafts, items scheduled for later
 * and suspended collaboratives are never counted.
 */
@Stateless
public class SearchService {

  /** Markers ts_headline puts around matched words; escaped text never contains them. */
  static final String MARK = "\uE000";

  static final String END_MARK = "\uE001";

  /**
   * The words as a query, written out where it is used (not in a CTE) so that the planner sees the
   * query's terms and estimates how many rows match from the index's statistics.
   */
  private static final String TSQUERY =
      "websearch_to_tsquery('english'::regconfig, search_text(?1))";

  /**
   * Every match of the words with every chosen facet but the kind (so that the kind facet counts
   * what there is to add), narrow: what ranking, filtering and counting need. Ranked with {@code
   * ts_rank}, under which a word in the title always outweighs the same word in a summary, which
   * outweighs it in a body (weights A 1.0, B 0.4, C 0.2; more occurrences add less and less).
   */
  private static final String ANY_KIND =
      """
      any_kind AS MATERIALIZED (
       SELECT s.kind, s.item_id AS id, c.slug AS cslug, c.name AS cname, s.at, s.format,
        s.topic_ids, ts_rank(s.tsv, %1$s) AS rank
       FROM search_entry s JOIN collaborative c ON c.id = s.collaborative_id
       WHERE s.tsv @@ %1$s AND s.visible_from <= now() AND c.status = 'ACTIVE'
        AND (?3 = '' OR c.slug = ANY (string_to_array(?3, ',')))
        AND (?4 = '' OR s.topic_ids && ARRAY(SELECT t.id FROM topic t
         WHERE t.slug = ANY (string_to_array(?4, ','))))
        AND (?5 = '' OR (s.kind = 'EVENT'
         AND CASE WHEN ?5 = 'UPCOMING' THEN s.at >= now() ELSE s.at < now() END))
        AND (?6 = 0 OR date_part('year', s.at) = ?6)
        AND (?7 = '' OR s.format = ?7))"""
          .formatted(TSQUERY);

  /** The matches of the words and every chosen facet value. */
  private static final String CHOSEN =
      "chosen AS NOT MATERIALIZED (SELECT * FROM any_kind"
          + " WHERE ?2 = '' OR kind = ANY (string_to_array(?2, ',')))";

  /** A page row's title, text (for the snippet) and address, read by its kind and id. */
  private static final String DETAILS =
      """
      CROSS JOIN LATERAL (
       SELECT e.title, e.abstract AS body,
        '/c/' || p.cslug || '/events/' || e.id || '-' || e.slug AS path
       FROM event e WHERE p.kind = 'EVENT' AND e.id = p.id
       UNION ALL SELECT s.title, s.description, '/c/' || p.cslug || '/series/' || s.slug
       FROM event_series s WHERE p.kind = 'SERIES' AND s.id = p.id
       UNION ALL SELECT n.title, coalesce(n.summary, n.body),
        '/c/' || p.cslug || '/news/' || n.slug
       FROM news_item n WHERE p.kind = 'NEWS' AND n.id = p.id
       UNION ALL SELECT r.title, r.summary, CASE WHEN r.content IS NOT NULL
        THEN '/c/' || p.cslug || '/resources/' || r.id || '/' || r.file_name ELSE r.url END
       FROM resource r WHERE p.kind = 'RESOURCE' AND r.id = p.id
       UNION ALL SELECT pc.name, coalesce(pc.summary, pc.problem),
        '/c/' || p.cslug || '/practices/' || pc.slug
       FROM practice pc WHERE p.kind = 'PRACTICE' AND pc.id = p.id
       UNION ALL SELECT fi.statement, concat_ws(' — ', fi.quote, fi.speaker),
        '/c/' || p.cslug || CASE WHEN fi.event_id IS NOT NULL
         THEN (SELECT '/events/' || e.id || '-' || e.slug FROM event e WHERE e.id = fi.event_id)
         ELSE (SELECT '/series/' || s.slug FROM event_series s WHERE s.id = fi.series_id) END
        || '#finding-' || fi.id
       FROM finding fi WHERE p.kind = 'FINDING' AND fi.id = p.id
       UNION ALL SELECT pr.name,
        concat_ws('. ', concat_ws(', ', pr.credentials, pr.role, pr.affiliation), pr.bio),
        '/presenters/' || pr.id
       FROM presenter pr WHERE p.kind = 'PRESENTER' AND pr.id = p.id
       UNION ALL SELECT c.name, coalesce(c.tagline, c.about), '/c/' || c.slug
       FROM collaborative c WHERE p.kind = 'COLLABORATIVE' AND c.id = p.id) d"""
          + " ";

  /**
   * The kinds (among every match), the total, and the collaborative, date and format facets (among
   * the chosen kinds), counted in one pass over the matches: one grouping set per facet.
   */
  private static final String COUNTS =
      """
       UNION ALL SELECT CASE WHEN GROUPING(kind) = 0 THEN 'kind'
         WHEN GROUPING(cslug) = 0 THEN 'collaborative' WHEN GROUPING(w) = 0 THEN 'when'
         WHEN GROUPING(y) = 0 THEN 'year' WHEN GROUPING(format) = 0 THEN 'format' ELSE 'total' END,
        NULL, NULL::bigint, coalesce(kind, cslug, w, y, format),
        CASE WHEN GROUPING(kind) = 0 THEN kind WHEN GROUPING(cslug) = 0 THEN min(cname) END,
        NULL, NULL,
        NULL::timestamptz, NULL, NULL, NULL,
        CASE WHEN GROUPING(kind) = 0 THEN count(*) ELSE count(*) FILTER (WHERE chosen) END,
        NULL::bigint
       FROM (SELECT kind, cslug, cname, format, date_part('year', at)::int::text AS y,
         CASE WHEN kind <> 'EVENT' THEN NULL WHEN at >= now() THEN 'UPCOMING' ELSE 'PAST' END AS w,
         (?2 = '' OR kind = ANY (string_to_array(?2, ','))) AS chosen FROM any_kind) f
       GROUP BY GROUPING SETS ((kind), (cslug), (w), (y), (format), ())
       HAVING GROUPING(kind) = 0 OR GROUPING(cslug, w, y, format) = 15
        OR (count(*) FILTER (WHERE chosen) > 0
         AND coalesce(cslug, w, y, format) IS NOT NULL)""";

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  /**
   * The page of results and the facet counts for {@code query} (nothing for no words), in one
   * statement: the matching items are found once, then paged (with their snippets and topics) and
   * counted per facet value.
   */
  public SearchResults search(SearchQuery query) {
    if (query.isEmpty()) {
      return SearchResults.none(query);
    }
    // For this transaction: a plan for these very words and facets, never a generic one (whether
    // the text index or the collaboratives' pays off depends on how many items the words and the
    // chosen collaboratives match: a generic plan made typical searches three times slower); the
    // matches found through the text index, never by a scan of the whole index table (PostgreSQL
    // scans when the words match most items, testing every row's tsvector: twice as slow as reading
    // the matches the index lists); room to keep the matches in memory; and no JIT compilation (the
    // statement's estimated cost can be high enough for PostgreSQL to spend two seconds compiling
    // it, for a query that runs in 200 ms).
    em.createNativeQuery(
            "SELECT set_config('plan_cache_mode', 'force_custom_plan', true),"
                + " set_config('enable_seqscan', 'off', true),"
                + " set_config('work_mem', '32MB', true), set_config('jit', 'off', true)")
        .getResultList();
    Query statement = em.createNativeQuery(statement(query.byDate()));
    bind(statement, query);
    statement.setParameter(8, SearchQuery.PAGE_SIZE);
    statement.setParameter(9, (query.page() - 1) * SearchQuery.PAGE_SIZE);
    List<SearchResults.Hit> hits = new ArrayList<>();
    Map<String, List<SearchResults.Facet>> counts = new LinkedHashMap<>();
    long total = 0;
    for (Object o : statement.getResultList()) {
      Object[] row = (Object[]) o;
      if ("HIT".equals(row[0])) {
        hits.add(
            new SearchResults.Hit(
                SearchQuery.Kind.valueOf((String) row[1]),
                ((Number) row[2]).longValue(),
                (String) row[3],
                (String) row[4],
                (String) row[5],
                (String) row[6],
                SqlValues.instant(row[7]),
                (String) row[8],
                SearchResults.snippetHtml((String) row[9]),
                (String) row[10]));
      } else if ("total".equals(row[0])) {
        total = ((Number) row[11]).longValue();
      } else {
        counts
            .computeIfAbsent((String) row[0], k -> new ArrayList<>())
            .add(
                new SearchResults.Facet(
                    (String) row[3], (String) row[4], ((Number) row[11]).longValue()));
      }
    }
    return new SearchResults(query, total, hits, counts);
  }

  /** The one statement of a search, sorted by relevance or by date. */
  static String statement(boolean byDate) {
    String order =
        byDate
            ? "at DESC NULLS LAST, rank DESC, kind, id"
            : "rank DESC, at DESC NULLS LAST, kind, id";
    return "WITH "
        + ANY_KIND
        + ", "
        + CHOSEN
        // the page: the first rows of a top-N sort, numbered afterwards (not a sort of all matches)
        + ", page AS (SELECT * FROM chosen ORDER BY "
        + order
        + " LIMIT ?8 OFFSET ?9)"
        // part, kind/facet, id, slug/value, name/label, title, path, at, format, snippet,
        // topics, total/count, position
        + " SELECT 'HIT', p.kind, p.id, p.cslug, p.cname, d.title, d.path, p.at, p.format,"
        + " ts_headline('english'::regconfig, search_text(d.body), "
        + TSQUERY
        + ", 'StartSel="
        + MARK
        + ", StopSel="
        + END_MARK
        + ", MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter= … '),"
        + " (SELECT string_agg(t.name, ', ' ORDER BY t.name) FROM topic t"
        + " WHERE t.id = ANY (p.topic_ids)),"
        + " NULL::bigint, row_number() OVER (ORDER BY "
        + order
        + ") FROM page p "
        + DETAILS
        + COUNTS
        // topics counted by id first (a hash of integers), named afterwards
        + " UNION ALL SELECT 'topic', NULL, NULL::bigint, t.slug, t.name, NULL, NULL,"
        + " NULL::timestamptz, NULL, NULL, NULL, x.n, NULL::bigint FROM (SELECT topic_id,"
        + " count(*) AS n FROM chosen, unnest(chosen.topic_ids) AS topic_id GROUP BY topic_id) x"
        + " JOIN topic t ON t.id = x.topic_id"
        + " ORDER BY 1, 13, 12 DESC, 4";
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
