package org.convene.collaborative;

import static org.convene.account.Authorized.Rule.*;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.account.Caller;
import org.convene.audit.AuditLog;
import org.convene.platform.InvalidInputException;
import org.convene.platform.Like;
import org.convene.platform.Page;
import org.convene.text.Texts;

/**
 * Collaboratives: public reads (directory, profile, tenant resolution) and profile changes. Public
 * reads only ever see active collaboratives.
 */
@Stateless
public class CollaborativeService {

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  @EJB private AuditLog audit;

  /** An active collaborative by its slug. */
  public Optional<Collaborative> findActiveBySlug(String slug) {
    if (!Slug.isValid(slug)) {
      return Optional.empty();
    }
    return em.createNamedQuery(Collaborative.FIND_ACTIVE_BY_SLUG, Collaborative.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public Collaborative getActiveBySlug(String slug) {
    return findActiveBySlug(slug).orElseThrow(() -> new CollaborativeNotFoundException(slug));
  }

  /** An active collaborative by its mapped host name (any case, no port). */
  public Optional<Collaborative> findActiveByHost(String host) {
    String normalised = HostName.normalise(host);
    if (!HostName.isValid(normalised)) {
      return Optional.empty();
    }
    return em.createNamedQuery(Collaborative.FIND_ACTIVE_BY_HOST, Collaborative.class)
        .setParameter("host", normalised)
        .getResultStream()
        .findFirst();
  }

  /** The current slug of the active collaborative that used to answer to {@code oldSlug}. */
  public Optional<String> findRenamedSlug(String oldSlug) {
    if (!Slug.isValid(oldSlug)) {
      return Optional.empty();
    }
    return em.createNamedQuery(SlugRedirect.FIND_TARGET, Collaborative.class)
        .setParameter("slug", oldSlug)
        .getResultStream()
        .findFirst()
        .map(Collaborative::getSlug);
  }

  /** Every mapped host name of an active collaborative (a small set). */
  public Set<String> mappedHosts() {
    return Set.copyOf(
        em.createQuery(
                "SELECT c.hostName FROM Collaborative c WHERE c.hostName IS NOT NULL"
                    + " AND c.status = org.convene.collaborative.CollaborativeStatus.ACTIVE",
                String.class)
            .getResultList());
  }

  /**
   * An active collaborative's profile for its home page, with its states, links and partners
   * loaded.
   */
  public Collaborative profile(String slug) {
    return withCollections(getActiveBySlug(slug));
  }

  /**
   * An active collaborative by slug with everything its pages show loaded (states, links,
   * partners): nothing left to load later, so it can be kept and shared between requests.
   */
  public Optional<Collaborative> findActiveProfile(String slug) {
    return findActiveBySlug(slug).map(CollaborativeService::withCollections);
  }

  /** {@link #findActiveProfile} by mapped host name. */
  public Optional<Collaborative> findActiveProfileByHost(String host) {
    return findActiveByHost(host).map(CollaborativeService::withCollections);
  }

  private static Collaborative withCollections(Collaborative c) {
    c.getStates().size();
    c.getSocialLinks().size();
    c.getPartners().size();
    return c;
  }

  /**
   * One page of the directory of active collaboratives, by name: three statements whatever the
   * number of collaboratives (count, page, states of the page).
   */
  public Page<CollaborativeCard> directory(@NotNull DirectoryQuery query) {
    CriteriaBuilder cb = em.getCriteriaBuilder();

    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<Collaborative> counted = count.from(Collaborative.class);
    count.select(cb.countDistinct(counted)).where(matching(cb, counted, query));
    long total = em.createQuery(count).getSingleResult();

    List<Collaborative> rows = List.of();
    if (total > Page.offset(query.page(), query.size())) {
      CriteriaQuery<Collaborative> select = cb.createQuery(Collaborative.class);
      Root<Collaborative> c = select.from(Collaborative.class);
      select
          .select(c)
          .distinct(true)
          .where(matching(cb, c, query))
          .orderBy(cb.asc(cb.lower(c.get("name"))), cb.asc(c.get("id")));
      rows =
          em.createQuery(select)
              .setFirstResult(Page.offset(query.page(), query.size()))
              .setMaxResults(query.size())
              .getResultList();
    }
    Map<Long, List<UsState>> states = statesOf(rows);
    List<CollaborativeCard> cards = new ArrayList<>(rows.size());
    for (Collaborative row : rows) {
      cards.add(CollaborativeCard.of(row, states.getOrDefault(row.getId(), List.of())));
    }
    return new Page<>(cards, query.page(), query.size(), total);
  }

  /** The states served by at least one active collaborative, for the directory's filter. */
  public List<UsState> statesInUse() {
    List<UsState> states =
        new ArrayList<>(
            em.createNamedQuery(Collaborative.FIND_STATES_IN_USE, UsState.class).getResultList());
    states.sort(Comparator.comparing(UsState::getDisplayName));
    return states;
  }

  private Predicate matching(CriteriaBuilder cb, Root<Collaborative> c, DirectoryQuery query) {
    List<Predicate> where = new ArrayList<>();
    where.add(cb.equal(c.get("status"), CollaborativeStatus.ACTIVE));
    if (!query.text().isEmpty()) {
      String pattern = Like.containing(query.text());
      where.add(
          cb.or(
              cb.like(cb.lower(c.get("name")), pattern, Like.ESCAPE),
              cb.like(cb.lower(c.get("shortName")), pattern, Like.ESCAPE),
              cb.like(cb.lower(c.get("tagline")), pattern, Like.ESCAPE)));
    }
    if (query.state() != null) {
      Join<Collaborative, UsState> state = c.join("states");
      where.add(cb.equal(state, query.state()));
    }
    return cb.and(where.toArray(Predicate[]::new));
  }

  private Map<Long, List<UsState>> statesOf(List<Collaborative> rows) {
    Map<Long, List<UsState>> states = new HashMap<>();
    if (rows.isEmpty()) {
      return states;
    }
    List<Long> ids = rows.stream().map(Collaborative::getId).toList();
    for (Object[] row :
        em.createNamedQuery(Collaborative.FIND_STATES_OF, Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      states.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((UsState) row[1]);
    }
    states.values().forEach(list -> list.sort(Comparator.naturalOrder()));
    return states;
  }

  // --- changes: each one authorised through AccessControl and written to the audit log ---

  /** Every collaborative, active or suspended, by name (administrators). */
  @Authorized(ADMINISTRATOR)
  public List<Collaborative> allForAdministration(Actor actor) {
    return em.createQuery(
            "SELECT c FROM Collaborative c ORDER BY LOWER(c.name)", Collaborative.class)
        .getResultList();
  }

  /** Any collaborative, suspended too, by its slug (administrators). */
  @Authorized(ADMINISTRATOR)
  public Collaborative forAdministration(Actor actor, String slug) {
    return getBySlug(slug);
  }

  /** What the administrators' table of collaboratives sorts by. */
  private static final Map<String, String> ADMIN_SORT =
      Map.of(
          "name", "LOWER(c.name)",
          "slug", "c.slug",
          "status", "c.status",
          "hostName", "c.hostName");

  /**
   * One page of the network's collaboratives for administrators: searched by name, short name, slug
   * or host name, filtered by status (ACTIVE, SUSPENDED), sorted by a named column. Two statements,
   * however many collaboratives there are.
   */
  @Authorized(ADMINISTRATOR)
  public org.convene.platform.Page<Collaborative> administration(
      Actor actor, org.convene.platform.TableQuery query) {
    CollaborativeStatus status = query.filter("status", CollaborativeStatus.class);
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("q", query.likePattern());
    if (status != null) {
      parameters.put("status", status);
    }
    return org.convene.platform.TablePages.page(
        em,
        Collaborative.class,
        "Collaborative c",
        " WHERE (LOWER(c.name) LIKE :q ESCAPE '\\' OR LOWER(c.shortName) LIKE :q ESCAPE '\\'"
            + " OR c.slug LIKE :q ESCAPE '\\' OR LOWER(c.hostName) LIKE :q ESCAPE '\\')"
            + (status == null ? "" : " AND c.status = :status"),
        parameters,
        query,
        ADMIN_SORT,
        "LOWER(c.name), c.id",
        "c.id");
  }

  /** A collaborative's full profile for its editors (and administrators). */
  @Authorized(EDITOR)
  public Collaborative forEditing(Actor actor, String slug) {
    Collaborative c = actor.space();
    c.getStates().size();
    c.getSocialLinks().size();
    c.getPartners().size();
    return c;
  }

  /** Creates a collaborative; the slug must be valid and unused (administrators). */
  @Authorized(ADMINISTRATOR)
  public Collaborative create(Actor actor, String slug, String name, String shortName) {
    Caller caller = actor.caller();
    requireFreeSlug(slug);
    if (name == null || name.isBlank() || shortName == null || shortName.isBlank()) {
      throw new InvalidInputException("name", Texts.of("collaborative.enterCollaborativeSName"));
    }
    Collaborative c = new Collaborative(slug, name.strip(), shortName.strip());
    em.persist(c);
    audit.record(caller, slug, "collaborative.create", "Created " + c.getName());
    return c;
  }

  /**
   * Replaces the profile; the about text is sanitised before it is stored (its editors). {@code
   * version} is the one the editor's form was opened with: a save over a newer one is refused.
   */
  @Authorized(EDITOR)
  public Collaborative updateProfile(
      Actor actor, String slug, long version, @NotNull @Valid CollaborativeProfile profile) {
    Collaborative c = actor.space();
    Caller caller = actor.caller();
    org.convene.platform.FormChecks.requireVersion(
        c.getVersion(), version, Texts.of("thing.profile"));
    java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
    String about =
        org.convene.platform.FormChecks.richText(
            errors, "about", profile.about(), Texts.of("collaborative.aboutText"));
    org.convene.platform.FormChecks.failIfAny(errors);
    CollaborativeProfile before = c.profile();
    c.updateProfile(profile, about);
    org.convene.platform.FormChecks.flush(em, Texts.of("thing.profile"));
    audit.record(caller, slug, "profile.update", ProfileChanges.between(before, c.profile()));
    return c;
  }

  /** Gives a collaborative a new slug; its old URLs redirect permanently (administrators). */
  @Authorized(ADMINISTRATOR)
  public Collaborative renameSlug(Actor actor, String slug, String newSlug) {
    Caller caller = actor.caller();
    Collaborative c = getBySlug(slug);
    if (newSlug != null && newSlug.equals(slug)) {
      return c;
    }
    requireFreeSlug(newSlug);
    em.createQuery("DELETE FROM SlugRedirect r WHERE r.oldSlug = :slug")
        .setParameter("slug", newSlug)
        .executeUpdate();
    String old = c.renameSlug(newSlug);
    em.persist(new SlugRedirect(old, c));
    audit.record(caller, newSlug, "collaborative.rename", "slug: " + old + " → " + newSlug);
    return c;
  }

  /** Maps a host name to a collaborative's space, or removes it with a blank (administrators). */
  @Authorized(ADMINISTRATOR)
  public Collaborative mapHost(Actor actor, String slug, String host) {
    Caller caller = actor.caller();
    Collaborative c = getBySlug(slug);
    String before = c.getHostName();
    String normalised = HostName.normalise(host);
    if (normalised == null || normalised.isEmpty()) {
      c.mapHost(null);
    } else {
      if (!HostName.isValid(normalised)) {
        throw new InvalidInputException("hostName", Texts.of("collaborative.notHostNameUse", host));
      }
      boolean taken =
          !em.createQuery(
                  "SELECT c.id FROM Collaborative c WHERE c.hostName = :host AND c.id <> :id",
                  Long.class)
              .setParameter("host", normalised)
              .setParameter("id", c.getId())
              .getResultList()
              .isEmpty();
      if (taken) {
        throw new InvalidInputException(
            "hostName", Texts.of("collaborative.hostNameAlreadyMapped", normalised));
      }
      c.mapHost(normalised);
    }
    audit.record(
        caller, slug, "collaborative.host", "host name: " + before + " → " + c.getHostName());
    return c;
  }

  @Authorized(ADMINISTRATOR)
  public Collaborative suspend(Actor actor, String slug) {
    Caller caller = actor.caller();
    Collaborative c = getBySlug(slug);
    c.suspend();
    audit.record(caller, slug, "collaborative.suspend", "Suspended " + c.getName());
    return c;
  }

  @Authorized(ADMINISTRATOR)
  public Collaborative reactivate(Actor actor, String slug) {
    Caller caller = actor.caller();
    Collaborative c = getBySlug(slug);
    c.reactivate();
    audit.record(caller, slug, "collaborative.reactivate", "Reactivated " + c.getName());
    return c;
  }

  /** The collaborative with this slug, or the one renamed from it, whatever its status. */
  public Collaborative getActiveOrSuspended(String slug) {
    return getBySlug(slug);
  }

  private Collaborative getBySlug(String slug) {
    if (!Slug.isValid(slug)) {
      throw new CollaborativeNotFoundException(String.valueOf(slug));
    }
    return em.createNamedQuery(Collaborative.FIND_BY_SLUG, Collaborative.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        // a page opened before the collaborative was renamed still names its old slug
        .or(
            () ->
                em.createNamedQuery(SlugRedirect.FIND_TARGET, Collaborative.class)
                    .setParameter("slug", slug)
                    .getResultStream()
                    .findFirst())
        .orElseThrow(() -> new CollaborativeNotFoundException(slug));
  }

  private void requireFreeSlug(String slug) {
    if (!Slug.isValid(slug)) {
      throw new InvalidInputException("slug", Texts.of("collaborative.cannotSlugUseLower", slug));
    }
    boolean used =
        !em.createNamedQuery(Collaborative.FIND_BY_SLUG, Collaborative.class)
            .setParameter("slug", slug)
            .getResultList()
            .isEmpty();
    if (used) {
      throw new InvalidInputException("slug", Texts.of("collaborative.slugAlreadyUse", slug));
    }
  }
}
