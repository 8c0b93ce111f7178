package org.convene.news;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.convene.platform.Page;
import org.convene.platform.Pages;
import org.convene.tenancy.CurrentCollaborative;
import org.convene.tenancy.TenantFilter;

/** {@code /c/{slug}/news} and {@code /c/{slug}/news/{slug}}: a collaborative's published news. */
@Named
@RequestScoped
public class NewsPagesBacking {

  static final int PAGE_SIZE = 20;

  @Inject private CurrentCollaborative tenant;
  @Inject private NewsService news;
  @Inject private ExternalContext external;
  @Inject private org.convene.link.LinkService links;
  private java.util.List<org.convene.link.RelatedItem> related = java.util.List.of();

  private Page<NewsItem> list;
  private NewsItem item;

  @PostConstruct
  void load() {
    String slug = (String) external.getRequestMap().get(TenantFilter.ITEM_ATTRIBUTE);
    if (slug != null) {
      item = news.published(tenant.get(), slug).orElse(null);
      if (item == null) {
        Pages.notFound();
      } else {
        related = links.related("NEWS", item.getId());
      }
      return;
    }
    String page = external.getRequestParameterMap().get("page");
    list =
        news.of(
            tenant.get(),
            page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1,
            PAGE_SIZE);
  }

  public Page<NewsItem> getList() {
    return list;
  }

  /** The public items related to the news item, either way. */
  public java.util.List<org.convene.link.RelatedItem> getRelated() {
    return related;
  }

  public NewsItem getItem() {
    return item;
  }

  public boolean isFound() {
    return item != null;
  }
}
