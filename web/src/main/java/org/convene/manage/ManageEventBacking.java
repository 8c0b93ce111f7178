package org.convene.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.convene.account.CurrentUser;
import org.convene.account.SignedIn;
import org.convene.event.Event;
import org.convene.event.EventForm;
import org.convene.event.EventFormat;
import org.convene.event.EventService;
import org.convene.event.EventStatus;
import org.convene.event.EventTimes;
import org.convene.event.Material;
import org.convene.event.MaterialView;
import org.convene.event.Presenter;
import org.convene.event.Series;
import org.convene.platform.Pages;

/**
 * {@code /manage/event?id=…}: create or edit one event, cancel it, open or close registration, and
 * manage its materials. The collaborative comes from the editor's session and every call is
 * authorised again by the service; the version seen when the page opened goes back with the form,
 * so a concurrent save by another editor is refused instead of overwritten.
 */
@Named
@ViewScoped
public class ManageEventBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser user;
  @Inject private org.convene.revision.RevisionService revisionService;
  @Inject private org.convene.topic.TopicService topicService;
  @Inject private EventService events;
  @Inject private org.convene.event.PublicEvents publicEvents;
  @Inject private org.convene.event.SeriesService seriesService;
  @Inject private org.convene.event.PresenterService presenterService;
  @Inject private org.convene.event.MaterialService materialService;
  @Inject private org.convene.event.RegistrationService registrationService;

  private Long id;
  private List<org.convene.revision.Revision> revisions = List.of();
  private List<org.convene.topic.Topic> topics = List.of();
  private String slug;
  private EventForm form;
  private EventStatus status;
  private boolean registrationOpen;
  private String path;
  private boolean published;
  private List<Presenter> presenters = List.of();
  private int ownPresenters;
  private Long toBeTold;
  private List<Series> series = List.of();
  private List<MaterialView> materials = List.of();
  private String materialTitle;
  private String materialUrl;
  private transient Part materialFile;
  private transient org.primefaces.model.file.UploadedFile firstMaterial;
  private String firstMaterialTitle;

  /** f:viewAction: loads the event (or a blank form) on the first GET. */
  public void init() {
    SignedIn.Editable working = user.getWorking();
    if (working == null) {
      Pages.notFound();
      return;
    }
    slug = working.getSlug();
    topics = topicService.all();
    presenters = new java.util.ArrayList<>(presenterService.presenters(user.actor(), slug));
    ownPresenters = presenters.size();
    presenters.addAll(presenterService.networkPresenters(user.actor(), slug));
    series = seriesService.seriesForEditing(user.actor(), slug);
    if (id == null) {
      form = new EventForm();
      // the organiser's zone: that of their latest event (the form's default for a first one)
      events
          .table(user.actor(), slug, org.convene.platform.TableQuery.firstPage(1))
          .items()
          .stream()
          .findFirst()
          .ifPresent(latest -> form.setZoneId(latest.event().getZoneId()));
      form.setDate(LocalDate.now(ZoneId.of(form.getZoneId())).plusDays(14));
      form.setStartTime(LocalTime.NOON);
      form.setEndTime(LocalTime.of(13, 0));
      form.setCapacity(100);
      return;
    }
    try {
      Event e = events.eventForEditing(user.actor(), slug, id);
      form = EventForm.of(e);
      revisions =
          revisionService.list(
              user.actor(), slug, org.convene.revision.Revision.ItemType.EVENT, id);
      status = e.getStatus();
      registrationOpen = e.isRegistrationOpen();
      path = e.getPath();
      published = e.getPublishedAt() != null;
      materials = materialService.materialsForEditing(user.actor(), slug, id);
    } catch (RuntimeException e) {
      Pages.refused(e);
    }
  }

  public String save() {
    if (id == null) {
      Event[] created = new Event[1];
      String outcome =
          Pages.perform(
              () -> created[0] = events.createEvent(user.actor(), slug, form),
              form.isPublished()
                  ? Pages.ws("manageEvent.eventSavedPublicNow", form.getTitle())
                  : Pages.ws("manageEvent.eventSavedDraft", form.getTitle()),
              "/manage/events",
              "event");
      if (outcome == null) {
        return null;
      }
      attachFirstMaterial(created[0].getId());
      return "/manage/event?faces-redirect=true&id=" + created[0].getId();
    }
    String outcome =
        Pages.perform(
            () -> events.updateEvent(user.actor(), slug, id, form),
            Pages.ws("manageEvent.eventSaved", form.getTitle()),
            "/manage/event",
            "event");
    if (outcome != null) {
      long confirmed = publicEvents.confirmedCounts(List.of(id)).getOrDefault(id, 0L);
      if (form.getCapacity() != null && form.getCapacity() < confirmed) {
        Pages.info(overCapacity(form.getCapacity(), confirmed));
      }
    }
    return outcome == null ? null : outcome + "&id=" + id;
  }

  /**
   * The file chosen while creating, added to the new event. The event is saved whatever happens to
   * the file; a file refused (type, size, quota, a scripted PDF) is said, to be added again under
   * Materials.
   */
  private void attachFirstMaterial(long eventId) {
    if (firstMaterial == null || firstMaterial.getSize() == 0) {
      return;
    }
    String name = firstMaterial.getFileName();
    if (firstMaterial.getSize() > Material.MAX_BYTES) {
      Pages.error(null, Pages.ws("manageEvent.wasNotAttachedLarger", name));
      return;
    }
    byte[] content = firstMaterial.getContent();
    try {
      materialService.addMaterialFile(
          user.actor(), slug, eventId, firstMaterialTitle, name, content);
      Pages.info(Pages.ws("manageEvent.attached", name));
    } catch (RuntimeException e) {
      Pages.error(null, Pages.ws("manageEvent.wasNotAttachedAdd", name, Pages.reason(e)));
    }
  }

  public org.primefaces.model.file.UploadedFile getFirstMaterial() {
    return firstMaterial;
  }

  public void setFirstMaterial(org.primefaces.model.file.UploadedFile firstMaterial) {
    this.firstMaterial = firstMaterial;
  }

  public String getFirstMaterialTitle() {
    return firstMaterialTitle;
  }

  public void setFirstMaterialTitle(String firstMaterialTitle) {
    this.firstMaterialTitle = firstMaterialTitle;
  }

  /** What lowering the capacity below the people already confirmed means for them. */
  static String overCapacity(int capacity, long confirmed) {
    return Pages.ws("manageEvent.notePeopleAreAlready", confirmed, capacity, capacity);
  }

  /**
   * First step of cancelling: says how many people will be told (everyone registered or on the
   * waitlist) and asks to confirm; nothing is changed or sent yet.
   */
  public void askCancel() {
    try {
      org.convene.event.RegistrantCounts counts =
          registrationService.counts(user.actor(), slug, id);
      toBeTold = counts.getConfirmed() + counts.getWaitlisted();
    } catch (RuntimeException e) {
      Pages.refused(e);
    }
  }

  public void keepEvent() {
    toBeTold = null;
  }

  /** Whether the page asks to confirm the cancellation. */
  public boolean isConfirmingCancel() {
    return toBeTold != null;
  }

  /** How many people the cancellation would tell. */
  public long getToBeTold() {
    return toBeTold == null ? 0 : toBeTold;
  }

  /** Second step: cancels and tells everyone (only offered once {@link #askCancel} asked). */
  public String cancelEvent() {
    return again(
        Pages.perform(
            () -> events.cancelEvent(user.actor(), slug, id, form.getVersion()),
            Pages.ws("manageEvent.eventCancelledEveryoneRegistered"),
            "/manage/event"));
  }

  public String setRegistration(boolean open) {
    return again(
        Pages.perform(
            () -> events.setRegistrationOpen(user.actor(), slug, id, open),
            open
                ? Pages.ws("manageEvent.registrationOpen")
                : Pages.ws("manageEvent.registrationClosed"),
            "/manage/event"));
  }

  public String addLink() {
    return again(
        Pages.perform(
            () ->
                materialService.addMaterialLink(user.actor(), slug, id, materialTitle, materialUrl),
            Pages.ws("manageEvent.linkAdded"),
            "/manage/event",
            "materialLink"));
  }

  /**
   * A material uploaded by PrimeFaces' uploader (progress bar; size and type checked in the browser
   * first): checked again here and by the service (size, type by content, quota), then listed in
   * place.
   */
  public void uploaded(org.primefaces.event.FileUploadEvent event) {
    org.primefaces.model.file.UploadedFile file = event.getFile();
    if (file == null || file.getSize() == 0) {
      Pages.error(null, Pages.ws("manageEvent.chooseFileUpload"));
      return;
    }
    if (file.getSize() > Material.MAX_BYTES) {
      Pages.error(null, Pages.ws("manageEvent.fileLargerThan50"));
      return;
    }
    String name = file.getFileName();
    byte[] content = file.getContent();
    // the uploader processes only itself (so the title field empties after an upload): the title
    // as sent
    String title =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("materialUpload:uploadTitle");
    try {
      materialService.addMaterialFile(user.actor(), slug, id, title, name, content);
      Pages.say(Pages.ws("manageEvent.uploaded", name));
      materialTitle = null;
    } catch (RuntimeException e) {
      Pages.refused(e);
    }
    materials = materialService.materialsForEditing(user.actor(), slug, id);
  }

  public String upload() throws IOException {
    if (materialFile == null || materialFile.getSize() == 0) {
      Pages.error(null, Pages.ws("manageEvent.chooseFileUpload"));
      return null;
    }
    if (materialFile.getSize() > Material.MAX_BYTES) {
      Pages.error(null, Pages.ws("manageEvent.fileLargerThan50"));
      return null;
    }
    byte[] content;
    try (InputStream in = materialFile.getInputStream()) {
      content = in.readNBytes((int) Material.MAX_BYTES + 1);
    }
    String name = materialFile.getSubmittedFileName();
    return again(
        Pages.perform(
            () ->
                materialService.addMaterialFile(
                    user.actor(), slug, id, materialTitle, name, content),
            Pages.ws("manageEvent.fileUploaded"),
            "/manage/event"));
  }

  public String removeMaterial(long materialId) {
    return again(
        Pages.perform(
            () -> materialService.removeMaterial(user.actor(), slug, materialId),
            Pages.ws("manageEvent.materialRemoved"),
            "/manage/event"));
  }

  private String again(String outcome) {
    return outcome == null ? null : outcome + "&id=" + id;
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
        org.convene.revision.Revision.ItemType.EVENT,
        id,
        org.convene.event.EventForm.class,
        form.getVersion(),
        old -> events.updateEvent(user.actor(), slug, id, old),
        "/manage/event");
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

  public EventForm getForm() {
    return form;
  }

  public EventStatus getStatus() {
    return status;
  }

  public boolean isCancelled() {
    return status == EventStatus.CANCELLED;
  }

  public boolean isRegistrationOpen() {
    return registrationOpen;
  }

  public boolean isPublished() {
    return published;
  }

  public String getPublicPath() {
    return "/c/" + slug + path;
  }

  /** How a presenter is offered: the network's people say whose presenter they are. */
  public String presenterLabel(Presenter p) {
    String label =
        p.getDisplayName() + (p.getAffiliation() == null ? "" : " — " + p.getAffiliation());
    return presenters.indexOf(p) < ownPresenters
        ? label
        : Pages.ws("manageEvent.presenter", label, p.getCollaborative().getShortName());
  }

  public List<Presenter> getPresenters() {
    return presenters;
  }

  public List<Series> getSeries() {
    return series;
  }

  public List<MaterialView> getMaterials() {
    return materials;
  }

  public List<String> getZones() {
    return EventTimes.ZONES;
  }

  public EventFormat[] getFormats() {
    return EventFormat.values();
  }

  public String getMaterialTitle() {
    return materialTitle;
  }

  public void setMaterialTitle(String materialTitle) {
    this.materialTitle = materialTitle;
  }

  public String getMaterialUrl() {
    return materialUrl;
  }

  public void setMaterialUrl(String materialUrl) {
    this.materialUrl = materialUrl;
  }

  public Part getMaterialFile() {
    return materialFile;
  }

  public void setMaterialFile(Part materialFile) {
    this.materialFile = materialFile;
  }
}
