package org.convene.network;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.convene.collaborative.CollaborativeCard;
import org.convene.collaborative.CollaborativeService;
import org.convene.collaborative.DirectoryQuery;
import org.convene.platform.Page;

/**
 * The network home page {@code /}: the first collaboratives by name and how many there are in all
 * (the directory lists the rest), so the page costs the same with five members or a thousand.
 */
@Named
@RequestScoped
public class HomeBacking {

  static final int GRID_SIZE = 12;

  static final int UPCOMING = 4;
  static final int LATEST_NEWS = 5;

  @Inject private CollaborativeService collaborativeService;
  @Inject private org.convene.event.PublicEvents events;

  private Page<CollaborativeCard> collaboratives;
  private java.util.List<org.convene.event.Event> upcoming;
  private java.util.List<org.convene.news.NewsItem> news;
  @Inject private org.convene.news.NewsService newsService;
  @Inject private org.convene.feature.FeatureService featureService;
  @Inject private org.convene.campaign.CampaignService campaignService;
  private java.util.List<org.convene.campaign.CampaignSummary> campaigns = java.util.List.of();
  private org.convene.feature.Feature featuredMember;
  private org.convene.feature.Feature featuredItem;

  @Inject private org.convene.cache.ReadCache reads;

  /** The same for every visitor: kept between requests until a table they came from changes. */
  @PostConstruct
  void load() {
    collaboratives =
        reads.get(
            "home:collaboratives",
            () -> collaborativeService.directory(DirectoryQuery.all(1, GRID_SIZE)));
    upcoming = reads.get("home:upcoming", () -> events.upcomingAcrossNetwork(UPCOMING));
    news = reads.get("home:news", () -> newsService.latest(LATEST_NEWS));
    featuredMember =
        reads.get("home:featured-member", () -> featureService.currentMember().orElse(null));
    featuredItem = reads.get("home:featured-item", () -> featureService.currentItem().orElse(null));
    java.time.LocalDate today = java.time.LocalDate.now();
    campaigns = reads.get("home:campaigns:" + today, () -> campaignService.current(today));
  }

  /** The campaigns running today (the home carries them during their period). */
  public java.util.List<org.convene.campaign.CampaignSummary> getCampaigns() {
    return campaigns;
  }

  /** The member featured now, or null. */
  public org.convene.feature.Feature getFeaturedMember() {
    return featuredMember;
  }

  /** The event (or news item) featured now, or null. */
  public org.convene.feature.Feature getFeaturedItem() {
    return featuredItem;
  }

  /** The latest news across the network. */
  public java.util.List<org.convene.news.NewsItem> getNews() {
    return news;
  }

  /** The next few events across the network. */
  public java.util.List<org.convene.event.Event> getUpcoming() {
    return upcoming;
  }

  public Page<CollaborativeCard> getCollaboratives() {
    return collaboratives;
  }

  public boolean isMoreThanShown() {
    return collaboratives.total() > collaboratives.items().size();
  }
}
