package org.convene.campaign;

import java.util.List;
import org.convene.collaborative.Collaborative;
import org.convene.event.Event;
import org.convene.event.Series;
import org.convene.news.NewsItem;
import org.convene.practice.Practice;
import org.convene.resource.Resource;

/**
 * A campaign as its page shows it: the members taking part and their public items in it, read live.
 */
public record CampaignPage(
    Campaign campaign,
    List<Collaborative> members,
    List<Event> upcoming,
    List<Event> past,
    List<Series> series,
    List<NewsItem> news,
    List<Resource> resources,
    List<Practice> practices) {

  public int itemCount() {
    return upcoming.size()
        + past.size()
        + series.size()
        + news.size()
        + resources.size()
        + practices.size();
  }

  public boolean isEmpty() {
    return itemCount() == 0;
  }
}
