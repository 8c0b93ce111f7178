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
  private org.convene.platform.ServiceTable<Presenter> table;
  private String q;
  private String duplicate;
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
    String space = slug;
    table =
        new org.convene.platform.ServiceTable<>(
            query -> presenterService.table(user.actor(), space, query),
            p -> Long.toString(p.getId()));
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
        Pages.ws("presenters.saved", form.getName()),
        "/manage/presenters",
        "presenter");
  }

  /** First step of a merge: the page names both and what happens, then asks. */
  public void askMerge() {
    duplicateId = org.convene.platform.Picks.idOf(duplicate);
    if (duplicateId == null) {
      Pages.error("merge:duplicate", Pages.ws("presenters.typePartDuplicateS"));
      return;
    }
    if (duplicateId.equals(id)) {
      Pages.error("merge:duplicate", Pages.ws("presenters.chooseAnotherPresenter", form.getName()));
      duplicateId = null;
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
            Pages.ws(
                "presenters.mergedIntoTheirSessions", duplicate, form.getName(), form.getName()),
            "/manage/presenters");
    return outcome == null ? null : outcome + "&id=" + id;
  }

  /** The name of the duplicate chosen (the picker's choice without its id), for messages. */
  public String nameOf(Long presenterId) {
    if (duplicate == null || presenterId == null) {
      return "";
    }
    String name = duplicate.replaceFirst("\\s*#[0-9]+\\s*$", "");
    int bracket = name.lastIndexOf(" (");
    return bracket > 0 ? name.substring(0, bracket) : name;
  }

  /**
   * The merge picker's suggestions: the collaborative's other presenters whose name, role or
   * affiliation holds the words typed (ten), "Name (Affiliation) #id".
   */
  public List<String> completeDuplicate(String words) {
    return presenterService
        .table(
            user.actor(),
            slug,
            new org.convene.platform.TableQuery(words, java.util.Map.of(), null, true, 0, 11))
        .items()
        .stream()
        .filter(p -> !p.getId().equals(id))
        .limit(10)
        .map(
            p ->
                org.convene.platform.Picks.label(
                    p.getDisplayName()
                        + (p.getAffiliation() == null ? "" : " (" + p.getAffiliation() + ")"),
                    p.getId()))
        .toList();
  }

  public String getDuplicate() {
    return duplicate;
  }

  public void setDuplicate(String duplicate) {
    this.duplicate = duplicate;
  }

  public org.convene.platform.ServiceTable<Presenter> getTable() {
    return table;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
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
