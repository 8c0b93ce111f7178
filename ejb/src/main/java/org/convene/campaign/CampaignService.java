package org.convene.campaign;

import static org.convene.account.Authorized.Rule.*;
import static org.convene.platform.FormChecks.blankToNull;
import static org.convene.platform.FormChecks.failIfAny;
import static org.convene.platform.FormChecks.flush;
import static org.convene.platform.FormChecks.maxLength;
import static org.convene.platform.FormChecks.requireVersion;
import static org.convene.platform.FormChecks.required;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.audit.AuditLog;
import org.convene.collaborative.Collaborative;
import org.convene.event.Event;
import org.convene.event.Series;
import org.convene.news.NewsItem;
import org.convene.platform.FormChecks;
import org.convene.platform.NotFoundException;
import org.convene.platform.Slugs;
import org.convene.practice.Practice;
import org.convene.resource.Resource;
import org.convene.text.Texts;
import org.convene.topic.Topic;

/**
 * Observance campaigns. Administrators create and publish them; editors join one for their own
 * collaborative and put their own items in it (only while it has not ended); the public sees a
 * published campaign with its active members' public items, read live from the items' own tables. A
 * campaign's page is a fixed number of statements: the members, the items' ids, one query per kind
 * of item.
 */
@Stateless
public class CampaignService {

  /** The longest period a campaign may have. */
  static final int MAX_DAYS = 366;

  /** How many items of each kind a campaign's page shows (its feed and calendar likewise). */
  static final int PER_KIND = 100;

  /** How many of its own items an editor is offered per kind. */
  static final int CHOICES = 100;

  private static final String ACTIVE =
      "c.status = org.convene.collaborative.CollaborativeStatus.ACTIVE";

  /**
   * The campaign items that are public now: of an active member, naming that member's own published
   * item (an item deleted or taken back to draft drops out by itself).
   */
  private static final String PUBLIC_ITEMS =
      """
      SELECT ci.campaign_id, ci.item_type, ci.item_id FROM campaign_item ci
       JOIN collaborative c ON c.id = ci.collaborative_id AND c.status = 'ACTIVE'
       WHERE CASE ci.item_type
        WHEN 'EVENT' THEN EXISTS (SELECT 1 FROM event x WHERE x.id = ci.item_id
         AND x.collaborative_id = ci.collaborative_id AND x.published_at <= now())
        WHEN 'SERIES' THEN EXISTS (SELECT 1 FROM event_series x WHERE x.id = ci.item_id
         AND x.collaborative_id = ci.collaborative_id AND x.published_at <= now())
        WHEN 'NEWS' THEN EXISTS (SELECT 1 FROM news_item x WHERE x.id = ci.item_id
         AND x.collaborative_id = ci.collaborative_id AND x.published_at <= now())
        WHEN 'RESOURCE' THEN EXISTS (SELECT 1 FROM resource x WHERE x.id = ci.item_id
         AND x.collaborative_id = ci.collaborative_id AND x.published_at <= now())
        WHEN 'PRACTICE' THEN EXISTS (SELECT 1 FROM practice x WHERE x.id = ci.item_id
         AND x.collaborative_id = ci.collaborative_id AND x.published_at <= now())
        ELSE false END""";

  /**
   * A collaborative's own items (?1), drafts too, newest first per kind: kind, id, title, a line
   * about it, its address. {@code {KIND}} in each branch is where {@link #ownItems} narrows them
   * (e.g. to one campaign's).
   */
  private static final String OWN_ITEMS =
      """
      SELECT * FROM (
       (SELECT 'EVENT' AS t, x.id, x.title, to_char(x.starts_at AT TIME ZONE x.zone_id, 'FMMonth FMDD, YYYY')
         || CASE WHEN x.published_at IS NULL OR x.published_at > statement_timestamp() THEN ' · draft' ELSE '' END,
         '/c/' || c.slug || '/events/' || x.id || '-' || x.slug
        FROM event x JOIN collaborative c ON c.id = x.collaborative_id
        WHERE x.collaborative_id = ?1 {EVENT} ORDER BY x.starts_at DESC LIMIT {LIMIT})
       UNION ALL (SELECT 'SERIES', x.id, x.title, CASE WHEN x.published_at IS NULL OR x.published_at > statement_timestamp() THEN 'draft' ELSE '' END,
         '/c/' || c.slug || '/series/' || x.slug
        FROM event_series x JOIN collaborative c ON c.id = x.collaborative_id
        WHERE x.collaborative_id = ?1 {SERIES} ORDER BY x.created_at DESC LIMIT {LIMIT})
       UNION ALL (SELECT 'NEWS', x.id, x.title, to_char(x.dated, 'FMMonth FMDD, YYYY')
         || CASE WHEN x.published_at IS NULL OR x.published_at > statement_timestamp() THEN ' · draft' ELSE '' END,
         '/c/' || c.slug || '/news/' || x.slug
        FROM news_item x JOIN collaborative c ON c.id = x.collaborative_id
        WHERE x.collaborative_id = ?1 {NEWS} ORDER BY x.dated DESC LIMIT {LIMIT})
       UNION ALL (SELECT 'RESOURCE', x.id, x.title, CASE WHEN x.published_at IS NULL OR x.published_at > statement_timestamp() THEN 'draft' ELSE '' END,
         CASE WHEN x.content IS NOT NULL
          THEN '/c/' || c.slug || '/resources/' || x.id || '/' || x.file_name ELSE x.url END
        FROM resource x JOIN collaborative c ON c.id = x.collaborative_id
        WHERE x.collaborative_id = ?1 {RESOURCE} ORDER BY x.created_at DESC LIMIT {LIMIT})
       UNION ALL (SELECT 'PRACTICE', x.id, x.name, CASE WHEN x.published_at IS NULL OR x.published_at > statement_timestamp() THEN 'draft' ELSE '' END,
         '/c/' || c.slug || '/practices/' || x.slug
        FROM practice x JOIN collaborative c ON c.id = x.collaborative_id
        WHERE x.collaborative_id = ?1 {PRACTICE} ORDER BY x.name LIMIT {LIMIT})) items""";

  /** Narrows a branch of {@link #OWN_ITEMS} (of kind {@code %s}) to the items in campaign ?2. */
  private static final String IN_CAMPAIGN =
      "AND EXISTS (SELECT 1 FROM campaign_item ci WHERE ci.campaign_id = ?2"
          + " AND ci.collaborative_id = ?1 AND ci.item_id = x.id AND ci.item_type = '%s')";

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  @EJB private AuditLog audit;

  // --- public ---

  /** A published campaign. */
  public Optional<Campaign> published(String slug) {
    return em.createQuery(
            "SELECT k FROM Campaign k LEFT JOIN FETCH k.topic WHERE k.slug = :slug"
                + " AND k.publishedAt <= :now",
            Campaign.class)
        .setParameter("slug", slug)
        .setParameter("now", Instant.now())
        .getResultStream()
        .findFirst();
  }

  /** Published campaigns whose period includes {@code day} (the network home during them). */
  public List<CampaignSummary> current(LocalDate day) {
    return summaries(
        em.createQuery(
                "SELECT k FROM Campaign k WHERE k.publishedAt <= :now AND k.startsOn <= :day"
                    + " AND k.endsOn >= :day ORDER BY k.endsOn, k.id",
                Campaign.class)
            .setParameter("now", Instant.now())
            .setParameter("day", day)
            .setMaxResults(3)
            .getResultList());
  }

  /** Published campaigns that have not ended on {@code day}, soonest first. */
  public List<CampaignSummary> comingAndCurrent(LocalDate day) {
    return summaries(
        em.createQuery(
                "SELECT k FROM Campaign k WHERE k.publishedAt <= :now AND k.endsOn >= :day"
                    + " ORDER BY k.startsOn, k.id",
                Campaign.class)
            .setParameter("now", Instant.now())
            .setParameter("day", day)
            .setMaxResults(50)
            .getResultList());
  }

  /** Published campaigns that ended before {@code day}, latest first: the archive. */
  public List<CampaignSummary> past(LocalDate day) {
    return summaries(
        em.createQuery(
                "SELECT k FROM Campaign k WHERE k.publishedAt <= :now AND k.endsOn < :day"
                    + " ORDER BY k.endsOn DESC, k.id",
                Campaign.class)
            .setParameter("now", Instant.now())
            .setParameter("day", day)
            .setMaxResults(100)
            .getResultList());
  }

  /** {@code campaigns} with their active members and public items counted, in one statement. */
  private List<CampaignSummary> summaries(List<Campaign> campaigns) {
    if (campaigns.isEmpty()) {
      return List.of();
    }
    Map<Long, long[]> counts = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT k.id, (SELECT count(*) FROM campaign_member m JOIN collaborative c"
                    + " ON c.id = m.collaborative_id WHERE m.campaign_id = k.id"
                    + " AND c.status = 'ACTIVE'),"
                    + " (SELECT count(*) FROM ("
                    + PUBLIC_ITEMS
                    + ") p WHERE p.campaign_id = k.id)"
                    + " FROM campaign k WHERE k.id = ANY (CAST(?1 AS bigint[]))")
            .setParameter(1, idArray(campaigns.stream().map(Campaign::getId).toList()))
            .getResultList();
    for (Object[] row : rows) {
      counts.put(
          ((Number) row[0]).longValue(),
          new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
    }
    return campaigns.stream()
        .map(
            k -> {
              long[] c = counts.getOrDefault(k.getId(), new long[2]);
              return new CampaignSummary(k, c[0], c[1]);
            })
        .toList();
  }

  /** A published campaign's members and their public items in it, live. */
  public CampaignPage page(Campaign campaign) {
    @SuppressWarnings("unchecked")
    List<Collaborative> members =
        em.createNativeQuery(
                "SELECT c.* FROM collaborative c JOIN campaign_member m ON m.collaborative_id = c.id"
                    + " WHERE m.campaign_id = ?1 AND c.status = 'ACTIVE' ORDER BY c.name",
                Collaborative.class)
            .setParameter(1, campaign.getId())
            .getResultList();
    Map<String, List<Long>> ids = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT p.item_type, p.item_id FROM ("
                    + PUBLIC_ITEMS
                    + ") p WHERE p.campaign_id = ?1")
            .setParameter(1, campaign.getId())
            .getResultList();
    for (Object[] row : rows) {
      ids.computeIfAbsent((String) row[0], t -> new ArrayList<>())
          .add(((Number) row[1]).longValue());
    }
    List<Long> events = ids.get("EVENT");
    return new CampaignPage(
        campaign,
        members,
        load(
            "SELECT e FROM Event e JOIN FETCH e.collaborative LEFT JOIN FETCH e.series"
                + " WHERE e.id IN :ids AND e.endsAt > CURRENT_TIMESTAMP ORDER BY e.startsAt, e.id",
            Event.class,
            events),
        load(
            "SELECT e FROM Event e JOIN FETCH e.collaborative LEFT JOIN FETCH e.series"
                + " WHERE e.id IN :ids AND e.endsAt <= CURRENT_TIMESTAMP"
                + " ORDER BY e.startsAt DESC, e.id",
            Event.class,
            events),
        load(
            "SELECT s FROM Series s JOIN FETCH s.collaborative WHERE s.id IN :ids ORDER BY s.title",
            Series.class,
            ids.get("SERIES")),
        load(
            "SELECT n FROM NewsItem n JOIN FETCH n.collaborative WHERE n.id IN :ids"
                + " ORDER BY n.dated DESC, n.id",
            NewsItem.class,
            ids.get("NEWS")),
        load(
            "SELECT r FROM Resource r JOIN FETCH r.collaborative WHERE r.id IN :ids ORDER BY r.title",
            Resource.class,
            ids.get("RESOURCE")),
        load(
            "SELECT p FROM Practice p JOIN FETCH p.collaborative WHERE p.id IN :ids ORDER BY p.name",
            Practice.class,
            ids.get("PRACTICE")));
  }

  private <T> List<T> load(String jpql, Class<T> type, List<Long> ids) {
    if (ids == null || ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(jpql, type)
        .setParameter("ids", ids)
        .setMaxResults(PER_KIND)
        .getResultList();
  }

  // --- editors ---

  /** Published campaigns a collaborative can take part in (not ended), soonest first. */
  @Authorized(EDITOR)
  public List<Campaign> open(Actor actor, String slug) {
    return em.createQuery(
            "SELECT k FROM Campaign k LEFT JOIN FETCH k.topic WHERE k.publishedAt <= :now"
                + " AND k.endsOn >= :today ORDER BY k.startsOn, k.id",
            Campaign.class)
        .setParameter("now", Instant.now())
        .setParameter("today", LocalDate.now())
        .setMaxResults(50)
        .getResultList();
  }

  /** The ids of the campaigns the collaborative has joined. */
  @Authorized(EDITOR)
  public Set<Long> joined(Actor actor, String slug) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery("SELECT campaign_id FROM campaign_member WHERE collaborative_id = ?1")
            .setParameter(1, actor.space().getId())
            .getResultList();
    return ids.stream().map(Number::longValue).collect(Collectors.toSet());
  }

  /** Joins a published campaign that has not ended, for the collaborative. */
  @Authorized(EDITOR)
  public void join(Actor actor, String slug, long campaignId) {
    Campaign k = joinable(campaignId);
    int added =
        em.createNativeQuery(
                "INSERT INTO campaign_member (campaign_id, collaborative_id, joined_at)"
                    + " VALUES (?1, ?2, now()) ON CONFLICT DO NOTHING")
            .setParameter(1, k.getId())
            .setParameter(2, actor.space().getId())
            .executeUpdate();
    if (added > 0) {
      audit.record(actor.caller(), slug, "campaign.join", k.getName());
    }
  }

  /** Leaves a campaign; the collaborative's items leave with it. */
  @Authorized(EDITOR)
  public void leave(Actor actor, String slug, long campaignId) {
    Campaign k = find(campaignId);
    int removed =
        em.createNativeQuery(
                "DELETE FROM campaign_member WHERE campaign_id = ?1 AND collaborative_id = ?2")
            .setParameter(1, k.getId())
            .setParameter(2, actor.space().getId())
            .executeUpdate();
    if (removed > 0) {
      audit.record(actor.caller(), slug, "campaign.leave", k.getName());
    }
  }

  /**
   * Puts the collaborative's items named by {@code keys} ("EVENT:12") in a campaign it has joined,
   * and takes out its others: the campaign then holds exactly those of its items. Only its own
   * items are accepted.
   */
  @Authorized(EDITOR)
  public int choose(Actor actor, String slug, long campaignId, List<String> keys) {
    Campaign k = joinable(campaignId);
    long space = actor.space().getId();
    if (!joined(actor, slug).contains(k.getId())) {
      throw new org.convene.platform.InvalidInputException(
          "items", "Join “" + k.getName() + "” before choosing items for it.");
    }
    Map<String, List<Long>> chosen = new LinkedHashMap<>();
    for (String key : keys == null ? List.<String>of() : keys) {
      String[] parts = key == null ? new String[0] : key.split(":", 2);
      if (parts.length != 2
          || !CampaignItem.TYPES.contains(parts[0])
          || !parts[1].matches("\\d{1,18}")) {
        throw new org.convene.platform.InvalidInputException(
            "items", "Choose items from the list.");
      }
      chosen.computeIfAbsent(parts[0], t -> new ArrayList<>()).add(Long.parseLong(parts[1]));
    }
    for (Map.Entry<String, List<Long>> e : chosen.entrySet()) {
      long own = ownCount(e.getKey(), space, e.getValue());
      if (own != e.getValue().stream().distinct().count()) {
        throw new NotFoundException("No such item of yours");
      }
    }
    em.createNativeQuery(
            "DELETE FROM campaign_item WHERE campaign_id = ?1 AND collaborative_id = ?2")
        .setParameter(1, k.getId())
        .setParameter(2, space)
        .executeUpdate();
    int count = 0;
    for (Map.Entry<String, List<Long>> e : chosen.entrySet()) {
      for (Long id : e.getValue().stream().distinct().toList()) {
        em.createNativeQuery(
                "INSERT INTO campaign_item (campaign_id, collaborative_id, item_type, item_id,"
                    + " added_at) VALUES (?1, ?2, ?3, ?4, now())")
            .setParameter(1, k.getId())
            .setParameter(2, space)
            .setParameter(3, e.getKey())
            .setParameter(4, id)
            .executeUpdate();
        count++;
      }
    }
    audit.record(actor.caller(), slug, "campaign.items", k.getName() + ": " + count + " items");
    return count;
  }

  /** The collaborative's own items it could put in a campaign (drafts too, marked). */
  @Authorized(EDITOR)
  public List<CampaignItem> choices(Actor actor, String slug) {
    return items(ownItems(false, CHOICES), actor.space().getId(), null);
  }

  /** The collaborative's items in campaign {@code campaignId}. */
  @Authorized(EDITOR)
  public List<CampaignItem> chosen(Actor actor, String slug, long campaignId) {
    return items(ownItems(true, 1000), actor.space().getId(), campaignId);
  }

  /** {@link #OWN_ITEMS}, at most {@code limit} per kind, only those in campaign ?2 if asked. */
  private static String ownItems(boolean inCampaign, int limit) {
    String sql = OWN_ITEMS.replace("{LIMIT}", Integer.toString(limit));
    for (String kind : CampaignItem.TYPES) {
      sql = sql.replace("{" + kind + "}", inCampaign ? IN_CAMPAIGN.formatted(kind) : "");
    }
    return sql;
  }

  private List<CampaignItem> items(String sql, long space, Long campaignId) {
    var query = em.createNativeQuery(sql).setParameter(1, space);
    if (campaignId != null) {
      query.setParameter(2, campaignId);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r ->
                new CampaignItem(
                    (String) r[0],
                    ((Number) r[1]).longValue(),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4]))
        .toList();
  }

  private long ownCount(String type, long space, List<Long> ids) {
    String table =
        switch (type) {
          case "EVENT" -> "event";
          case "SERIES" -> "event_series";
          case "NEWS" -> "news_item";
          case "RESOURCE" -> "resource";
          default -> "practice";
        };
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM "
                        + table
                        + " WHERE collaborative_id = ?1 AND id = ANY (CAST(?2 AS bigint[]))")
                .setParameter(1, space)
                .setParameter(2, idArray(ids))
                .getSingleResult())
        .longValue();
  }

  private Campaign joinable(long campaignId) {
    Campaign k = find(campaignId);
    if (!k.isPublished()
        || k.getPublishedAt().isAfter(Instant.now())
        || k.phaseOn(LocalDate.now()) == Campaign.Phase.PAST) {
      throw new NotFoundException("No such campaign open to join");
    }
    return k;
  }

  private Campaign find(long id) {
    Campaign k = em.find(Campaign.class, id);
    if (k == null) {
      throw new NotFoundException("No such campaign");
    }
    return k;
  }

  // --- administrators ---

  @Authorized(ADMINISTRATOR)
  public List<CampaignSummary> forAdministration(Actor actor) {
    return summaries(
        em.createQuery("SELECT k FROM Campaign k ORDER BY k.startsOn DESC, k.id", Campaign.class)
            .setMaxResults(200)
            .getResultList());
  }

  @Authorized(ADMINISTRATOR)
  public Campaign forEditing(Actor actor, long id) {
    return find(id);
  }

  @Authorized(ADMINISTRATOR)
  public Campaign save(Actor actor, Long id, CampaignForm form) {
    Map<String, String> errors = new LinkedHashMap<>();
    String name =
        required(
            errors, "name", form.getName(), Campaign.NAME_MAX, Texts.of("campaign.nameCampaign"));
    maxLength(
        errors, "summary", form.getSummary(), Campaign.TEXT_MAX, Texts.of("campaign.summary"));
    maxLength(
        errors,
        "callToAction",
        form.getCallToAction(),
        Campaign.ACTION_MAX,
        Texts.of("campaign.callAction"));
    String url = FormChecks.url(errors, "actionUrl", form.getActionUrl(), false);
    if (form.getStartsOn() == null) {
      errors.put("startsOn", Texts.of("campaign.enterFirstDayCampaign"));
    }
    if (form.getEndsOn() == null) {
      errors.put("endsOn", Texts.of("campaign.enterLastDayCampaign"));
    }
    if (form.getStartsOn() != null && form.getEndsOn() != null) {
      if (form.getEndsOn().isBefore(form.getStartsOn())) {
        errors.put("endsOn", Texts.of("campaign.lastDayCannotBefore"));
      } else if (ChronoUnit.DAYS.between(form.getStartsOn(), form.getEndsOn()) >= MAX_DAYS) {
        errors.put("endsOn", Texts.of("campaign.campaignCanLastMost", MAX_DAYS));
      }
      if (form.getStartsOn().getYear() < 1900 || form.getEndsOn().getYear() > 2999) {
        errors.put("startsOn", Texts.of("campaign.enterDateBetween1900"));
      }
    }
    Topic topic = null;
    if (form.getTopicId() != null) {
      topic = em.find(Topic.class, form.getTopicId());
      if (topic == null) {
        errors.put("topicId", Texts.of("campaign.chooseTopicFromNetwork"));
      }
    }
    failIfAny(errors);
    Campaign k;
    if (id == null) {
      k = new Campaign(uniqueSlug(name), name, form.getStartsOn(), form.getEndsOn());
      em.persist(k);
    } else {
      k = find(id);
      requireVersion(k.getVersion(), form.getVersion(), Texts.of("thing.campaign"));
      k.setName(name);
      k.setStartsOn(form.getStartsOn());
      k.setEndsOn(form.getEndsOn());
    }
    k.setSummary(blankToNull(form.getSummary()));
    k.setCallToAction(blankToNull(form.getCallToAction()));
    k.setActionUrl(url);
    k.setTopic(topic);
    k.setPublishedAt(FormChecks.publication(k.getPublishedAt(), form.isPublished()));
    k.touch();
    flush(em, Texts.of("thing.campaign"));
    audit.record(actor.caller(), null, id == null ? "campaign.create" : "campaign.update", name);
    return k;
  }

  private String uniqueSlug(String name) {
    String base = Slugs.from(name, 100);
    String candidate = base;
    for (int i = 2; ; i++) {
      if (em.createQuery("SELECT k.id FROM Campaign k WHERE k.slug = :s", Long.class)
          .setParameter("s", candidate)
          .getResultList()
          .isEmpty()) {
        return candidate;
      }
      candidate = base + "-" + i;
    }
  }

  private static String idArray(List<Long> ids) {
    return "{" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + "}";
  }
}
