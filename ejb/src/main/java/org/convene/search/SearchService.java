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

  /**
   * The words as a query, written out in each branch (not in a CTE) so that the planner sees the
   * query's terms and estimates how many rows match from the columns' statistics.
   */
  private static final String TSQUERY =
      "websearch_to_tsquery('english'::regconfig, search_text(?1))";

  /**
   * The chosen collaboratives narrow each branch, so that an index can find a few collaboratives'
   * matches; they are checked again with the other facets in {@code chosen}.
   */
  private static final String CHOSEN_COLLABORATIVES =
      "(?3 = '' OR c.slug = ANY (string_to_array(?3, ',')))";

  /**
   * Every match, narrow (what ranking, filtering and counting need): the texts of the page's few
   * rows are read afterwards ({@link #DETAILS}), not carried for every match.
   */
  private static final String HITS =
      """
      hits AS MATERIALIZED (
       SELECT 'EVENT'::text AS kind, e.id, c.slug AS cslug, c.name AS cname, e.starts_at AS at,
        e.format::text AS format, ts_rank_cd(e.search_tsv, %1$s) AS rank
       FROM event e JOIN collaborative c ON c.id = e.collaborative_id
       WHERE e.search_tsv @@ %1$s AND e.published_at <= now() AND c.status = 'ACTIVE'
        AND %2$s
       UNION ALL SELECT 'SERIES', s.id, c.slug, c.name, s.published_at, NULL,
        ts_rank_cd(s.search_tsv, %1$s)
       FROM event_series s JOIN collaborative c ON c.id = s.collaborative_id
       WHERE s.search_tsv @@ %1$s AND s.published_at <= now() AND c.status = 'ACTIVE'
        AND %2$s
       UNION ALL SELECT 'NEWS', n.id, c.slug, c.name, n.dated::timestamptz, NULL,
        ts_rank_cd(n.search_tsv, %1$s)
       FROM news_item n JOIN collaborative c ON c.id = n.collaborative_id
       WHERE n.search_tsv @@ %1$s AND n.published_at <= now() AND c.status = 'ACTIVE'
        AND %2$s
       UNION ALL SELECT 'RESOURCE', r.id, c.slug, c.name, r.published_at, NULL,
        ts_rank_cd(r.search_tsv, %1$s)
       FROM resource r JOIN collaborative c ON c.id = r.collaborative_id
       WHERE r.search_tsv @@ %1$s AND r.published_at <= now() AND c.status = 'ACTIVE'
        AND %2$s
       UNION ALL SELECT 'PRESENTER', p.id, c.slug, c.name, NULL, NULL,
        ts_rank_cd(p.search_tsv, %1$s)
       FROM presenter p JOIN collaborative c ON c.id = p.collaborative_id
       WHERE p.search_tsv @@ %1$s AND c.status = 'ACTIVE'
        AND %2$s AND EXISTS (SELECT 1
        FROM event_presenter ep JOIN event e ON e.id = ep.event_id
        WHERE ep.presenter_id = p.id AND e.published_at <= now())
       UNION ALL SELECT 'COLLABORATIVE', c.id, c.slug, c.name, NULL, NULL,
        ts_rank_cd(c.search_tsv, %1$s)
       FROM collaborative c WHERE c.search_tsv @@ %1$s AND c.status = 'ACTIVE'
        AND %2$s)"""
          .formatted(TSQUERY, CHOSEN_COLLABORATIVES);

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
       UNION ALL SELECT pr.name,
        concat_ws('. ', concat_ws(', ', pr.credentials, pr.role, pr.affiliation), pr.bio),
        (SELECT '/c/' || p.cslug || '/events/' || e.id || '-' || e.slug
         FROM event_presenter ep JOIN event e ON e.id = ep.event_id
         WHERE ep.presenter_id = pr.id AND e.published_at <= now()
         ORDER BY e.starts_at DESC LIMIT 1)
       FROM presenter pr WHERE p.kind = 'PRESENTER' AND pr.id = p.id
       UNION ALL SELECT c.name, coalesce(c.tagline, c.about), '/c/' || c.slug
       FROM collaborative c WHERE p.kind = 'COLLABORATIVE' AND c.id = p.id) d"""
          + " ";

  private static final String LINKS =
      "links AS NOT MATERIALIZED (SELECT 'EVENT'::text AS kind, event_id AS id, topic_id FROM event_topic"
          + " UNION ALL SELECT 'SERIES', series_id, topic_id FROM series_topic"
          + " UNION ALL SELECT 'NEWS', news_id, topic_id FROM news_topic"
          + " UNION ALL SELECT 'RESOURCE', resource_id, topic_id FROM resource_topic)";

  /** The topics of every chosen item, one row per item and topic (joined per kind, on ids). */
  private static final String TOPICS_OF_CHOSEN =
      """
      (SELECT et.topic_id FROM chosen h JOIN event_topic et ON et.event_id = h.id
        WHERE h.kind = 'EVENT'
       UNION ALL SELECT st.topic_id FROM chosen h JOIN series_topic st ON st.series_id = h.id
        WHERE h.kind = 'SERIES'
       UNION ALL SELECT nt.topic_id FROM chosen h JOIN news_topic nt ON nt.news_id = h.id
        WHERE h.kind = 'NEWS'
       UNION ALL SELECT rt.topic_id FROM chosen h JOIN resource_topic rt ON rt.resource_id = h.id
        WHERE h.kind = 'RESOURCE') tc""";

  /** Every facet's condition but the kind's: the kind facet is counted among these matches. */
  private static final String OTHER_FACETS =
      "(?3 = '' OR h.cslug = ANY (string_to_array(?3, ',')))"
          + " AND (?4 = '' OR EXISTS (SELECT 1 FROM links l JOIN topic t ON t.id = l.topic_id"
          + " WHERE l.kind = h.kind AND l.id = h.id AND t.slug = ANY (string_to_array(?4, ','))))"
          + " AND (?5 = '' OR (h.kind = 'EVENT'"
          + " AND CASE WHEN ?5 = 'UPCOMING' THEN h.at >= now() ELSE h.at < now() END))"
          + " AND (?6 = 0 OR date_part('year', h.at) = ?6)"
          + " AND (?7 = '' OR h.format = ?7)";

  /**
   * The matches of the words and every chosen facet value; {@code any_kind}, the same of any kind,
   * counts the kinds, so that a visitor who chose news still sees how many events there are to add.
   */
  private static final String CHOSEN =
      "any_kind AS MATERIALIZED (SELECT h.* FROM hits h WHERE "
          + OTHER_FACETS
          + "), chosen AS MATERIALIZED (SELECT * FROM any_kind"
          + " WHERE ?2 = '' OR kind = ANY (string_to_array(?2, ',')))";

  private static final String WITH_CHOSEN = "WITH " + HITS + ", " + LINKS + ", " + CHOSEN + " ";

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
    // For this transaction: a plan for these very words and facets, never a generic one (which
    // branch and index pay off depends on how many items the words and the chosen collaboratives
    // match: a generic plan made typical searches three times slower), and no JIT compilation (the
    // statement's estimated cost can be high enough for PostgreSQL to spend two seconds compiling
    // it, for a query that runs in 200 ms).
    em.createNativeQuery(
            "SELECT set_config('plan_cache_mode', 'force_custom_plan', true),"
                + " set_config('jit', 'off', true)")
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
    return WITH_CHOSEN
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
        + " (SELECT string_agg(t.name, ', ' ORDER BY t.name) FROM links l"
        + " JOIN topic t ON t.id = l.topic_id WHERE l.kind = p.kind AND l.id = p.id),"
        + " NULL::bigint, row_number() OVER (ORDER BY "
        + order
        + ") FROM page p "
        + DETAILS
        + " UNION ALL SELECT 'total', NULL, NULL::bigint, NULL, NULL, NULL, NULL,"
        + " NULL::timestamptz, NULL, NULL, NULL, count(*), NULL::bigint FROM chosen"
        + facet("kind", "kind", "kind", "any_kind", "")
        + facet("collaborative", "cslug", "min(cname)", "chosen", "")
        // topics counted by id first (a hash of integers), named afterwards
        + " UNION ALL SELECT 'topic', NULL, NULL::bigint, t.slug, t.name, NULL, NULL,"
        + " NULL::timestamptz, NULL, NULL, NULL, x.n, NULL::bigint FROM (SELECT topic_id,"
        + " count(*) AS n FROM "
        + TOPICS_OF_CHOSEN
        + " GROUP BY topic_id) x JOIN topic t ON t.id = x.topic_id"
        + facet(
            "when",
            "CASE WHEN at >= now() THEN 'UPCOMING' ELSE 'PAST' END",
            "NULL",
            "chosen",
            " WHERE kind = 'EVENT'")
        + facet(
            "year", "date_part('year', at)::int::text", "NULL", "chosen", " WHERE at IS NOT NULL")
        + facet("format", "format", "NULL", "chosen", " WHERE format IS NOT NULL")
        + " ORDER BY 1, 13, 12 DESC, 4";
  }

  /**
   * One facet's rows in the statement's shape: its name as the part, the value and the label in the
   * slug and name columns, the count in the total's column, every other column empty.
   */
  private static String facet(String name, String value, String label, String from, String where) {
    return " UNION ALL SELECT '"
        + name
        + "', NULL, NULL::bigint, "
        + value
        + ", "
        + label
        + ", NULL, NULL, NULL::timestamptz, NULL, NULL, NULL, count(*), NULL::bigint FROM "
        + from
        + where
        + " GROUP BY "
        + value;
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
