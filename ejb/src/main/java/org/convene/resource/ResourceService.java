package org.convene.resource;

import static org.convene.account.Authorized.Rule.*;
import static org.convene.platform.FormChecks.blankToNull;
import static org.convene.platform.FormChecks.failIfAny;
import static org.convene.platform.FormChecks.flush;
import static org.convene.platform.FormChecks.publication;
import static org.convene.platform.FormChecks.requireVersion;
import static org.convene.platform.FormChecks.required;
import static org.convene.platform.FormChecks.url;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.account.Caller;
import org.convene.audit.AuditLog;
import org.convene.collaborative.Collaborative;
import org.convene.collaborative.CollaborativeService;
import org.convene.event.DocumentSafety;
import org.convene.event.DocumentType;
import org.convene.platform.Digests;
import org.convene.platform.FormChecks;
import org.convene.platform.NotFoundException;
import org.convene.platform.Slugs;
import org.convene.tenancy.TenantScope;
import org.convene.text.Texts;
import org.convene.topic.Topic;

/**
 * A collaborative's resource library: themes and sub-themes its editors define and order, and
 * resources (links or documents checked by content). Public reads see published resources of active
 * collaboratives only.
 */
@Stateless
public class ResourceService {

  static final String ACTIVE = "c.status = org.convene.collaborative.CollaborativeStatus.ACTIVE";

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  @EJB private CollaborativeService collaboratives;
  @EJB private AuditLog audit;
  @EJB private org.convene.platform.StorageQuota quota;
  @EJB private org.convene.revision.RevisionService revisions;

  /** The library as visitors see it: themes in order, each with its sub-themes and resources. */
  public List<ThemeSection> library(Collaborative owner) {
    List<ResourceTheme> themes = themes(owner);
    List<Resource> resources =
        em.createQuery(
                "SELECT r FROM Resource r LEFT JOIN FETCH r.theme WHERE r.collaborative.id = :c"
                    + " AND r.publishedAt <= :now ORDER BY r.position, r.title",
                Resource.class)
            .setParameter("c", owner.getId())
            .setParameter("now", Instant.now())
            .getResultList();
    Map<Long, ThemeSection> sections = new LinkedHashMap<>();
    List<ThemeSection> top = new ArrayList<>();
    for (ResourceTheme t : themes) {
      sections.put(t.getId(), new ThemeSection(t.getName()));
    }
    for (ResourceTheme t : themes) {
      ThemeSection s = sections.get(t.getId());
      if (t.getParentId() == null || !sections.containsKey(t.getParentId())) {
        top.add(s);
      } else {
        sections.get(t.getParentId()).getChildren().add(s);
      }
    }
    ThemeSection other = new ThemeSection("More resources");
    for (Resource r : resources) {
      ThemeSection s = r.getTheme() == null ? null : sections.get(r.getTheme().getId());
      (s == null ? other : s).getResources().add(r);
    }
    if (!other.getResources().isEmpty()) {
      top.add(other);
    }
    return top.stream().filter(s -> !s.isEmpty()).toList();
  }

  /** A published resource's uploaded file. */
  public Optional<Resource> publicFile(Collaborative owner, long id) {
    return em.createQuery(
            "SELECT r FROM Resource r WHERE r.id = :id AND r.collaborative.id = :c"
                + " AND r.publishedAt <= :now AND r.content IS NOT NULL",
            Resource.class)
        .setParameter("id", id)
        .setParameter("c", owner.getId())
        .setParameter("now", Instant.now())
        .getResultStream()
        .findFirst();
  }

  /** Published resources on a topic, across active collaboratives. */
  public List<Resource> onTopic(Topic topic, int limit) {
    return em.createQuery(
            "SELECT r FROM Resource r JOIN r.topics t JOIN FETCH r.collaborative c"
                + " WHERE t.id = :topic AND r.publishedAt <= :now AND "
                + ACTIVE
                + " ORDER BY c.name, r.position, r.title",
            Resource.class)
        .setParameter("topic", topic.getId())
        .setParameter("now", Instant.now())
        .setMaxResults(limit)
        .getResultList();
  }

  /** How many resources a collaborative has published (for its home page). */
  public long count(Collaborative owner) {
    return em.createQuery(
            "SELECT COUNT(r) FROM Resource r WHERE r.collaborative.id = :c"
                + " AND r.publishedAt <= :now",
            Long.class)
        .setParameter("c", owner.getId())
        .setParameter("now", Instant.now())
        .getSingleResult();
  }

  // --- editors ---

  @Authorized(EDITOR)
  public List<ResourceTheme> themesForEditing(Actor actor, String slug) {
    Collaborative c = actor.space();
    return themes(c);
  }

  /** What the editors' resources table sorts by. */
  private static final Map<String, String> TABLE_SORT =
      Map.of("title", "LOWER(r.title)", "kind", "r.kind", "position", "r.position");

  /**
   * One page of the working collaborative's resources (drafts and archived too) for its editors'
   * table: searched by title, filtered by kind, theme (its id) and editorial state, sorted by a
   * named column (else the library's order), each with its theme. Two statements.
   */
  @Authorized(EDITOR)
  public org.convene.platform.Page<Resource> table(
      Actor actor, String slug, org.convene.platform.TableQuery query) {
    ResourceKind kind = query.filter("kind", ResourceKind.class);
    org.convene.platform.EditorialState state =
        query.filter("state", org.convene.platform.EditorialState.class);
    String theme = query.filter("theme");
    Long themeId = theme != null && theme.matches("\\d{1,18}") ? Long.valueOf(theme) : null;
    Map<String, Object> parameters = new java.util.HashMap<>();
    parameters.put("c", actor.space().getId());
    parameters.put("q", query.likePattern());
    if (kind != null) {
      parameters.put("kind", kind);
    }
    if (themeId != null) {
      parameters.put("theme", themeId);
    }
    return org.convene.platform.TablePages.page(
        em,
        Resource.class,
        "Resource r",
        " LEFT JOIN FETCH r.theme",
        " WHERE r.collaborative.id = :c AND LOWER(r.title) LIKE :q ESCAPE '\\'"
            + (kind == null ? "" : " AND r.kind = :kind")
            + (themeId == null ? "" : " AND r.theme.id = :theme")
            + org.convene.platform.EditorialState.condition(state, "r"),
        parameters,
        query,
        TABLE_SORT,
        "r.position, LOWER(r.title), r.id",
        "r.id");
  }

  @Authorized(EDITOR)
  public Resource forEditing(Actor actor, String slug, long id) {
    Collaborative c = actor.space();
    Resource r =
        TenantScope.find(em, Resource.class, c, id)
            .orElseThrow(() -> new NotFoundException("No such resource"));
    r.getTopics().size();
    return r;
  }

  /** Creates or renames a theme; a sub-theme names its parent (one of the same library). */
  @Authorized(EDITOR)
  public ResourceTheme saveTheme(
      Actor actor, String slug, Long id, String name, Long parentId, int position) {
    Collaborative c = actor.space();
    Caller caller = actor.caller();
    Map<String, String> errors = new LinkedHashMap<>();
    String n = required(errors, "themeName", name, 160, Texts.of("resource.enterThemeSName"));
    ResourceTheme parent = null;
    if (parentId != null) {
      parent = TenantScope.find(em, ResourceTheme.class, c, parentId).orElse(null);
      if (parent == null) {
        errors.put("parentId", Texts.of("resource.chooseOneThemesParent"));
      } else if (parent.getParentId() != null || parentId.equals(id)) {
        errors.put("parentId", Texts.of("resource.subThemesGoOne"));
      }
    }
    failIfAny(errors);
    ResourceTheme theme;
    if (id == null) {
      theme = new ResourceTheme(c, parent, n, position);
      em.persist(theme);
    } else {
      theme =
          TenantScope.find(em, ResourceTheme.class, c, id)
              .orElseThrow(() -> new NotFoundException("No such theme"));
      theme.setName(n);
      theme.setParent(parent);
      theme.setPosition(position);
    }
    flush(em, Texts.of("thing.theme"));
    audit.record(caller, slug, id == null ? "theme.create" : "theme.update", n);
    return theme;
  }

  @Authorized(EDITOR)
  public Resource save(
      Actor actor, String slug, Long id, ResourceForm form, String fileName, byte[] file) {
    Collaborative c = actor.space();
    Caller caller = actor.caller();
    Map<String, String> errors = new LinkedHashMap<>();
    String title =
        required(errors, "title", form.getTitle(), 250, Texts.of("resource.enterResourceSTitle"));
    boolean hasFile = file != null && file.length > 0;
    Resource existing =
        id == null
            ? null
            : TenantScope.find(em, Resource.class, c, id)
                .orElseThrow(() -> new NotFoundException("No such resource"));
    boolean keepsFile = existing != null && existing.isFile() && blankToNull(form.getUrl()) == null;
    String link = url(errors, "url", form.getUrl(), !hasFile && !keepsFile);
    DocumentType type = null;
    if (hasFile) {
      if (file.length > Resource.MAX_BYTES) {
        errors.put("file", Texts.of("resource.fileLargerThan20"));
      } else {
        type = DocumentType.detect(file).orElse(null);
        if (type == null) {
          errors.put("file", Texts.of("resource.fileNotPdfPowerpoint"));
        } else {
          DocumentSafety.problem(type, file).ifPresent(problem -> errors.put("file", problem));
        }
      }
    }
    ResourceTheme theme = null;
    if (form.getThemeId() != null) {
      theme = TenantScope.find(em, ResourceTheme.class, c, form.getThemeId()).orElse(null);
      if (theme == null) {
        errors.put("themeId", Texts.of("resource.chooseOneThemes"));
      }
    }
    List<Topic> topics = FormChecks.topics(em, form.getTopicIds(), errors);
    Instant publishAt = FormChecks.scheduled(form.getPublishAt(), form.getZoneId(), errors);
    FormChecks.maxLength(errors, "summary", form.getSummary(), Resource.SUMMARY_MAX, "The summary");
    FormChecks.maxLength(
        errors, "audience", form.getAudience(), Resource.AUDIENCE_MAX, "The audience");
    failIfAny(errors);
    if (hasFile) {
      Long replaced = existing == null ? null : existing.getSizeBytes();
      quota.check(c, file.length, replaced == null ? 0 : replaced, "file");
    }
    Resource r = existing;
    if (r == null) {
      r = new Resource(c, title);
      em.persist(r);
    } else {
      requireVersion(r.getVersion(), form.getVersion(), Texts.of("thing.resource"));
      r.setTitle(title);
    }
    if (hasFile) {
      String base = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
      base = base.replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
      r.useFile(
          Slugs.from(base.isBlank() ? title : base, 80) + "." + type.getExtension(),
          type,
          Digests.sha256Hex(file),
          file);
    } else if (link != null) {
      r.useLink(link);
    }
    r.setSummary(blankToNull(form.getSummary()));
    r.setKind(form.getKind() == null ? ResourceKind.WEBSITE : form.getKind());
    r.setAudience(blankToNull(form.getAudience()));
    r.setTheme(theme);
    r.setPosition(form.getPosition());
    r.setPublishedAt(publication(r.getPublishedAt(), form.isPublished(), publishAt));
    r.getTopics().clear();
    r.getTopics().addAll(topics);
    r.touch();
    flush(em, Texts.of("thing.resource"));
    revisions.record(
        caller,
        c,
        org.convene.revision.Revision.ItemType.RESOURCE,
        r.getId(),
        ResourceForm.of(r),
        id == null ? "Created" : form.getNote());
    audit.record(caller, slug, id == null ? "resource.create" : "resource.update", title);
    return r;
  }

  private List<ResourceTheme> themes(Collaborative owner) {
    List<ResourceTheme> themes =
        new ArrayList<>(
            em.createQuery(
                    "SELECT t FROM ResourceTheme t LEFT JOIN FETCH t.parent"
                        + " WHERE t.collaborative.id = :c ORDER BY t.position, t.name",
                    ResourceTheme.class)
                .setParameter("c", owner.getId())
                .getResultList());
    themes.sort(Comparator.comparingInt(ResourceTheme::getPosition));
    return themes;
  }

  private static final org.convene.platform.PublicListing<Resource> LISTING =
      new org.convene.platform.PublicListing<>(
          "Resource", "c.name, x.position, x.title, x.id", x -> x.getTopics().size());

  /**
   * Published resources of active collaboratives, by collaborative and position, with their
   * collaborative and topics: the read API. Optionally one collaborative's or one topic's (slugs).
   */
  public org.convene.platform.Page<Resource> network(
      String collaborative, String topic, int page, int size) {
    return LISTING.page(em, Resource.class, collaborative, topic, page, size);
  }
}
