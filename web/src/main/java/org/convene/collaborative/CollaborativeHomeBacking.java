package org.convene.collaborative;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.convene.tenancy.CurrentCollaborative;

/** A collaborative's home page in its own space: {@code /c/{slug}} or its mapped host. */
@Named
@RequestScoped
public class CollaborativeHomeBacking {

  @Inject private CurrentCollaborative tenant;
  @Inject private org.convene.event.PublicEvents events;

  private List<org.convene.event.Event> upcoming;
  private List<org.convene.event.Series> series;
  private List<org.convene.news.NewsItem> news;
  @Inject private org.convene.news.NewsService newsService;

  private Collaborative collaborative;
  private List<UsState> states;

  @PostConstruct
  void load() {
    // the space's collaborative comes with its states, links and partners (TenantFilter)
    collaborative = tenant.get();
    upcoming = events.upcoming(tenant.get(), 4);
    series = events.publicSeries(tenant.get());
    news = newsService.latest(tenant.get(), 4);
    states =
        collaborative.getStates().stream()
            .sorted(Comparator.comparing(UsState::getDisplayName))
            .toList();
  }

  public Collaborative getCollaborative() {
    return collaborative;
  }

  public List<org.convene.news.NewsItem> getNews() {
    return news;
  }

  public List<org.convene.event.Series> getSeries() {
    return series;
  }

  public List<org.convene.event.Event> getUpcoming() {
    return upcoming;
  }

  public List<UsState> getStates() {
    return states;
  }

  public boolean isHasFigures() {
    return collaborative.getMemberOrganisations() != null
        || collaborative.getClinicians() != null
        || collaborative.getFoundedYear() != null;
  }

  public boolean isHasContact() {
    return collaborative.getWebsite() != null
        || collaborative.getContactEmail() != null
        || !collaborative.getSocialLinks().isEmpty();
  }
}
