package org.convene.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.convene.account.CurrentUser;
import org.convene.account.SignedIn;
import org.convene.platform.Pages;
import org.convene.practice.Adoption;
import org.convene.practice.AdoptionForm;
import org.convene.practice.AdoptionService;
import org.convene.practice.AdoptionStatus;
import org.convene.practice.Practice;
import org.convene.revision.Restore;
import org.convene.revision.Revision;
import org.convene.revision.RevisionService;

/**
 * {@code /manage/adoptions[?id=…]}: the practices of other collaboratives the working collaborative
 * adopted or adapted; record one, or update how it went.
 */
@Named
@ViewScoped
public class ManageAdoptionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser user;
  @Inject private RevisionService revisionService;
  @Inject private AdoptionService adoptions;

  private Long id;
  private String slug;
  private List<Revision> revisions = List.of();
  private List<Adoption> items = List.of();
  private List<Practice> practices = List.of();
  private List<Practice> ownPractices = List.of();
  private AdoptionForm form = new AdoptionForm();

  public void init() {
    SignedIn.Editable working = user.getWorking();
    if (working == null) {
      Pages.notFound();
      return;
    }
    slug = working.getSlug();
    items = adoptions.forEditing(user.actor(), slug);
    practices = adoptions.practiceChoices(user.actor(), slug);
    ownPractices = adoptions.adaptationChoices(user.actor(), slug);
    if (id != null) {
      try {
        form = AdoptionForm.of(adoptions.forEditing(user.actor(), slug, id));
        revisions = revisionService.list(user.actor(), slug, Revision.ItemType.ADOPTION, id);
      } catch (RuntimeException e) {
        Pages.refused(e);
      }
    }
  }

  public String save() {
    return Pages.perform(
        () -> adoptions.save(user.actor(), slug, id, form),
        form.isPublished()
            ? Pages.ws("manageAdoptions.adoptionSavedShownPractice")
            : Pages.ws("manageAdoptions.adoptionSavedDraft"),
        "/manage/adoptions",
        "adoption");
  }

  /** Saves an earlier revision again (a new revision; refused if someone saved meanwhile). */
  public String restore(long revisionId) {
    return Restore.revision(
        revisionService,
        user.actor(),
        slug,
        revisions,
        revisionId,
        Revision.ItemType.ADOPTION,
        id,
        AdoptionForm.class,
        form.getVersion(),
        old -> adoptions.save(user.actor(), slug, id, old),
        "/manage/adoptions");
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

  public List<Adoption> getItems() {
    return items;
  }

  public List<Practice> getPractices() {
    return practices;
  }

  public List<Practice> getOwnPractices() {
    return ownPractices;
  }

  public AdoptionForm getForm() {
    return form;
  }

  public AdoptionStatus[] getStatuses() {
    return AdoptionStatus.values();
  }
}
