package org.convene.link;

import static org.convene.account.Authorized.Rule.*;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.audit.AuditLog;
import org.convene.collaborative.Collaborative;
import org.convene.event.Event;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;
import org.convene.tenancy.TenantScope;
import org.convene.text.Texts;

/**
 * What belongs together: "related" links between items of the network (set by the editor of the
 * item they start from, shown on both items' pages while the other is public), and the
 * collaboratives that present or co-host another's event (set by the event's owner).
 */
@Stateless
public class LinkService {

  /** The kinds of item a link can join. */
  public static final List<String> TYPES =
      List.of("EVENT", "SERIES", "NEWS", "RESOURCE", "PRACTICE");

  /** How many related links one item may start. */
  static final int MAX_LINKS = 30;

  /**
   * An item's title, collaborative (name, id), address, publication, owner's state and whether it
   * is public, by kind and id.
   */
  private static final String ITEM =
      """
      SELECT x.title, coalesce(c.short_name, c.name) AS cname, c.id AS cid,
        '/c/' || c.slug || '/events/' || x.id || '-' || x.slug AS path,
        x.published_at AS pub, c.status,
        x.published_at <= statement_timestamp() AND c.status = 'ACTIVE' AS live
       FROM event x JOIN collaborative c ON c.id = x.collaborative_id WHERE %1$s = 'EVENT' AND x.id = %2$s
      UNION ALL SELECT x.title, coalesce(c.short_name, c.name), c.id, '/c/' || c.slug || '/series/' || x.slug,
        x.published_at, c.status,
        x.published_at <= statement_timestamp() AND c.status = 'ACTIVE'
       FROM event_series x JOIN collaborative c ON c.id = x.collaborative_id WHERE %1$s = 'SERIES' AND x.id = %2$s
      UNION ALL SELECT x.title, coalesce(c.short_name, c.name), c.id,
        coalesce(x.external_url, '/c/' || c.slug || '/news/' || x.slug), x.published_at, c.status,
        x.published_at <= statement_timestamp() AND c.status = 'ACTIVE'
       FROM news_item x JOIN collaborative c ON c.id = x.collaborative_id WHERE %1$s = 'NEWS' AND x.id = %2$s
      UNION ALL SELECT x.title, coalesce(c.short_name, c.name), c.id, CASE WHEN x.content IS NOT NULL
        THEN '/c/' || c.slug || '/resources/' || x.id || '/' || x.file_name ELSE x.url END,
        x.published_at, c.status,
        x.published_at <= statement_timestamp() AND c.status = 'ACTIVE'
       FROM resource x JOIN collaborative c ON c.id = x.collaborative_id WHERE %1$s = 'RESOURCE' AND x.id = %2$s
      UNION ALL SELECT x.name, coalesce(c.short_name, c.name), c.id, '/c/' || c.slug || '/practices/' || x.slug,
        x.published_at, c.status,
        x.published_at <= statement_timestamp() AND c.status = 'ACTIVE'
       FROM practice x JOIN collaborative c ON c.id = x.collaborative_id WHERE %1$s = 'PRACTICE' AND x.id = %2$s""";

  /** Both ends of an item's links (?1 kind, ?2 id): the link and the item at the other end. */
  private static final String ENDS =
      "WITH ends AS (SELECT id, collaborative_id AS setter, to_type AS t, to_id AS i"
          + " FROM related_link WHERE from_type = ?1 AND from_id = ?2"
          + " UNION ALL SELECT id, collaborative_id, from_type, from_id FROM related_link"
          + " WHERE to_type = ?1 AND to_id = ?2)"
          + " SELECT ends.id, ends.t, d.title, d.cname, d.path FROM ends CROSS JOIN LATERAL ("
          + ITEM.formatted("ends.t", "ends.i")
          + ") d WHERE %s ORDER BY d.title, ends.id";

  /** Page addresses of the network's items: the collaborative's slug, the kind, the rest. */
  private static final Pattern ADDRESS =
      Pattern.compile("^/c/([a-z0-9-]{1,60})/(events|series|news|practices|resources)/(.+)$");

  /** An event's page ({@code 12-title}) or a file resource's ({@code 12/name.pdf}): the id. */
  private static final Pattern NUMBERED = Pattern.compile("^([0-9]{1,18})([-/].*)?$");

  /** A series', news item's or practice's page: its slug. */
  private static final Pattern SLUG = Pattern.compile("^([a-z0-9-]{1,120})/?$");

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  @EJB private AuditLog audit;

  // --- related links ---

  /** The public items linked to item {@code type}/{@code id}, either way, by title. */
  public List<RelatedItem> related(String type, long id) {
    return rows(
        em.createNativeQuery(ENDS.formatted("d.live"))
            .setParameter(1, type)
            .setParameter(2, id)
            .getResultList());
  }

  /** The links the collaborative set from or to one of its items (whatever the other's state). */
  @Authorized(EDITOR)
  public List<RelatedItem> relatedForEditing(Actor actor, String slug, String type, long id) {
    own(actor.space(), type, id);
    return rows(
        em.createNativeQuery(ENDS.formatted("ends.setter = ?3"))
            .setParameter(1, type)
            .setParameter(2, id)
            .setParameter(3, actor.space().getId())
            .getResultList());
  }

  /** The title of one of the collaborative's items. */
  @Authorized(EDITOR)
  public String title(Actor actor, String slug, String type, long id) {
    return own(actor.space(), type, id);
  }

  /**
   * Links the collaborative's item {@code type}/{@code id} to the item whose page address (full or
   * from the network's root) {@code address} is: one of its own items, or a published item of the
   * network. Refuses an address that names no such item, the item itself, or a link there already
   * is.
   */
  @Authorized(EDITOR)
  public void relate(Actor actor, String slug, String type, long id, String address) {
    Target target =
        resolve(address)
            .orElseThrow(
                () ->
                    new InvalidInputException("address", Texts.of("link.pasteAddressEventSeries")));
    link(actor, slug, type, id, target);
  }

  /**
   * As {@link #relate}, naming the other item by kind and id (for items without a page of their
   * own, such as a web resource).
   */
  @Authorized(EDITOR)
  public void relate(Actor actor, String slug, String type, long id, String toType, long toId) {
    if (!TYPES.contains(toType)) {
      throw new InvalidInputException("address", Texts.of("link.chooseItemNetwork"));
    }
    link(actor, slug, type, id, new Target(toType, toId));
  }

  private void link(Actor actor, String slug, String type, long id, Target target) {
    Collaborative c = actor.space();
    String title = own(c, type, id);
    Object[] item = item(target.type(), target.id());
    boolean mine = item != null && ((Number) item[2]).longValue() == c.getId();
    boolean published = item != null && Boolean.TRUE.equals(item[6]);
    if (item == null || !(mine || published)) {
      throw new InvalidInputException("address", Texts.of("link.addressNamesNoPublished"));
    }
    if (target.type().equals(type) && target.id() == id) {
      throw new InvalidInputException("address", Texts.of("link.itemCannotRelatedItself"));
    }
    long existing =
        ((Number)
                em.createNativeQuery(
                        "SELECT count(*) FROM related_link WHERE (from_type = ?1 AND from_id = ?2"
                            + " AND to_type = ?3 AND to_id = ?4) OR (from_type = ?3"
                            + " AND from_id = ?4 AND to_type = ?1 AND to_id = ?2)")
                    .setParameter(1, type)
                    .setParameter(2, id)
                    .setParameter(3, target.type())
                    .setParameter(4, target.id())
                    .getSingleResult())
            .longValue();
    if (existing > 0) {
      throw new InvalidInputException("address", Texts.of("link.relatedAlready", item[0]));
    }
    long links =
        ((Number)
                em.createNativeQuery(
                        "SELECT count(*) FROM related_link WHERE from_type = ?1 AND from_id = ?2")
                    .setParameter(1, type)
                    .setParameter(2, id)
                    .getSingleResult())
            .longValue();
    if (links >= MAX_LINKS) {
      throw new InvalidInputException("address", Texts.of("link.itemCanStartMost", MAX_LINKS));
    }
    em.createNativeQuery(
            "INSERT INTO related_link (collaborative_id, from_type, from_id, to_type, to_id,"
                + " created_at) VALUES (?1, ?2, ?3, ?4, ?5, now())")
        .setParameter(1, c.getId())
        .setParameter(2, type)
        .setParameter(3, id)
        .setParameter(4, target.type())
        .setParameter(5, target.id())
        .executeUpdate();
    audit.record(actor.caller(), slug, "related.add", title + " ↔ " + item[0]);
  }

  /** Removes a link the collaborative set. */
  @Authorized(EDITOR)
  public void unrelate(Actor actor, String slug, long linkId) {
    int removed =
        em.createNativeQuery("DELETE FROM related_link WHERE id = ?1 AND collaborative_id = ?2")
            .setParameter(1, linkId)
            .setParameter(2, actor.space().getId())
            .executeUpdate();
    if (removed == 0) {
      throw new NotFoundException("No such link");
    }
    audit.record(actor.caller(), slug, "related.remove", "link " + linkId);
  }

  private record Target(String type, long id) {}

  /** The item a page address names, if any (its state is checked by the caller). */
  private Optional<Target> resolve(String address) {
    if (address == null || address.isBlank() || address.length() > 500) {
      return Optional.empty();
    }
    String path;
    try {
      URI uri = new URI(address.strip());
      path = uri.getRawPath() == null ? "" : uri.getRawPath();
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
    Matcher m = ADDRESS.matcher(path.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    String space = m.group(1);
    String kind = m.group(2);
    boolean numbered = kind.equals("events") || kind.equals("resources");
    Matcher rest = (numbered ? NUMBERED : SLUG).matcher(m.group(3));
    if (!rest.matches()) {
      return Optional.empty();
    }
    String number = numbered ? rest.group(1) : null;
    String itemSlug = numbered ? "" : rest.group(1);
    String sql =
        switch (kind) {
          case "events" -> "SELECT x.id FROM event x WHERE x.id = ?2";
          case "resources" -> "SELECT x.id FROM resource x WHERE x.id = ?2";
          case "series" -> "SELECT x.id FROM event_series x WHERE x.slug = ?3";
          case "news" -> "SELECT x.id FROM news_item x WHERE x.slug = ?3";
          default -> "SELECT x.id FROM practice x WHERE x.slug = ?3";
        };
    List<?> found =
        em.createNativeQuery(
                sql + " AND x.collaborative_id = (SELECT id FROM collaborative WHERE slug = ?1)")
            .setParameter(1, space)
            .setParameter(2, number == null ? 0L : Long.parseLong(number))
            .setParameter(3, itemSlug)
            .getResultList();
    String type =
        switch (kind) {
          case "events" -> "EVENT";
          case "resources" -> "RESOURCE";
          case "series" -> "SERIES";
          case "news" -> "NEWS";
          default -> "PRACTICE";
        };
    return found.isEmpty()
        ? Optional.empty()
        : Optional.of(new Target(type, ((Number) found.get(0)).longValue()));
  }

  /** An item's row of {@link #ITEM}, or null. */
  private Object[] item(String type, long id) {
    List<?> rows =
        em.createNativeQuery(ITEM.formatted("?1", "?2"))
            .setParameter(1, type)
            .setParameter(2, id)
            .getResultList();
    return rows.isEmpty() ? null : (Object[]) rows.get(0);
  }

  /** The title of the collaborative's own item, or not found. */
  private String own(Collaborative c, String type, long id) {
    Object[] item = TYPES.contains(type) ? item(type, id) : null;
    if (item == null || ((Number) item[2]).longValue() != c.getId()) {
      throw new NotFoundException("No such item of yours");
    }
    return (String) item[0];
  }

  private static List<RelatedItem> rows(List<?> rows) {
    return rows.stream()
        .map(o -> (Object[]) o)
        .map(
            r ->
                new RelatedItem(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4]))
        .toList();
  }

  // --- partners ---

  /** The active collaboratives presenting or co-hosting {@code event}, by name. */
  public List<Partner> partners(Event event) {
    return partners(event.getId());
  }

  private List<Partner> partners(long eventId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT c.id, c.slug, c.name, p.role FROM event_partner p"
                    + " JOIN collaborative c ON c.id = p.collaborative_id"
                    + " WHERE p.event_id = ?1 AND c.status = 'ACTIVE' ORDER BY p.role DESC, c.name")
            .setParameter(1, eventId)
            .getResultList();
    return rows.stream()
        .map(o -> (Object[]) o)
        .map(
            r ->
                new Partner(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    Partner.Role.valueOf((String) r[3])))
        .toList();
  }

  @Authorized(EDITOR)
  public List<Partner> partnersForEditing(Actor actor, String slug, long eventId) {
    event(actor.space(), eventId);
    return partners(eventId);
  }

  /** The active collaboratives an event's owner may name as partners (all but itself). */
  @Authorized(EDITOR)
  public List<Collaborative> partnerChoices(Actor actor, String slug) {
    return em.createQuery(
            "SELECT c FROM Collaborative c WHERE c.id <> :own AND"
                + " c.status = org.convene.collaborative.CollaborativeStatus.ACTIVE ORDER BY c.name",
            Collaborative.class)
        .setParameter("own", actor.space().getId())
        .setMaxResults(2000)
        .getResultList();
  }

  /**
   * Names an active collaborative as presenting or co-hosting one of the collaborative's events.
   */
  @Authorized(EDITOR)
  public void addPartner(
      Actor actor, String slug, long eventId, long partnerId, Partner.Role role) {
    Collaborative c = actor.space();
    Event e = event(c, eventId);
    Collaborative partner = em.find(Collaborative.class, partnerId);
    if (partner == null
        || partner.getId().equals(c.getId())
        || partner.getStatus() != org.convene.collaborative.CollaborativeStatus.ACTIVE
        || role == null) {
      throw new InvalidInputException(
          "partnerId", Texts.of("link.chooseAnotherCollaborativeNetwork"));
    }
    em.createNativeQuery(
            "INSERT INTO event_partner (event_id, collaborative_id, role) VALUES (?1, ?2, ?3)"
                + " ON CONFLICT (event_id, collaborative_id) DO UPDATE SET role = EXCLUDED.role")
        .setParameter(1, e.getId())
        .setParameter(2, partner.getId())
        .setParameter(3, role.name())
        .executeUpdate();
    audit.record(
        actor.caller(),
        slug,
        "event.partner.add",
        e.getTitle() + ": " + role.getLabel().toLowerCase(Locale.ROOT) + " " + partner.getName());
  }

  @Authorized(EDITOR)
  public void removePartner(Actor actor, String slug, long eventId, long partnerId) {
    Event e = event(actor.space(), eventId);
    int removed =
        em.createNativeQuery(
                "DELETE FROM event_partner WHERE event_id = ?1 AND collaborative_id = ?2")
            .setParameter(1, e.getId())
            .setParameter(2, partnerId)
            .executeUpdate();
    if (removed > 0) {
      audit.record(actor.caller(), slug, "event.partner.remove", e.getTitle());
    }
  }

  private Event event(Collaborative c, long id) {
    return TenantScope.find(em, Event.class, c, id)
        .orElseThrow(() -> new NotFoundException("No such event"));
  }
}
