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
import org.convene.platform.Pages;
import org.convene.resource.Resource;
import org.convene.resource.ResourceForm;
import org.convene.resource.ResourceKind;
import org.convene.resource.ResourceService;
import org.convene.resource.ResourceTheme;
import org.convene.topic.Topic;
import org.convene.topic.TopicService;

/** {@code /manage/resources[?id=…]}: the library's themes and resources; add or edit one. */
@Named
@ViewScoped
public class ManageResourcesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser user;
  @Inject private org.convene.revision.RevisionService revisionService;
  @Inject private ResourceService resources;
  @Inject private TopicService topicService;

  private Long id;
  private List<org.convene.revision.Revision> revisions = List.of();
  private String slug;
  private List<ResourceTheme> themes = List.of();
  private org.convene.platform.ServiceTable<Resource> table;
  private String q;
  private List<Topic> topics = List.of();
  private ResourceForm form = new ResourceForm();
  private transient Part file;
  private String themeName;
  private Long parentId;
  private int themePosition;

  public void init() {
    SignedIn.Editable working = user.getWorking();
    if (working == null) {
      Pages.notFound();
      return;
    }
    slug = working.getSlug();
    try {
      themes = resources.themesForEditing(user.actor(), slug);
      String space = slug;
      table =
          new org.convene.platform.ServiceTable<>(
              query -> resources.table(user.actor(), space, query), r -> Long.toString(r.getId()));
      topics = topicService.all();
      if (id != null) {
        form = ResourceForm.of(resources.forEditing(user.actor(), slug, id));
        revisions =
            revisionService.list(
                user.actor(), slug, org.convene.revision.Revision.ItemType.RESOURCE, id);
      }
    } catch (RuntimeException e) {
      Pages.refused(e);
    }
  }

  public String save() throws IOException {
    byte[] content = null;
    String name = null;
    if (file != null && file.getSize() > 0) {
      if (file.getSize() > Resource.MAX_BYTES) {
        Pages.error(null, Pages.ws("manageResources.fileLargerThan20"));
        return null;
      }
      try (InputStream in = file.getInputStream()) {
        content = in.readNBytes((int) Resource.MAX_BYTES + 1);
      }
      name = file.getSubmittedFileName();
    }
    byte[] upload = content;
    String fileName = name;
    return Pages.perform(
        () -> resources.save(user.actor(), slug, id, form, fileName, upload),
        form.isPublished()
            ? Pages.ws("manageResources.saved", form.getTitle())
            : Pages.ws("manageResources.savedDraft", form.getTitle()),
        "/manage/resources",
        "resource");
  }

  public String addTheme() {
    return Pages.perform(
        () -> resources.saveTheme(user.actor(), slug, null, themeName, parentId, themePosition),
        Pages.ws("manageResources.themeAdded", themeName),
        "/manage/resources",
        "theme");
  }

  /** The label of a resource's theme ("Parent › Theme"), from the themes already loaded. */
  public String themeOf(Resource r) {
    if (r.getTheme() == null) {
      return "—";
    }
    return themes.stream()
        .filter(t -> t.getId().equals(r.getTheme().getId()))
        .findFirst()
        .map(this::themeLabel)
        .orElse(r.getTheme().getName());
  }

  public String themeLabel(ResourceTheme t) {
    return t.getParent() == null ? t.getName() : t.getParent().getName() + " › " + t.getName();
  }

  public List<ResourceTheme> getTopThemes() {
    return themes.stream().filter(t -> t.getParentId() == null).toList();
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
        org.convene.revision.Revision.ItemType.RESOURCE,
        id,
        org.convene.resource.ResourceForm.class,
        form.getVersion(),
        old -> resources.save(user.actor(), slug, id, old, null, null),
        "/manage/resources");
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

  public List<ResourceTheme> getThemes() {
    return themes;
  }

  public org.convene.platform.ServiceTable<Resource> getTable() {
    return table;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public java.util.List<org.convene.platform.EditorialState> getStates() {
    return java.util.List.of(org.convene.platform.EditorialState.values());
  }

  /** "Draft", "Published" or "Archived". */
  public String state(Resource r) {
    return org.convene.platform.EditorialState.of(r.getPublishedAt(), r.getArchivedAt()).getLabel();
  }

  public List<Topic> getTopics() {
    return topics;
  }

  public ResourceForm getForm() {
    return form;
  }

  public ResourceKind[] getKinds() {
    return ResourceKind.values();
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getThemeName() {
    return themeName;
  }

  public void setThemeName(String themeName) {
    this.themeName = themeName;
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }

  public int getThemePosition() {
    return themePosition;
  }

  public void setThemePosition(int themePosition) {
    this.themePosition = themePosition;
  }
}
