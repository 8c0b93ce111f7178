package org.convene.event;

import static org.convene.account.Authorized.Rule.*;
import static org.convene.platform.FormChecks.blankToNull;
import static org.convene.platform.FormChecks.failIfAny;
import static org.convene.platform.FormChecks.flush;
import static org.convene.platform.FormChecks.maxLength;
import static org.convene.platform.FormChecks.publication;
import static org.convene.platform.FormChecks.requireVersion;
import static org.convene.platform.FormChecks.required;
import static org.convene.platform.FormChecks.url;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.account.Caller;
import org.convene.audit.AuditLog;
import org.convene.collaborative.Collaborative;
import org.convene.collaborative.CollaborativeService;
import org.convene.collaborative.Slug;
import org.convene.platform.NotFoundException;
import org.convene.platform.Slugs;
import org.convene.tenancy.TenantScope;
import org.convene.text.Texts;

/** Webinar series: editors create and change them (each change authorised and audited). */
@Stateless
public class SeriesService {

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  @EJB private CollaborativeService collaboratives;
  @EJB private AuditLog audit;
  @EJB private org.convene.revision.RevisionService revisions;

  @Authorized(EDITOR)
  public List<Series> seriesForEditing(Actor actor, String slug) {
    Collaborative c = actor.space();
    return em.createQuery(
            "SELECT s FROM Series s WHERE s.collaborative.id = :c ORDER BY s.createdAt DESC",
            Series.class)
        .setParameter("c", c.getId())
        .getResultList();
  }

  /** A row of the editors' series table: the series and how many sessions it has. */
  public record SeriesRow(Series series, long sessions) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    // getters for pages: Expression Language 5 does not read a record's components
    public Series getSeries() {
      return series;
    }

    public long getSessions() {
      return sessions;
    }
  }

  /** What the editors' series table sorts by. */
  private static final Map<String, String> TABLE_SORT =
      Map.of("title", "LOWER(s.title)", "status", "s.status");

  /**
   * One page of the working collaborative's series (drafts and archived too) for its editors'
   * table: searched by title, filtered by status and editorial state, sorted by a named column
   * (else newest first), each with its number of sessions. Three statements.
   */
  @Authorized(EDITOR)
  public org.convene.platform.Page<SeriesRow> table(
      Actor actor, String slug, org.convene.platform.TableQuery query) {
    SeriesStatus status = query.filter("status", SeriesStatus.class);
    org.convene.platform.EditorialState state =
        query.filter("state", org.convene.platform.EditorialState.class);
    Map<String, Object> parameters = new java.util.HashMap<>();
    parameters.put("c", actor.space().getId());
    parameters.put("q", query.likePattern());
    if (status != null) {
      parameters.put("status", status);
    }
    org.convene.platform.Page<Series> page =
        org.convene.platform.TablePages.page(
            em,
            Series.class,
            "Series s",
            " WHERE s.collaborative.id = :c AND LOWER(s.title) LIKE :q ESCAPE '\\'"
                + (status == null ? "" : " AND s.status = :status")
                + org.convene.platform.EditorialState.condition(state, "s"),
            parameters,
            query,
            TABLE_SORT,
            "s.createdAt DESC, s.id DESC",
            "s.id");
    Map<Long, Long> sessions = new java.util.HashMap<>();
    if (!page.items().isEmpty()) {
      em.createQuery(
              "SELECT e.series.id, COUNT(e) FROM Event e WHERE e.series.id IN :ids"
                  + " GROUP BY e.series.id",
              Object[].class)
          .setParameter("ids", page.items().stream().map(Series::getId).toList())
          .getResultList()
          .forEach(r -> sessions.put((Long) r[0], (Long) r[1]));
    }
    return new org.convene.platform.Page<>(
        page.items().stream()
            .map(x -> new SeriesRow(x, sessions.getOrDefault(x.getId(), 0L)))
            .toList(),
        page.number(),
        page.size(),
        page.total());
  }

  @Authorized(EDITOR)
  public Series seriesForEditing(Actor actor, String slug, long id) {
    Collaborative c = actor.space();
    Series s =
        TenantScope.find(em, Series.class, c, id)
            .orElseThrow(() -> new NotFoundException("No such series"));
    s.getTopics().size();
    return s;
  }

  @Authorized(EDITOR)
  public Series saveSeries(Actor actor, String slug, Long id, SeriesForm form) {
    Collaborative c = actor.space();
    Caller caller = actor.caller();
    Map<String, String> errors = new LinkedHashMap<>();
    String title =
        required(errors, "title", form.getTitle(), 200, Texts.of("series.enterSeriesTitle"));
    String seriesSlug =
        form.getSlug() == null || form.getSlug().isBlank()
            ? Slugs.from(title == null ? "" : title, 80)
            : form.getSlug().strip();
    if (!Slug.isValid(seriesSlug) || seriesSlug.length() > 80) {
      errors.put("slug", Texts.of("series.addressMayHoldLower"));
    }
    String outputsUrl = url(errors, "outputsUrl", form.getOutputsUrl(), false);
    if (form.getParticipantTotal() != null && form.getParticipantTotal() < 0) {
      errors.put("participantTotal", Texts.of("series.numberParticipantsCannotNegative"));
    }
    Series s =
        id == null
            ? null
            : TenantScope.find(em, Series.class, c, id)
                .orElseThrow(() -> new NotFoundException("No such series"));
    boolean taken =
        !em.createQuery(
                "SELECT s.id FROM Series s WHERE s.collaborative.id = :c AND s.slug = :slug"
                    + " AND s.id <> :id",
                Long.class)
            .setParameter("c", c.getId())
            .setParameter("slug", seriesSlug)
            .setParameter("id", id == null ? -1L : id)
            .getResultList()
            .isEmpty();
    if (taken) {
      errors.put("slug", Texts.of("series.anotherSeriesYoursAlready", seriesSlug));
    }
    List<org.convene.topic.Topic> topics =
        org.convene.platform.FormChecks.topics(em, form.getTopicIds(), errors);
    Instant publishAt =
        org.convene.platform.FormChecks.scheduled(form.getPublishAt(), form.getZoneId(), errors);
    String description =
        org.convene.platform.FormChecks.richText(
            errors, "description", form.getDescription(), Texts.of("series.description"));
    maxLength(errors, "cadence", form.getCadence(), Series.CADENCE_MAX, Texts.of("series.cadence"));
    maxLength(
        errors,
        "outputsLabel",
        form.getOutputsLabel(),
        Series.OUTPUTS_LABEL_MAX,
        Texts.of("series.outputsLabel"));
    failIfAny(errors);
    if (s == null) {
      s = new Series(c, seriesSlug, title);
      em.persist(s);
    } else {
      requireVersion(s.getVersion(), form.getVersion(), Texts.of("thing.series"));
      s.setSlug(seriesSlug);
      s.setTitle(title);
    }
    s.setDescription(description);
    s.setCadence(blankToNull(form.getCadence()));
    s.setStatus(form.getStatus() == null ? SeriesStatus.PLANNED : form.getStatus());
    s.setOutputsLabel(blankToNull(form.getOutputsLabel()));
    s.setOutputsUrl(outputsUrl);
    s.setParticipantTotal(form.getParticipantTotal());
    s.setPublishedAt(publication(s.getPublishedAt(), form.isPublished(), publishAt));
    s.getTopics().clear();
    s.getTopics().addAll(topics);
    s.touch();
    flush(em, Texts.of("thing.series"));
    revisions.record(
        caller,
        c,
        org.convene.revision.Revision.ItemType.SERIES,
        s.getId(),
        SeriesForm.of(s),
        id == null ? "Created" : form.getNote());
    audit.record(caller, slug, id == null ? "series.create" : "series.update", s.getTitle());
    return s;
  }
}
