package org.convene.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.convene.account.CurrentUser;
import org.convene.account.SignedIn;
import org.convene.event.EventTimes;
import org.convene.news.NewsForm;
import org.convene.news.NewsItem;
import org.convene.news.NewsKind;
import org.convene.news.NewsService;
import org.convene.platform.Pages;
import org.convene.topic.Topic;
import org.convene.topic.TopicService;

/** {@code /manage/news[?id=…]}: the working collaborative's news (drafts too); add or edit one. */
@Named
@ViewScoped
public class ManageNewsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser user;
  @Inject private org.convene.revision.RevisionService revisionService;
  @Inject private NewsService news;
  @Inject private TopicService topicService;

  private Long id;
  private List<org.convene.revision.Revision> revisions = List.of();
  private String slug;
  private org.convene.platform.ServiceTable<NewsItem> table;
  private String q;
  private List<Topic> topics = List.of();
  private NewsForm form = new NewsForm();

  public void init() {
    SignedIn.Editable working = user.getWorking();
    if (working == null) {
      Pages.notFound();
      return;
    }
    slug = working.getSlug();
    topics = topicService.all();
    String space = slug;
    table =
        new org.convene.platform.ServiceTable<>(
            query -> news.table(user.actor(), space, query), n -> Long.toString(n.getId()));
    if (id != null) {
      try {
        form = NewsForm.of(news.forEditing(user.actor(), slug, id));
        revisions =
            revisionService.list(
                user.actor(), slug, org.convene.revision.Revision.ItemType.NEWS, id);
      } catch (RuntimeException e) {
        Pages.refused(e);
      }
    }
  }

  public String save() {
    return Pages.perform(
        () -> news.save(user.actor(), slug, id, form),
        form.isPublished()
            ? Pages.ws("manageNews.saved", form.getTitle())
            : Pages.ws("manageNews.savedDraft", form.getTitle()),
        "/manage/news",
        "news");
  }

  /** "Draft", "Archived", "Scheduled", or "Published". */
  public String state(NewsItem n) {
    if (n.getArchivedAt() != null) {
      return Pages.ws("manageNews.archived");
    }
    if (n.getPublishedAt() == null) {
      return Pages.ws("manageNews.draft");
    }
    return n.isScheduled() ? Pages.ws("manageNews.scheduled") : Pages.ws("manageNews.published");
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
        org.convene.revision.Revision.ItemType.NEWS,
        id,
        org.convene.news.NewsForm.class,
        form.getVersion(),
        old -> news.save(user.actor(), slug, id, old),
        "/manage/news");
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

  public org.convene.platform.ServiceTable<NewsItem> getTable() {
    return table;
  }

  public List<Topic> getTopics() {
    return topics;
  }

  public NewsForm getForm() {
    return form;
  }

  public NewsKind[] getKinds() {
    return NewsKind.values();
  }

  public List<String> getZones() {
    return EventTimes.ZONES;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public List<org.convene.platform.EditorialState> getStates() {
    return List.of(org.convene.platform.EditorialState.values());
  }
}
