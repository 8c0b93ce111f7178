package org.convene.event;

import static org.convene.account.Authorized.Rule.*;
import static org.convene.platform.FormChecks.failIfAny;
import static org.convene.platform.FormChecks.required;
import static org.convene.platform.FormChecks.url;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
import org.convene.platform.Digests;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;
import org.convene.platform.Slugs;
import org.convene.platform.StorageQuota;
import org.convene.tenancy.TenantScope;
import org.convene.text.Texts;

/** Slides, handouts and links of events: listed on public pages, changed by editors. */
@Stateless
public class MaterialService {

  @PersistenceContext(unitName = "convene")
  private EntityManager em;

  @EJB private CollaborativeService collaboratives;
  @EJB private AuditLog audit;
  @EJB private StorageQuota quota;

  /** Materials of these events (without file contents), by event id, in the order added. */
  public Map<Long, List<MaterialView>> materials(Collection<Event> events) {
    Map<Long, List<MaterialView>> byEvent = new HashMap<>();
    if (events.isEmpty()) {
      return byEvent;
    }
    em.createQuery(
            "SELECT m.id, m.event.id, m.title, m.url, m.fileName, m.fileType, m.sizeBytes"
                + " FROM Material m WHERE m.event.id IN :ids ORDER BY m.id",
            Object[].class)
        .setParameter("ids", events.stream().map(Event::getId).toList())
        .getResultList()
        .forEach(
            r ->
                byEvent
                    .computeIfAbsent((Long) r[1], k -> new ArrayList<>())
                    .add(
                        new MaterialView(
                            (Long) r[0],
                            (String) r[2],
                            (String) r[3],
                            (String) r[4],
                            (DocumentType) r[5],
                            (Long) r[6])));
    return byEvent;
  }

  /** A published event's uploaded file, for download. */
  public Optional<Material> publicMaterialFile(Collaborative owner, long materialId) {
    return em.createQuery(
            "SELECT m FROM Material m JOIN m.event e WHERE m.id = :id"
                + " AND m.collaborative.id = :owner AND e.publishedAt <= :now"
                + " AND m.content IS NOT NULL",
            Material.class)
        .setParameter("id", materialId)
        .setParameter("owner", owner.getId())
        .setParameter("now", Instant.now())
        .getResultStream()
        .findFirst();
  }

  @Authorized(EDITOR)
  public List<MaterialView> materialsForEditing(Actor actor, String slug, long eventId) {
    Collaborative c = actor.space();
    Event e = ownEvent(c, eventId);
    return materials(List.of(e)).getOrDefault(e.getId(), List.of());
  }

  @Authorized(EDITOR)
  public Material addMaterialLink(
      Actor actor, String slug, long eventId, String title, String url) {
    Collaborative c = actor.space();
    Caller caller = actor.caller();
    Event e = ownEvent(c, eventId);
    Map<String, String> errors = new LinkedHashMap<>();
    String t =
        required(errors, "materialTitle", title, 200, Texts.of("material.enterTitleMaterial"));
    String u = url(errors, "materialUrl", url, true);
    failIfAny(errors);
    Material m = Material.link(e, t, u);
    em.persist(m);
    audit.record(caller, slug, "material.add", "Link " + t + " on event #" + eventId);
    return m;
  }

  /** How much of its file storage the collaborative uses (shown next to every upload). */
  @Authorized(EDITOR)
  public StorageQuota.Use storage(Actor actor, String slug) {
    return quota.use(actor.space());
  }

  @Authorized(EDITOR)
  public Material addMaterialFile(
      Actor actor, String slug, long eventId, String title, String fileName, byte[] content) {
    Collaborative c = actor.space();
    Caller caller = actor.caller();
    Event e = ownEvent(c, eventId);
    if (content == null || content.length == 0) {
      throw new InvalidInputException("materialFile", Texts.of("material.chooseFileUpload"));
    }
    if (content.length > Material.MAX_BYTES) {
      throw new InvalidInputException("materialFile", Texts.of("material.fileLargerThan50"));
    }
    DocumentType type =
        DocumentType.detect(content)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "materialFile", Texts.of("material.fileNotPdfPowerpoint")));
    DocumentSafety.problem(type, content)
        .ifPresent(
            problem -> {
              throw new InvalidInputException("materialFile", problem);
            });
    quota.check(c, content.length, 0, "materialFile");
    String base = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").strip();
    base = base.replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
    String safeName = Slugs.from(base.isEmpty() ? title : base, 80) + "." + type.getExtension();
    String t = title == null || title.isBlank() ? base : title.strip();
    if (t.isBlank()) {
      t = safeName;
    }
    if (t.length() > 200) {
      throw new InvalidInputException("materialTitle", Texts.of("material.titleCanMost200"));
    }
    Material m = Material.file(e, t, safeName, type, Digests.sha256Hex(content), content);
    em.persist(m);
    audit.record(
        caller, slug, "material.upload", type.name() + " " + safeName + " on event #" + eventId);
    return m;
  }

  @Authorized(EDITOR)
  public void removeMaterial(Actor actor, String slug, long materialId) {
    Collaborative c = actor.space();
    Caller caller = actor.caller();
    Material m =
        TenantScope.find(em, Material.class, c, materialId)
            .orElseThrow(() -> new NotFoundException("No such material"));
    em.remove(m);
    audit.record(caller, slug, "material.remove", "Removed " + m.getTitle());
  }

  private Event ownEvent(Collaborative c, long id) {
    return TenantScope.find(em, Event.class, c, id)
        .orElseThrow(() -> new NotFoundException("No such event"));
  }
}
