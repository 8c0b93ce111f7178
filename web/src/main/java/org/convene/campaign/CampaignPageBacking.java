package org.convene.campaign;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.convene.platform.Pages;
import org.convene.tenancy.TenantFilter;

/**
 * {@code /campaigns/{slug}}: a published campaign, its period (with a countdown before it starts),
 * the members taking part and their items in it, live.
 */
@Named
@RequestScoped
public class CampaignPageBacking {

  @Inject private CampaignService campaigns;
  @Inject private ExternalContext external;

  private CampaignPage page;
  private LocalDate today;

  @PostConstruct
  void load() {
    String slug = (String) external.getRequestMap().get(TenantFilter.ITEM_ATTRIBUTE);
    Campaign k = slug == null ? null : campaigns.published(slug).orElse(null);
    if (k == null) {
      Pages.notFound();
      return;
    }
    today = LocalDate.now();
    page = campaigns.page(k);
  }

  public boolean isFound() {
    return page != null;
  }

  public CampaignPage getPage() {
    return page;
  }

  public Campaign.Phase getPhase() {
    return page.campaign().phaseOn(today);
  }

  /** "Starts in 150 days", "Starts tomorrow", "12 days left", "Last day today", "Ended". */
  public String getCountdown() {
    Campaign k = page.campaign();
    return switch (getPhase()) {
      case UPCOMING -> {
        long days = k.daysUntilStart(today);
        yield Pages.msg("campaign.startsIn", days);
      }
      case CURRENT -> {
        long left = k.daysLeft(today);
        yield Pages.msg("campaign.daysLeft", left);
      }
      case PAST -> Pages.msg("campaign.ended");
    };
  }
}
