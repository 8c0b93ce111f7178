package org.convene.collaborative;

import org.convene.testing.TestDatabase;

/**
 * The rows ScaleIT measures against, generated in PostgreSQL for one run (every slug starts with
 * {@code run}, so that the run's rows can be removed at the end): collaboratives, events with
 * topics, series, news and resources, practices with adoptions, findings and a campaign, and one
 * event's registrants.
 */
final class ScaleData {

  private final String run;

  ScaleData(String run) {
    this.run = run;
  }

  void generate(int from, int to) throws Exception {
    TestDatabase.update(
        "INSERT INTO collaborative (slug, name, short_name, tagline, region, primary_colour)"
            + " SELECT ? || '-' || g, 'Generated Collaborative ' || lpad(g::text, 4, '0'),"
            + " 'GC' || g, 'Generated for the scale test', 'Somewhere', '#12355b'"
            + " FROM generate_series(?, ?) g",
        run,
        from,
        to);
    TestDatabase.update(
        "INSERT INTO collaborative_state (collaborative_id, state)"
            + " SELECT id, (ARRAY['MN','WI','CO','OR'])[1 + id % 4] FROM collaborative"
            + " WHERE slug LIKE ? || '-%' AND NOT EXISTS (SELECT 1 FROM collaborative_state s"
            + " WHERE s.collaborative_id = collaborative.id)",
        run);
  }

  /**
   * Brings the planner's statistics up to date after a bulk insert, as autovacuum would in
   * production (it is off on the test machines): with the statistics of an empty table the planner
   * chose nested loops over 100,000 rows, and a page ran into the statement timeout (a 503).
   */
  static void analyze() throws Exception {
    try (java.sql.Connection c = TestDatabase.connectAsOwner();
        java.sql.Statement s = c.createStatement()) {
      s.execute("ANALYZE");
    }
  }

  /** Tags every generated event with the run's topic. */
  void tagEvents() throws Exception {
    TestDatabase.update(
        "INSERT INTO event_topic (event_id, topic_id) SELECT e.id, t.id FROM event e"
            + " JOIN collaborative c ON c.id = e.collaborative_id, topic t"
            + " WHERE c.slug LIKE ? || '-%' AND t.slug = ? || '-topic' ON CONFLICT DO NOTHING",
        run, run);
    for (String[] item :
        new String[][] {
          {"news_topic", "news_id", "news_item"},
          {"resource_topic", "resource_id", "resource"},
          {"series_topic", "series_id", "event_series"}
        }) {
      TestDatabase.update(
          "INSERT INTO "
              + item[0]
              + " ("
              + item[1]
              + ", topic_id) SELECT x.id, t.id FROM "
              + item[2]
              + " x JOIN collaborative c ON c.id = x.collaborative_id, topic t"
              + " WHERE c.slug LIKE ? || '-%' AND t.slug = ? || '-topic' ON CONFLICT DO NOTHING",
          run,
          run);
    }
  }

  /** Events {@code from}..{@code to} spread over the 20 generated collaboratives, every 7 hours. */
  void generateEvents(int from, int to) throws Exception {
    TestDatabase.update(
        "INSERT INTO event (collaborative_id, slug, title, starts_at, ends_at, zone_id, format,"
            + " capacity, registration_open, status, published_at, created_at, updated_at)"
            + " SELECT c.id, 'generated-' || g, 'Generated event ' || g,"
            + " now() + (g - 500) * interval '7 hours', now() + (g - 500) * interval '7 hours'"
            + " + interval '1 hour', 'America/Chicago', 'ONLINE', 50, TRUE, 'SCHEDULED',"
            + " now() - interval '1 day', now(), now()"
            + " FROM generate_series(?, ?) g JOIN collaborative c ON c.slug = ? || '-' || (1 + g % 20)",
        from, to, run);
    // one news item, resource and series for every ten events, for the read API's lists
    TestDatabase.update(
        "INSERT INTO news_item (collaborative_id, slug, kind, title, summary, dated, published_at,"
            + " created_at, updated_at) SELECT c.id, 'generated-' || g, 'POST', 'Generated news '"
            + " || g, 'Summary.', current_date, now(), now(), now() FROM generate_series(?, ?, 10) g"
            + " JOIN collaborative c ON c.slug = ? || '-' || (1 + g % 20)",
        from, to, run);
    TestDatabase.update(
        "INSERT INTO resource (collaborative_id, title, kind, url, published_at, created_at,"
            + " updated_at) SELECT c.id, 'Generated resource ' || g, 'TOOLKIT',"
            + " 'https://example.org/' || g, now(), now(), now() FROM generate_series(?, ?, 10) g"
            + " JOIN collaborative c ON c.slug = ? || '-' || (1 + g % 20)",
        from, to, run);
    TestDatabase.update(
        "INSERT INTO event_series (collaborative_id, slug, title, status, published_at, created_at,"
            + " updated_at) SELECT c.id, 'generated-' || g, 'Generated series ' || g, 'RUNNING',"
            + " now(), now(), now() FROM generate_series(?, ?, 10) g"
            + " JOIN collaborative c ON c.slug = ? || '-' || (1 + g % 20)",
        from, to, run);
    // a practice for every two events; the first collaborative's "generated-20" was presented at
    // every one of its events, so its page lists more sessions as the data doubles
    TestDatabase.update(
        "INSERT INTO practice (collaborative_id, slug, name, summary, evidence_level,"
            + " published_at, created_at, updated_at) SELECT c.id, 'generated-' || g,"
            + " 'Generated practice ' || g, 'Summary.', 'PILOTED', now(), now(), now()"
            + " FROM generate_series(?, ?, 2) g JOIN collaborative c ON c.slug = ? || '-' || (1 + g % 20)",
        from + 1, to, run);
    TestDatabase.update(
        "INSERT INTO practice_event (practice_id, event_id) SELECT p.id, e.id FROM practice p"
            + " JOIN collaborative c ON c.id = p.collaborative_id"
            + " JOIN event e ON e.collaborative_id = c.id"
            + " WHERE c.slug = ? || '-1' AND p.slug = 'generated-20' ON CONFLICT DO NOTHING",
        run);
    // every other collaborative's practice is recorded as an adaptation of "generated-20", and
    // adapted again by the next collaborative: its lineage grows with the data
    TestDatabase.update(
        "INSERT INTO adoption (collaborative_id, practice_id, adaptation_id, status, published_at,"
            + " created_at, updated_at) SELECT p.collaborative_id, o.id, p.id, 'ADOPTED', now(),"
            + " now(), now() FROM practice p JOIN collaborative c ON c.id = p.collaborative_id"
            + " JOIN collaborative oc ON oc.slug = ? || '-1'"
            + " JOIN practice o ON o.collaborative_id = oc.id AND o.slug = 'generated-20'"
            + " WHERE c.slug LIKE ? || '-%' AND c.id <> oc.id"
            + " AND NOT EXISTS (SELECT 1 FROM adoption a WHERE a.adaptation_id = p.id)",
        run, run);
    TestDatabase.update(
        "INSERT INTO adoption (collaborative_id, practice_id, status, published_at, created_at,"
            + " updated_at) SELECT n.id, a.adaptation_id, 'PILOTING', now(), now(), now()"
            + " FROM adoption a JOIN collaborative c ON c.id = a.collaborative_id"
            + " JOIN collaborative n ON n.slug = ? || '-' || (1 + (substring(c.slug from '[0-9]+$')::int % 20))"
            + " WHERE c.slug LIKE ? || '-%' AND a.adaptation_id IS NOT NULL"
            + " AND NOT EXISTS (SELECT 1 FROM adoption b"
            + " WHERE b.practice_id = a.adaptation_id)",
        run, run);
  }

  /**
   * For events {@code from}..{@code to}: a key finding each (on the run's topic, naming a practice
   * of its collaborative), four more plain adoptions of each new practice, and the new events and
   * practices in the run's campaign.
   */
  void generateKnowledge(int from, int to) throws Exception {
    TestDatabase.update(
        "INSERT INTO finding (collaborative_id, event_id, position, statement, quote, speaker,"
            + " created_at, updated_at) SELECT e.collaborative_id, e.id, 1, e.title || ' found"
            + " that generated findings scale', 'A quote.', 'A speaker', now(), now() FROM event e"
            + " JOIN collaborative c ON c.id = e.collaborative_id WHERE c.slug LIKE ? || '-%'"
            + " AND substring(e.slug from '[0-9]+$')::bigint BETWEEN ? AND ?",
        run, from, to);
    TestDatabase.update(
        "INSERT INTO finding_topic (finding_id, topic_id) SELECT f.id, t.id FROM finding f"
            + " JOIN collaborative c ON c.id = f.collaborative_id, topic t"
            + " WHERE c.slug LIKE ? || '-%' AND t.slug = ? || '-topic' ON CONFLICT DO NOTHING",
        run, run);
    TestDatabase.update(
        "INSERT INTO finding_practice (finding_id, practice_id) SELECT DISTINCT ON (f.id) f.id,"
            + " p.id FROM finding f JOIN collaborative c ON c.id = f.collaborative_id"
            + " JOIN practice p ON p.collaborative_id = c.id WHERE c.slug LIKE ? || '-%'"
            + " AND NOT EXISTS (SELECT 1 FROM finding_practice x WHERE x.finding_id = f.id)"
            + " ORDER BY f.id, p.id",
        run);
    TestDatabase.update(
        "INSERT INTO adoption (collaborative_id, practice_id, status, published_at, created_at,"
            + " updated_at) SELECT n.id, p.id, 'CONSIDERING', now(), now(), now() FROM practice p"
            + " JOIN collaborative c ON c.id = p.collaborative_id, generate_series(1, 4) k"
            + " JOIN collaborative n ON n.slug = ? || '-' || k"
            + " WHERE c.slug LIKE ? || '-%' AND p.slug <> 'generated-20' AND n.id <> c.id"
            + " AND substring(p.slug from '[0-9]+$')::bigint BETWEEN ? AND ?",
        run, run, from, to);
    TestDatabase.update(
        "INSERT INTO campaign_item (campaign_id, collaborative_id, item_type, item_id, added_at)"
            + " SELECT k.id, x.collaborative_id, x.t, x.id, now() FROM campaign k,"
            + " (SELECT 'EVENT' AS t, e.id, e.collaborative_id, e.slug FROM event e UNION ALL"
            + " SELECT 'PRACTICE', p.id, p.collaborative_id, p.slug FROM practice p) x"
            + " JOIN collaborative c ON c.id = x.collaborative_id"
            + " WHERE k.slug = ? || '-month' AND c.slug LIKE ? || '-%'"
            + " AND substring(x.slug from '[0-9]+$')::bigint BETWEEN ? AND ? ON CONFLICT DO NOTHING",
        run, run, from, to);
  }

  /** Registrations {@code from}–{@code to} of one event (confirmed, as if signed up in turn). */
  static void register(long event, int from, int to) throws Exception {
    TestDatabase.update(
        "INSERT INTO registration (collaborative_id, event_id, name, email, organization,"
            + " status, cancel_token_sha256, requested_at) SELECT e.collaborative_id, e.id,"
            + " 'Person ' || g, 'person-' || g || '-' || e.id || '@example.org', 'Clinic ' || g % 50,"
            + " 'CONFIRMED', md5(e.id || '-' || g), now() - g * interval '1 second'"
            + " FROM event e, generate_series(?, ?) g WHERE e.id = ?",
        from, to, event);
  }

  /**
   * Rows {@code from}–{@code to} of each workspace list of the collaborative {@code owner}, as its
   * editors and the administrators see them: draft events (every tenth in a series) and series,
   * resources, presenters, past featurings and audit entries. Drafts and past periods, so that the
   * public pages measured alongside show the same.
   */
  static void workspaceRows(String owner, int from, int to) throws Exception {
    TestDatabase.update(
        "INSERT INTO event_series (collaborative_id, slug, title, status, created_at, updated_at)"
            + " SELECT c.id, 'ws-' || g, 'Workspace series ' || g, 'PLANNED', now(), now()"
            + " FROM collaborative c, generate_series(?, ?) g WHERE c.slug = ?",
        from,
        to,
        owner);
    TestDatabase.update(
        "INSERT INTO event (collaborative_id, slug, title, starts_at, ends_at, zone_id, format,"
            + " registration_open, status, created_at, updated_at, series_id)"
            + " SELECT c.id, 'ws-' || g, 'Workspace event ' || g, now() + g * interval '1 hour',"
            + " now() + g * interval '1 hour' + interval '1 hour', 'America/Chicago', 'ONLINE',"
            + " TRUE, 'SCHEDULED', now(), now(), CASE WHEN g % 10 = 0 THEN (SELECT s.id FROM"
            + " event_series s WHERE s.collaborative_id = c.id AND s.slug = 'ws-' || g) END"
            + " FROM collaborative c, generate_series(?, ?) g WHERE c.slug = ?",
        from, to, owner);
    TestDatabase.update(
        "INSERT INTO resource (collaborative_id, title, kind, url, position, created_at,"
            + " updated_at) SELECT c.id, 'Workspace resource ' || g, 'WEBSITE',"
            + " 'https://example.org/' || g, g, now(), now()"
            + " FROM collaborative c, generate_series(?, ?) g WHERE c.slug = ?",
        from,
        to,
        owner);
    TestDatabase.update(
        "INSERT INTO presenter (collaborative_id, name, role, affiliation)"
            + " SELECT c.id, 'Presenter ' || g, 'Speaker', 'Clinic ' || g % 50"
            + " FROM collaborative c, generate_series(?, ?) g WHERE c.slug = ?",
        from, to, owner);
    TestDatabase.update(
        "INSERT INTO feature (kind, collaborative_id, starts_at, ends_at, created_by, created_at,"
            + " zone_id) SELECT 'MEMBER', c.id, now() - interval '100 days' - g * interval '1 minute',"
            + " now() - interval '99 days' - g * interval '1 minute', 'scale@example.org', now(),"
            + " 'America/Chicago'"
            + " FROM collaborative c, generate_series(?, ?) g WHERE c.slug = ?",
        from,
        to,
        owner);
    TestDatabase.update(
        "INSERT INTO audit_entry (at, actor, collaborative_slug, action, summary)"
            + " SELECT now() - g * interval '1 second', 'scale@example.org', ?, 'profile.update',"
            + " 'Generated change ' || g FROM generate_series(?, ?) g",
        owner,
        from,
        to);
  }
}
