package org.convene.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.convene.account.CurrentUser;
import org.convene.account.SignedIn;
import org.convene.event.EventService;
import org.convene.event.Series;
import org.convene.event.SeriesForm;
import org.convene.event.SeriesStatus;
import org.convene.platform.Pages;

/** {@code /manage/series?id=…}: create or edit a webinar series. */
@Named
@ViewScoped
public class ManageSeriesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser user;
  @Inject private org.convene.revision.RevisionService revisionService;
  @Inject private org.convene.topic.TopicService topicService;
  @Inject private EventService events;
  @Inject private org.convene.event.SeriesService seriesService;

  private Long id;
  private List<org.convene.revision.Revision> revisions = List.of();
  private List<org.convene.topic.Topic> topics = List.of();
  private String slug;
  private SeriesForm form = new SeriesForm();

  public void init() {
    SignedIn.Editable working = user.getWorking();
    if (working == null) {
      Pages.notFound();
      return;
    }
    slug = working.getSlug();
    topics = topicService.all();
    if (id != null) {
      try {
        form = SeriesForm.of(seriesService.seriesForEditing(user.actor(), slug, id));
        revisions =
            revisionService.list(
                user.actor(), slug, org.convene.revision.Revision.ItemType.SERIES, id);
      } catch (RuntimeException e) {
        Pages.refused(e);
      }
    }
  }

  public String save() {
    Series[] saved = new Series[1];
    String outcome =
        Pages.perform(
            () -> saved[0] = seriesService.saveSeries(user.actor(), slug, id, form),
            "The series “" + form.getTitle() + "” is saved.",
            "/manage/series",
            "series");
    return outcome == null ? null : outcome + "&id=" + saved[0].getId();
  }

  public List<org.convene.topic.Topic> getTopics() {
    return topics;
  }

  public List<org.convene.revision.Revision> getRevisions() {
    return revisions;
  }

  /** Saves an earlier revision again (a new revision; refused if someone saved meanwhile). */
  public String restore(long revisionId) {
    return org.convene.revision.Restore.revision(
        revisionService,
        user.actor(),
        slug,
        revisions,
        revisionId,
        org.convene.revision.Revision.ItemType.SERIES,
        id,
        org.convene.event.SeriesForm.class,
        form.getVersion(),
        old -> seriesService.saveSeries(user.actor(), slug, id, old),
        "/manage/series");
  }

  public List<String> getZones() {
    return org.convene.event.EventTimes.ZONES;
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

  public SeriesForm getForm() {
    return form;
  }

  public SeriesStatus[] getStatuses() {
    return SeriesStatus.values();
  }
}
