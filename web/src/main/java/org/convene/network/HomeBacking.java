package org.convene.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.convene.cache.ReadCache;
import org.convene.campaign.CampaignService;
import org.convene.campaign.CampaignSummary;
import org.convene.collaborative.CollaborativeCard;
import org.convene.collaborative.CollaborativeService;
import org.convene.collaborative.DirectoryQuery;
import org.convene.event.Event;
import org.convene.event.PublicEvents;
import org.convene.feature.Feature;
import org.convene.feature.FeatureService;
import org.convene.news.NewsItem;
import org.convene.news.NewsService;
import org.convene.platform.Page;
import org.convene.platform.RequestMemo;

/**
 * The network home page {@code /}: the first collaboratives by name and how many there are in all
 * (the directory lists the rest), so the page costs the same with five members or a thousand. Made
 * once for the application: what a request shows is read once per request ({@link RequestMemo}).
 */
@Named
@ApplicationScoped
public class HomeBacking {

  static final int GRID_SIZE = 12;

  static final int UPCOMING = 4;
  static final int LATEST_NEWS = 5;

  private static final String HOME = HomeBacking.class.getName();

  /** What one request of the home shows. */
  private record Home(
      Page<CollaborativeCard> collaboratives,
      List<Event> upcoming,
      List<NewsItem> news,
      Feature featuredMember,
      Feature featuredItem,
      List<CampaignSummary> campaigns) {}

  @Inject private CollaborativeService collaborativeService;
  @Inject private PublicEvents events;
  @Inject private NewsService newsService;
  @Inject private FeatureService featureService;
  @Inject private CampaignService campaignService;
  @Inject private ReadCache reads;
  @Inject private HttpServletRequest request;

  private Home home() {
    return RequestMemo.get(request, HOME, this::load);
  }

  /** The same for every visitor: kept between requests until a table they came from changes. */
  private Home load() {
    LocalDate today = LocalDate.now();
    return new Home(
        reads.get(
            "home:collaboratives",
            () -> collaborativeService.directory(DirectoryQuery.all(1, GRID_SIZE))),
        reads.get("home:upcoming", () -> events.upcomingAcrossNetwork(UPCOMING)),
        reads.get("home:news", () -> newsService.latest(LATEST_NEWS)),
        reads.get("home:featured-member", () -> featureService.currentMember().orElse(null)),
        reads.get("home:featured-item", () -> featureService.currentItem().orElse(null)),
        reads.get("home:campaigns:" + today, () -> campaignService.current(today)));
  }

  /** The campaigns running today (the home carries them during their period). */
  public List<CampaignSummary> getCampaigns() {
    return home().campaigns();
  }

  /** The member featured now, or null. */
  public Feature getFeaturedMember() {
    return home().featuredMember();
  }

  /** The event (or news item) featured now, or null. */
  public Feature getFeaturedItem() {
    return home().featuredItem();
  }

  /** The latest news across the network. */
  public List<NewsItem> getNews() {
    return home().news();
  }

  /** The next few events across the network. */
  public List<Event> getUpcoming() {
    return home().upcoming();
  }

  public Page<CollaborativeCard> getCollaboratives() {
    return home().collaboratives();
  }

  public boolean isMoreThanShown() {
    Page<CollaborativeCard> collaboratives = getCollaboratives();
    return collaboratives.total() > collaboratives.items().size();
  }
}
