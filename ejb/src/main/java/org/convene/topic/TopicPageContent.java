package org.convene.topic;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import org.convene.finding.FindingService;
import org.convene.finding.FindingView;
import org.convene.news.NewsItem;
import org.convene.news.NewsService;
import org.convene.practice.Practice;
import org.convene.practice.PracticeService;
import org.convene.resource.Resource;
import org.convene.resource.ResourceService;

/**
 * A topic page's news, resources, practices and key findings, read in one transaction (one commit
 * for all of them).
 */
@Stateless
public class TopicPageContent {

  @EJB private NewsService news;
  @EJB private ResourceService resources;
  @EJB private PracticeService practices;
  @EJB private FindingService findings;

  /** The items on a topic besides its events and series. */
  public record Content(
      List<NewsItem> news,
      List<Resource> resources,
      List<Practice> practices,
      List<FindingView> findings) {}

  public Content of(Topic topic) {
    return new Content(
        news.onTopic(topic, 20),
        resources.onTopic(topic, 100),
        practices.onTopic(topic, 100),
        findings.onTopic(topic, 10));
  }
}
