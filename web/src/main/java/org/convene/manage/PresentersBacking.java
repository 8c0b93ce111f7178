package org.convene.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.convene.account.CurrentUser;
import org.convene.account.SignedIn;
import org.convene.event.EventService;
import org.convene.event.Presenter;
import org.convene.event.PresenterForm;
import org.convene.platform.Pages;

/** {@code /manage/presenters[?id=…]}: the collaborative's presenters; add or edit one. */
@Named
@ViewScoped
public class PresentersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser user;
  @Inject private EventService events;
  @Inject private org.convene.event.PresenterService presenterService;

  private Long id;
  private String slug;
  private List<Presenter> presenters = List.of();
  private PresenterForm form = new PresenterForm();
  private transient Part photo;
  private Long duplicateId;
  private boolean confirmingMerge;

  public void init() {
    SignedIn.Editable working = user.getWorking();
    if (working == null) {
      Pages.notFound();
      return;
    }
    slug = working.getSlug();
    presenters = presenterService.presenters(user.actor(), slug);
    if (id != null) {
      try {
        form = PresenterForm.of(presenterService.presenterForEditing(user.actor(), slug, id));
      } catch (RuntimeException e) {
        Pages.refused(e);
      }
    }
  }

  public String save() throws IOException {
    byte[] content = null;
    if (photo != null && photo.getSize() > 0) {
      try (InputStream in = photo.getInputStream()) {
        content = in.readNBytes(Presenter.MAX_PHOTO_BYTES + 1);
      }
    }
    byte[] upload = content;
    return Pages.perform(
        () -> presenterService.savePresenter(user.actor(), slug, id, form, upload),
        form.getName() + " is saved.",
        "/manage/presenters",
        "presenter");
  }

  /** First step of a merge: the page names both and what happens, then asks. */
  public void askMerge() {
    if (duplicateId == null) {
      Pages.error(null, "Choose the duplicate to merge into " + form.getName() + ".");
      return;
    }
    confirmingMerge = true;
  }

  public void keepBoth() {
    confirmingMerge = false;
  }

  public String merge() {
    String duplicate = nameOf(duplicateId);
    String outcome =
        Pages.perform(
            () -> presenterService.mergePresenters(user.actor(), slug, id, duplicateId),
            duplicate
                + " is merged into "
                + form.getName()
                + ": their sessions are "
                + form.getName()
                + "'s now.",
            "/manage/presenters");
    return outcome == null ? null : outcome + "&id=" + id;
  }

  /** The name of one of the listed presenters (the duplicate chosen), for messages. */
  public String nameOf(Long presenterId) {
    return presenters.stream()
        .filter(p -> p.getId().equals(presenterId))
        .map(Presenter::getName)
        .findFirst()
        .orElse("");
  }

  /** The other presenters, which could be duplicates of this one. */
  public List<Presenter> getOthers() {
    return presenters.stream().filter(p -> !p.getId().equals(id)).toList();
  }

  public Long getDuplicateId() {
    return duplicateId;
  }

  public void setDuplicateId(Long duplicateId) {
    this.duplicateId = duplicateId;
  }

  public boolean isConfirmingMerge() {
    return confirmingMerge;
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

  public List<Presenter> getPresenters() {
    return presenters;
  }

  public PresenterForm getForm() {
    return form;
  }

  public Part getPhoto() {
    return photo;
  }

  public void setPhoto(Part photo) {
    this.photo = photo;
  }
}
