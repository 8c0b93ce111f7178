package org.convene.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.convene.account.CurrentUser;
import org.convene.account.SignedIn;
import org.convene.campaign.Campaign;
import org.convene.campaign.CampaignItem;
import org.convene.campaign.CampaignService;
import org.convene.platform.Pages;

/**
 * {@code /manage/campaigns[?id=…]}: the network's campaigns the working collaborative can take part
 * in; join or leave one, and choose which of the collaborative's items it puts in one it joined.
 */
@Named
@ViewScoped
public class ManageCampaignsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String VIEW = "/manage/campaigns";

  @Inject private CurrentUser user;
  @Inject private CampaignService campaigns;

  private Long id;
  private String slug;
  private List<Campaign> open = List.of();
  private Set<Long> joined = Set.of();
  private Campaign chosenCampaign;
  private List<CampaignItem> choices = List.of();
  private String[] selected = new String[0];

  public void init() {
    SignedIn.Editable working = user.getWorking();
    if (working == null) {
      Pages.notFound();
      return;
    }
    slug = working.getSlug();
    try {
      open = campaigns.open(user.actor(), slug);
      joined = campaigns.joined(user.actor(), slug);
      if (id != null) {
        chosenCampaign = open.stream().filter(k -> k.getId().equals(id)).findFirst().orElse(null);
        if (chosenCampaign == null || !joined.contains(id)) {
          chosenCampaign = null;
          Pages.error(null, Pages.ws("manageCampaigns.joinOpenCampaignBefore"));
          return;
        }
        choices = campaigns.choices(user.actor(), slug);
        selected =
            campaigns.chosen(user.actor(), slug, id).stream()
                .map(CampaignItem::key)
                .toArray(String[]::new);
      }
    } catch (RuntimeException e) {
      Pages.refused(e);
    }
  }

  public String join(Campaign k) {
    String outcome =
        Pages.perform(
            () -> campaigns.join(user.actor(), slug, k.getId()),
            Pages.ws("manageCampaigns.youTakePartNow", k.getName()),
            VIEW);
    return outcome == null ? null : outcome + "&id=" + k.getId();
  }

  public String leave(Campaign k) {
    return Pages.perform(
        () -> campaigns.leave(user.actor(), slug, k.getId()),
        Pages.ws("manageCampaigns.youNoLongerTake", k.getName()),
        VIEW);
  }

  public String saveItems() {
    String name = chosenCampaign.getName();
    String outcome =
        Pages.perform(
            () -> campaigns.choose(user.actor(), slug, id, List.of(selected)),
            selected.length == 0
                ? Pages.ws("manageCampaigns.holdsNoneItemsNow", name)
                : Pages.ws("manageCampaigns.nowHoldsItems", name, selected.length),
            VIEW);
    return outcome == null ? null : outcome + "&id=" + id;
  }

  /** "Starts in 12 days", "Running: 5 days left". */
  public String when(Campaign k) {
    LocalDate today = LocalDate.now();
    return switch (k.phaseOn(today)) {
      case UPCOMING -> {
        long days = k.daysUntilStart(today);
        yield days == 1
            ? Pages.ws("manageCampaigns.startsTomorrow")
            : Pages.ws("manageCampaigns.startsDays", days);
      }
      case CURRENT -> {
        long left = k.daysLeft(today);
        yield Pages.ws("manageCampaigns.runningDaysLeft", left);
      }
      case PAST -> Pages.ws("manageCampaigns.ended");
    };
  }

  public boolean isJoined(Campaign k) {
    return joined.contains(k.getId());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getSlug() {
    return slug;
  }

  public List<Campaign> getOpen() {
    return open;
  }

  public Campaign getChosenCampaign() {
    return chosenCampaign;
  }

  public List<CampaignItem> getChoices() {
    return choices;
  }

  public String[] getSelected() {
    return selected;
  }

  public void setSelected(String[] selected) {
    this.selected = selected == null ? new String[0] : selected;
  }
}
