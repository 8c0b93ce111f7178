package org.convene.demo;

import static org.convene.account.Authorized.Rule.PLATFORM;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.campaign.Campaign;
import org.convene.campaign.CampaignForm;
import org.convene.campaign.CampaignItem;
import org.convene.campaign.CampaignService;
import org.convene.topic.TopicService;

/**
 * Mental Health Month next May (the seed page's observance, led since 1949 by Mental Health
 * America), joined by five members, each putting in a few of its published items.
 */
@Stateless
public class DemoCampaigns {

  static final List<String> MEMBERS = List.of("icsi", "civhc", "comagine", "mncm", "stratis");

  /** Which of a member's items it puts in first. */
  private static final List<String> PREFERRED =
      List.of("PRACTICE", "SERIES", "RESOURCE", "NEWS", "EVENT");

  @EJB private CampaignService campaigns;
  @EJB private TopicService topics;

  @Authorized(PLATFORM)
  public void load(Actor system) {
    LocalDate today = LocalDate.now();
    LocalDate may = today.withMonth(5).withDayOfMonth(1);
    if (!may.isAfter(today)) {
      may = may.plusYears(1);
    }
    CampaignForm f = new CampaignForm();
    f.setName("Mental Health Month " + may.getYear());
    f.setStartsOn(may);
    f.setEndsOn(may.withDayOfMonth(31));
    f.setSummary(
        "Since 1949, Mental Health America and their partners have led the observance of May as"
            + " Mental Health Month. The network's members take part together, with what they"
            + " have learned about the mental health of the healthcare workforce.");
    f.setCallToAction("Share one practice that supports your workforce");
    f.setActionUrl("https://mhanational.org/mental-health-month");
    f.setTopicId(
        topics.bySlug("mental-health-of-healthcare-workers").map(t -> t.getId()).orElse(null));
    f.setPublished(true);
    Campaign month = campaigns.save(system, null, f);
    for (String member : MEMBERS) {
      campaigns.join(system, member, month.getId());
      List<String> keys =
          campaigns.choices(system, member).stream()
              .filter(i -> !i.detail().contains("draft"))
              .sorted(Comparator.comparingInt(i -> PREFERRED.indexOf(i.type())))
              .limit(3)
              .map(CampaignItem::key)
              .toList();
      campaigns.choose(system, member, month.getId(), keys);
    }
  }
}
