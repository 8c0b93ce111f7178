package org.convene.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.convene.account.CurrentUser;
import org.convene.account.SignedIn;
import org.convene.finding.Finding;
import org.convene.finding.FindingForm;
import org.convene.finding.FindingService;
import org.convene.platform.Pages;
import org.convene.practice.Practice;
import org.convene.revision.Restore;
import org.convene.revision.Revision;
import org.convene.revision.RevisionService;
import org.convene.topic.Topic;
import org.convene.topic.TopicService;

/**
 * {@code /manage/findings?event=…} (or {@code ?series=…}, or {@code ?id=…} for one finding): the
 * key findings of one of the working collaborative's events or series, in order; add one, edit,
 * move up or down, remove.
 */
@Named
@ViewScoped
public class ManageFindingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String VIEW = "/manage/findings";

  @Inject private CurrentUser user;
  @Inject private RevisionService revisionService;
  @Inject private FindingService findings;
  @Inject private TopicService topicService;

  private Long id;
  private Long eventId;
  private Long seriesId;
  private String slug;
  private String parentTitle;
  private List<Revision> revisions = List.of();
  private List<Finding> items = List.of();
  private List<Topic> topics = List.of();
  private List<Practice> practices = List.of();
  private FindingForm form = new FindingForm();
  private Long confirming;

  public void init() {
    SignedIn.Editable working = user.getWorking();
    if (working == null) {
      Pages.notFound();
      return;
    }
    slug = working.getSlug();
    if (id == null && eventId == null && seriesId == null) {
      return;
    }
    try {
      if (id != null) {
        Finding f = findings.forEditing(user.actor(), slug, id);
        eventId = f.getEvent() == null ? null : f.getEvent().getId();
        seriesId = f.getSeries() == null ? null : f.getSeries().getId();
        form = FindingForm.of(f);
        revisions = revisionService.list(user.actor(), slug, Revision.ItemType.FINDING, id);
      } else if (eventId != null) {
        seriesId = null;
      }
      parentTitle = findings.parentTitle(user.actor(), slug, eventId, seriesId);
      items = findings.forEditing(user.actor(), slug, eventId, seriesId);
      topics = topicService.all();
      practices = findings.practiceChoices(user.actor(), slug);
      if (id == null) {
        form.setTopicIds(parentTopics());
      }
    } catch (RuntimeException e) {
      Pages.refused(e);
    }
  }

  /** A new finding starts with the topics of the findings before it (editable). */
  private Long[] parentTopics() {
    return items.isEmpty()
        ? new Long[0]
        : items.get(items.size() - 1).getTopics().stream().map(Topic::getId).toArray(Long[]::new);
  }

  public String save() {
    String outcome =
        Pages.perform(
            () -> findings.save(user.actor(), slug, eventId, seriesId, id, form),
            id == null
                ? Pages.ws("manageFindings.findingAdded")
                : Pages.ws("manageFindings.findingSaved"),
            VIEW,
            "finding");
    return outcome == null ? null : outcome + parentParameter();
  }

  public String move(long findingId, boolean up) {
    String outcome =
        Pages.perform(
            () -> findings.move(user.actor(), slug, findingId, up),
            up
                ? Pages.ws("manageFindings.findingMovedUp")
                : Pages.ws("manageFindings.findingMovedDown"),
            VIEW);
    return outcome == null ? null : outcome + parentParameter();
  }

  /** First step of removing: the page asks to confirm (nothing is removed yet). */
  public void askDelete(long findingId) {
    confirming = findingId;
  }

  public void keep() {
    confirming = null;
  }

  public String delete() {
    Finding f = items.stream().filter(i -> i.getId().equals(confirming)).findFirst().orElse(null);
    confirming = null;
    if (f == null) {
      return null;
    }
    String outcome =
        Pages.perform(
            () -> findings.delete(user.actor(), slug, f.getId(), f.getVersion()),
            Pages.ws("manageFindings.findingRemoved"),
            VIEW);
    return outcome == null ? null : outcome + parentParameter();
  }

  /** The finding whose removal waits for confirmation, if any. */
  public Long getConfirming() {
    return confirming;
  }

  /** Saves an earlier revision again (a new revision; refused if someone saved meanwhile). */
  public String restore(long revisionId) {
    return Restore.revision(
        revisionService,
        user.actor(),
        slug,
        revisions,
        revisionId,
        Revision.ItemType.FINDING,
        id,
        FindingForm.class,
        form.getVersion(),
        old -> findings.save(user.actor(), slug, eventId, seriesId, id, old),
        VIEW);
  }

  private String parentParameter() {
    return eventId != null ? "&event=" + eventId : "&series=" + seriesId;
  }

  /** Where the findings are shown to the public, inside the space. */
  public String getParentEditPath() {
    return eventId != null ? "/manage/event?id=" + eventId : "/manage/series?id=" + seriesId;
  }

  /** The query naming the event or series ("event=12"), for links on the page. */
  public String getParentQuery() {
    return eventId != null ? "event=" + eventId : "series=" + seriesId;
  }

  public boolean isChosen() {
    return parentTitle != null;
  }

  public String getParentTitle() {
    return parentTitle;
  }

  public String getParentKind() {
    return eventId != null ? "event" : "series";
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

  public Long getEventId() {
    return eventId;
  }

  public void setEventId(Long eventId) {
    this.eventId = eventId;
  }

  public Long getSeriesId() {
    return seriesId;
  }

  public void setSeriesId(Long seriesId) {
    this.seriesId = seriesId;
  }

  public boolean isCreating() {
    return id == null;
  }

  public String getSlug() {
    return slug;
  }

  public List<Finding> getItems() {
    return items;
  }

  public List<Topic> getTopics() {
    return topics;
  }

  public List<Practice> getPractices() {
    return practices;
  }

  public FindingForm getForm() {
    return form;
  }
}
