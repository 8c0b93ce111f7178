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
  @Inject private org.convene.event.SessionRuns runs;
  @Inject private org.convene.event.PresenterService presenterService;
  @Inject private org.convene.analytics.AnalyticsService analytics;
  private long countedParticipants;

  private Long id;
  private List<org.convene.revision.Revision> revisions = List.of();
  private List<org.convene.topic.Topic> topics = List.of();
  private String slug;
  private SeriesForm form = new SeriesForm();
  private List<org.convene.event.Event> sessions = List.of();
  private List<org.convene.event.Presenter> presenters = List.of();
  private org.convene.event.SessionRunForm run = new org.convene.event.SessionRunForm();

  /** Sessions a long run would create, while the editor is asked to confirm; else null. */
  private Integer confirming;

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
        sessions = runs.sessionsForEditing(user.actor(), slug, id);
        countedParticipants = analytics.participants(user.actor(), slug, id).people();
        presenters = presenterService.presenters(user.actor(), slug);
        run.setTitle(form.getTitle());
        run.setTopicIds(form.getTopicIds());
        if (!sessions.isEmpty()) {
          // the next run continues like the last session: its times, zone, format and place
          org.convene.event.Event last = sessions.get(sessions.size() - 1);
          run.setZoneId(last.getZoneId());
          run.setStartTime(last.getLocalStart().toLocalTime());
          run.setEndTime(last.getLocalEnd().toLocalTime());
          run.setFormat(last.getFormat());
          run.setLocation(last.getLocation());
          run.setCapacity(last.getCapacity());
          run.setFirstDate(last.getLocalStart().toLocalDate().plusWeeks(2));
        } else {
          run.setZoneId(form.getZoneId());
        }
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
            Pages.ws("manageSeries.seriesSaved", form.getTitle()),
            "/manage/series",
            "series");
    return outcome == null ? null : outcome + "&id=" + saved[0].getId();
  }

  /**
   * Adds the run of sessions; a run longer than {@link org.convene.event.Recurrence#CONFIRM_ABOVE}
   * first asks (the page shows how many and a button to go ahead).
   */
  public String addSessions() {
    int planned;
    try {
      planned = runs.plannedDates(user.actor(), slug, run).size();
    } catch (RuntimeException e) {
      Pages.refused(e, "run");
      return null;
    }
    if (planned > org.convene.event.Recurrence.CONFIRM_ABOVE && !run.isConfirmedMany()) {
      confirming = planned;
      return null;
    }
    confirming = null;
    String outcome =
        Pages.perform(
            () -> runs.addSessions(user.actor(), slug, id, run),
            Pages.ws("manageSeries.sessionsAdded", planned, run.isPublished() ? 1 : 0),
            "/manage/series",
            "run");
    run.setConfirmedMany(false);
    return outcome == null ? null : outcome + "&id=" + id;
  }

  /** "Yes, create them all" after the question about a long run. */
  public String confirmSessions() {
    run.setConfirmedMany(true);
    return addSessions();
  }

  /** "No" to the question: back to the form, nothing created. */
  public void keepEditingRun() {
    confirming = null;
    run.setConfirmedMany(false);
  }

  /**
   * Whether the session at {@code index} can change places with the one before ({@code earlier}) or
   * after it: both still to come and not cancelled (the service also refuses sessions people signed
   * up for, and says so).
   */
  public boolean movable(int index, boolean earlier) {
    int other = earlier ? index - 1 : index + 1;
    if (index < 0 || other < 0 || index >= sessions.size() || other >= sessions.size()) {
      return false;
    }
    java.time.Instant now = java.time.Instant.now();
    return java.util.stream.Stream.of(sessions.get(index), sessions.get(other))
        .allMatch(e -> e.getStartsAt().isAfter(now) && !e.isCancelled());
  }

  /** Moves a session one place earlier: it and the one before exchange their dates. */
  public String moveEarlier(long eventId) {
    return move(eventId, true);
  }

  /** Moves a session one place later: it and the one after exchange their dates. */
  public String moveLater(long eventId) {
    return move(eventId, false);
  }

  private String move(long eventId, boolean earlier) {
    String title =
        sessions.stream()
            .filter(e -> e.getId() == eventId)
            .map(org.convene.event.Event::getTitle)
            .findFirst()
            .orElse(Pages.ws("manageSeries.session"));
    String outcome =
        Pages.perform(
            () -> runs.moveSession(user.actor(), slug, id, eventId, earlier),
            earlier
                ? Pages.ws("manageSeries.movedEarlier", title)
                : Pages.ws("manageSeries.movedLater", title),
            "/manage/series");
    return outcome == null ? null : outcome + "&id=" + id;
  }

  /** A draft copy of one of the sessions, opened in the event editor. */
  public String duplicate(long eventId) {
    org.convene.event.Event[] copy = new org.convene.event.Event[1];
    String outcome =
        Pages.perform(
            () -> copy[0] = runs.duplicate(user.actor(), slug, eventId),
            Pages.ws("manageSeries.draftCopyWasMade"),
            "/manage/event");
    return outcome == null ? null : outcome + "&id=" + copy[0].getId();
  }

  public List<org.convene.event.Event> getSessions() {
    return sessions;
  }

  public List<org.convene.event.Presenter> getPresenters() {
    return presenters;
  }

  public org.convene.event.SessionRunForm getRun() {
    return run;
  }

  public Integer getConfirming() {
    return confirming;
  }

  public org.convene.event.Recurrence[] getRecurrences() {
    return org.convene.event.Recurrence.values();
  }

  public org.convene.event.EventFormat[] getFormats() {
    return org.convene.event.EventFormat.values();
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

  /** Distinct people who attended the series' sessions, as counted. */
  public long getCountedParticipants() {
    return countedParticipants;
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
