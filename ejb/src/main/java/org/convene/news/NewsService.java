package org.convene.news;

import static org.convene.account.Authorized.Rule.*;
import static org.convene.platform.FormChecks.blankToNull;
import static org.convene.platform.FormChecks.failIfAny;
import static org.convene.platform.FormChecks.flush;
import static org.convene.platform.FormChecks.requireVersion;
import static org.convene.platform.FormChecks.required;
import static org.convene.platform.FormChecks.url;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
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
import org.convene.platform.FormChecks;
import org.convene.platform.NotFoundException;
import org.convene.platform.Page;
import org.convene.platform.Slugs;
import org.convene.tenancy.TenantScope;
import org.convene.text.Texts;
import org.convene.topic.Topic;

/**
 * Members' news. Public reads see published items of active collaboratives only (a scheduled item
 * appears when its time comes, with no job to run); editors write their own collaborative's, with
 * rich text sanitised on save.
 */
@Stateless
public class NewsService {

  static final String ACTIVE = "c.status = org.convene.collaborative.CollaborativeStatus.ACTIVE";

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  @EJB private CollaborativeService collaboratives;
  @EJB private AuditLog audit;
  @EJB private org.convene.revision.RevisionService revisions;

  /** The latest published items across the network. */
  public List<NewsItem> latest(int limit) {
    return em.createQuery(
            "SELECT n FROM NewsItem n JOIN FETCH n.collaborative c WHERE n.publishedAt <= :now AND "
                + ACTIVE
                + " ORDER BY n.dated DESC, n.id DESC",
            NewsItem.class)
        .setParameter("now", Instant.now())
        .setMaxResults(limit)
        .getResultList();
  }

  /** One collaborative's latest published items (its home page: no count needed). */
  public List<NewsItem> latest(Collaborative owner, int limit) {
    return em.createQuery(
            "SELECT n FROM NewsItem n WHERE n.collaborative.id = :c AND n.publishedAt <= :now"
                + " ORDER BY n.dated DESC, n.id DESC",
            NewsItem.class)
        .setParameter("c", owner.getId())
        .setParameter("now", Instant.now())
        .setMaxResults(limit)
        .getResultList();
  }

  /** One collaborative's published items, latest first. */
  public Page<NewsItem> of(Collaborative owner, int page, int size) {
    Instant now = Instant.now();
    long total =
        em.createQuery(
                "SELECT COUNT(n) FROM NewsItem n WHERE n.collaborative.id = :c"
                    + " AND n.publishedAt <= :now",
                Long.class)
            .setParameter("c", owner.getId())
            .setParameter("now", now)
            .getSingleResult();
    List<NewsItem> items =
        em.createQuery(
                "SELECT n FROM NewsItem n WHERE n.collaborative.id = :c AND n.publishedAt <= :now"
                    + " ORDER BY n.dated DESC, n.id DESC",
                NewsItem.class)
            .setParameter("c", owner.getId())
            .setParameter("now", now)
            .setFirstResult(Page.offset(page, size))
            .setMaxResults(size)
            .getResultList();
    return new Page<>(items, Math.max(1, page), size, total);
  }

  public Optional<NewsItem> published(Collaborative owner, String slug) {
    return em.createQuery(
            "SELECT n FROM NewsItem n WHERE n.collaborative.id = :c AND n.slug = :slug"
                + " AND n.publishedAt <= :now",
            NewsItem.class)
        .setParameter("c", owner.getId())
        .setParameter("slug", slug)
        .setParameter("now", Instant.now())
        .getResultStream()
        .findFirst()
        .map(
            n -> {
              n.getTopics().size();
              return n;
            });
  }

  /** Published items on a topic, across active collaboratives. */
  public List<NewsItem> onTopic(Topic topic, int limit) {
    return em.createQuery(
            "SELECT n FROM NewsItem n JOIN n.topics t JOIN FETCH n.collaborative c"
                + " WHERE t.id = :topic AND n.publishedAt <= :now AND "
                + ACTIVE
                + " ORDER BY n.dated DESC, n.id DESC",
            NewsItem.class)
        .setParameter("topic", topic.getId())
        .setParameter("now", Instant.now())
        .setMaxResults(limit)
        .getResultList();
  }

  // --- editors ---

  /** What the editor's news table sorts by. */
  private static final Map<String, String> TABLE_SORT =
      Map.of("title", "LOWER(n.title)", "kind", "n.kind", "dated", "n.dated");

  /**
   * One page of the working collaborative's news (drafts too) for its editors' table: searched by
   * headline, filtered by kind and editorial state, sorted by a named column (else newest first).
   * Two statements.
   */
  @Authorized(EDITOR)
  public org.convene.platform.Page<NewsItem> table(
      Actor actor, String slug, org.convene.platform.TableQuery query) {
    NewsKind kind = query.filter("kind", NewsKind.class);
    org.convene.platform.EditorialState state =
        query.filter("state", org.convene.platform.EditorialState.class);
    Map<String, Object> parameters = new java.util.HashMap<>();
    parameters.put("c", actor.space().getId());
    parameters.put("q", query.likePattern());
    if (kind != null) {
      parameters.put("kind", kind);
    }
    return org.convene.platform.TablePages.page(
        em,
        NewsItem.class,
        "NewsItem n",
        " WHERE n.collaborative.id = :c AND LOWER(n.title) LIKE :q ESCAPE '\\'"
            + (kind == null ? "" : " AND n.kind = :kind")
            + org.convene.platform.EditorialState.condition(state, "n"),
        parameters,
        query,
        TABLE_SORT,
        "n.dated DESC, n.id DESC",
        "n.id");
  }

  @Authorized(EDITOR)
  public NewsItem forEditing(Actor actor, String slug, long id) {
    Collaborative c = actor.space();
    NewsItem n =
        TenantScope.find(em, NewsItem.class, c, id)
            .orElseThrow(() -> new NotFoundException("No such news item"));
    n.getTopics().size();
    return n;
  }

  @Authorized(EDITOR)
  public NewsItem save(Actor actor, String slug, Long id, NewsForm form) {
    Collaborative c = actor.space();
    Caller caller = actor.caller();
    Map<String, String> errors = new LinkedHashMap<>();
    String title = required(errors, "title", form.getTitle(), 250, Texts.of("news.enterHeadline"));
    NewsKind kind = form.getKind() == null ? NewsKind.POST : form.getKind();
    String external = url(errors, "externalUrl", form.getExternalUrl(), kind == NewsKind.LINK);
    if (form.getDated() == null) {
      errors.put("dated", Texts.of("news.enterDateNewsFrom"));
    }
    Instant publishAt = null;
    if (form.isPublished() && form.getPublishAt() != null) {
      try {
        publishAt = form.getPublishAt().atZone(ZoneId.of(form.getZoneId())).toInstant();
      } catch (DateTimeException | NullPointerException e) {
        errors.put("publishAt", Texts.of("news.chooseWhenPublishLeave"));
      }
    }
    List<Topic> topics = FormChecks.topics(em, form.getTopicIds(), errors);
    FormChecks.maxLength(errors, "summary", form.getSummary(), NewsItem.SUMMARY_MAX, "The summary");
    String body =
        kind == NewsKind.LINK
            ? null
            : FormChecks.richText(errors, "body", form.getBody(), Texts.of("news.text"));
    failIfAny(errors);
    NewsItem n;
    if (id == null) {
      n = new NewsItem(c, uniqueSlug(c, title), title, form.getDated());
      em.persist(n);
    } else {
      n =
          TenantScope.find(em, NewsItem.class, c, id)
              .orElseThrow(() -> new NotFoundException("No such news item"));
      requireVersion(n.getVersion(), form.getVersion(), Texts.of("thing.newsItem"));
      n.setTitle(title);
      n.setDated(form.getDated());
    }
    n.setKind(kind);
    n.setSummary(blankToNull(form.getSummary()));
    n.setBody(body);
    n.setExternalUrl(external);
    if (!form.isPublished()) {
      n.setPublishedAt(null);
    } else if (publishAt != null) {
      n.setPublishedAt(publishAt);
    } else if (n.getPublishedAt() == null || n.isScheduled()) {
      n.setPublishedAt(Instant.now());
    }
    n.getTopics().clear();
    n.getTopics().addAll(topics);
    n.touch();
    flush(em, Texts.of("thing.newsItem"));
    revisions.record(
        caller,
        c,
        org.convene.revision.Revision.ItemType.NEWS,
        n.getId(),
        NewsForm.of(n),
        id == null ? "Created" : form.getNote());
    audit.record(caller, slug, id == null ? "news.create" : "news.update", n.getTitle());
    return n;
  }

  private String uniqueSlug(Collaborative c, String title) {
    String base = Slugs.from(title, 100);
    String candidate = base;
    for (int i = 2; ; i++) {
      boolean taken =
          !em.createQuery(
                  "SELECT n.id FROM NewsItem n WHERE n.collaborative.id = :c AND n.slug = :s",
                  Long.class)
              .setParameter("c", c.getId())
              .setParameter("s", candidate)
              .getResultList()
              .isEmpty();
      if (!taken) {
        return candidate;
      }
      candidate = base + "-" + i;
    }
  }

  private static final org.convene.platform.PublicListing<NewsItem> LISTING =
      new org.convene.platform.PublicListing<>(
          "NewsItem", "x.dated DESC, x.id DESC", x -> x.getTopics().size());

  /**
   * Published news of active collaboratives, latest first, with their collaborative and topics: the
   * read API. Optionally one collaborative's (slug) or one topic's (slug).
   */
  public Page<NewsItem> network(String collaborative, String topic, int page, int size) {
    return LISTING.page(em, NewsItem.class, collaborative, topic, page, size);
  }
}
