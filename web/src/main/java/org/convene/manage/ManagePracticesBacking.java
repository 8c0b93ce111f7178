package org.convene.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.convene.account.CurrentUser;
import org.convene.account.SignedIn;
import org.convene.event.Event;
import org.convene.event.EventTimes;
import org.convene.platform.Pages;
import org.convene.practice.EvidenceLevel;
import org.convene.practice.Practice;
import org.convene.practice.PracticeForm;
import org.convene.practice.PracticeService;
import org.convene.resource.Resource;
import org.convene.revision.Restore;
import org.convene.revision.Revision;
import org.convene.revision.RevisionService;
import org.convene.topic.Topic;
import org.convene.topic.TopicService;

/**
 * {@code /manage/practices[?id=…]}: the working collaborative's practices (drafts too); add or edit
 * one, with the sessions where it was presented and the resources that go with it.
 */
@Named
@ViewScoped
public class ManagePracticesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser user;
  @Inject private RevisionService revisionService;
  @Inject private PracticeService practices;
  @Inject private TopicService topicService;

  private Long id;
  private String slug;
  private List<Revision> revisions = List.of();
  private List<Practice> items = List.of();
  private List<Topic> topics = List.of();
  private List<Event> sessions = List.of();
  private List<Resource> resources = List.of();
  private PracticeForm form = new PracticeForm();

  public void init() {
    SignedIn.Editable working = user.getWorking();
    if (working == null) {
      Pages.notFound();
      return;
    }
    slug = working.getSlug();
    topics = topicService.all();
    items = practices.forEditing(user.actor(), slug);
    sessions = practices.sessionChoices(user.actor(), slug);
    resources = practices.resourceChoices(user.actor(), slug);
    if (id != null) {
      try {
        form = PracticeForm.of(practices.forEditing(user.actor(), slug, id));
        revisions = revisionService.list(user.actor(), slug, Revision.ItemType.PRACTICE, id);
      } catch (RuntimeException e) {
        Pages.refused(e);
      }
    }
  }

  public String save() {
    return Pages.perform(
        () -> practices.save(user.actor(), slug, id, form),
        form.isPublished()
            ? Pages.ws("managePractices.saved", form.getName())
            : Pages.ws("managePractices.savedDraft", form.getName()),
        "/manage/practices",
        "practice");
  }

  /** Saves an earlier revision again (a new revision; refused if someone saved meanwhile). */
  public String restore(long revisionId) {
    return Restore.revision(
        revisionService,
        user.actor(),
        slug,
        revisions,
        revisionId,
        Revision.ItemType.PRACTICE,
        id,
        PracticeForm.class,
        form.getVersion(),
        old -> practices.save(user.actor(), slug, id, old),
        "/manage/practices");
  }

  /** "Draft", "Scheduled", or "Published". */
  public String state(Practice p) {
    if (p.getPublishedAt() == null) {
      return Pages.ws("managePractices.draft");
    }
    return p.isScheduled()
        ? Pages.ws("managePractices.scheduled")
        : Pages.ws("managePractices.published");
  }

  public List<Revision> getRevisions() {
    return revisions;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public boolean isCreating() {
    return id == null;
  }

  public String getSlug() {
    return slug;
  }

  public List<Practice> getItems() {
    return items;
  }

  public List<Topic> getTopics() {
    return topics;
  }

  public List<Event> getSessions() {
    return sessions;
  }

  public List<Resource> getResources() {
    return resources;
  }

  public PracticeForm getForm() {
    return form;
  }

  public EvidenceLevel[] getLevels() {
    return EvidenceLevel.values();
  }

  public List<String> getZones() {
    return EventTimes.ZONES;
  }
}
