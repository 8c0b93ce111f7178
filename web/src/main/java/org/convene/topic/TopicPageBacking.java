package org.convene.topic;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.convene.platform.Pages;
import org.convene.tenancy.TenantFilter;

/** {@code /topics/{slug}}: every collaborative's published items on one topic, live. */
@Named
@RequestScoped
public class TopicPageBacking {

  @Inject private TopicService topics;
  @Inject private ExternalContext external;

  @Inject private TopicPageContent pageContent;
  private java.util.List<org.convene.finding.FindingView> findings = java.util.List.of();
  private java.util.List<org.convene.practice.Practice> practices = java.util.List.of();
  private java.util.List<org.convene.resource.Resource> resources = java.util.List.of();

  private TopicPage page;
  private java.util.List<org.convene.news.NewsItem> news = java.util.List.of();

  @PostConstruct
  void load() {
    String slug = (String) external.getRequestMap().get(TenantFilter.ITEM_ATTRIBUTE);
    page = slug == null ? null : topics.page(slug).orElse(null);
    if (page == null) {
      Pages.notFound();
      return;
    }
    TopicPageContent.Content content = pageContent.of(page.getTopic());
    news = content.news();
    resources = content.resources();
    practices = content.practices();
    findings = content.findings();
  }

  /** The latest findings on the topic (all of them on /findings?topic=…). */
  public java.util.List<org.convene.finding.FindingView> getFindings() {
    return findings;
  }

  public java.util.List<org.convene.practice.Practice> getPractices() {
    return practices;
  }

  public java.util.List<org.convene.resource.Resource> getResources() {
    return resources;
  }

  public java.util.List<org.convene.news.NewsItem> getNews() {
    return news;
  }

  public boolean isFound() {
    return page != null;
  }

  public TopicPage getPage() {
    return page;
  }

  public boolean isObservedNow() {
    return page.getTopic().isObservedOn(LocalDate.now());
  }
}
