package org.convene.campaign;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /campaigns}: the network's campaigns, running and coming, and the archive of past ones.
 */
@Named
@RequestScoped
public class CampaignsBacking {

  @Inject private CampaignService campaigns;

  private List<CampaignSummary> coming = List.of();
  private List<CampaignSummary> past = List.of();

  @PostConstruct
  void load() {
    LocalDate today = LocalDate.now();
    coming = campaigns.comingAndCurrent(today);
    past = campaigns.past(today);
  }

  public List<CampaignSummary> getComing() {
    return coming;
  }

  public List<CampaignSummary> getPast() {
    return past;
  }

  /** Whether {@code k} is running today. */
  public boolean running(Campaign k) {
    return k.phaseOn(LocalDate.now()) == Campaign.Phase.CURRENT;
  }
}
