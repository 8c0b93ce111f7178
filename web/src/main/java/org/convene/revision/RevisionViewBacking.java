package org.convene.revision;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.convene.account.CurrentUser;
import org.convene.account.SignedIn;
import org.convene.platform.Pages;

/** {@code /manage/revision?id=…}: one saved revision of an item, field by field. */
@Named
@RequestScoped
public class RevisionViewBacking {

  @Inject private CurrentUser user;
  @Inject private RevisionService revisions;
  @Inject private ExternalContext external;

  private Revision revision;
  private Map<String, String> fields = Map.of();

  @PostConstruct
  void load() {
    SignedIn.Editable working = user.getWorking();
    String id = external.getRequestParameterMap().get("id");
    if (working == null || id == null || !id.matches("\\d{1,18}")) {
      Pages.notFound();
      return;
    }
    try {
      revision = revisions.get(user.actor(), working.getSlug(), Long.parseLong(id));
      fields = revisions.fields(user.actor(), working.getSlug(), revision.getId());
    } catch (RuntimeException e) {
      Pages.refused(e);
    }
  }

  public Revision getRevision() {
    return revision;
  }

  public List<String> getNames() {
    return List.copyOf(fields.keySet());
  }

  public Map<String, String> getFields() {
    return fields;
  }

  /** Where the item is edited. */
  public String getEditPath() {
    return switch (revision.getItemType()) {
      case EVENT -> "/manage/event?id=" + revision.getItemId();
      case SERIES -> "/manage/series?id=" + revision.getItemId();
      case NEWS -> "/manage/news?id=" + revision.getItemId();
      case RESOURCE -> "/manage/resources?id=" + revision.getItemId();
      case PRACTICE -> "/manage/practices?id=" + revision.getItemId();
      case ADOPTION -> "/manage/adoptions?id=" + revision.getItemId();
      case FINDING -> "/manage/findings?id=" + revision.getItemId();
    };
  }
}
