package org.convene.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.convene.account.CurrentUser;
import org.convene.campaign.Campaign;
import org.convene.campaign.CampaignForm;
import org.convene.campaign.CampaignService;
import org.convene.campaign.CampaignSummary;
import org.convene.platform.Pages;
import org.convene.topic.Topic;
import org.convene.topic.TopicService;

/** {@code /admin/campaigns[?id=…]}: the network's observance campaigns; create, edit, publish. */
@Named
@ViewScoped
public class AdminCampaignsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser user;
  @Inject private CampaignService campaigns;
  @Inject private TopicService topics;

  private Long id;
  private String slug;
  private CampaignForm form = new CampaignForm();
  private List<CampaignSummary> all = List.of();
  private List<Topic> topicChoices = List.of();

  public void init() {
    try {
      all = campaigns.forAdministration(user.actor());
      topicChoices = topics.all();
      if (id != null) {
        Campaign k = campaigns.forEditing(user.actor(), id);
        slug = k.getSlug();
        form = CampaignForm.of(k);
      }
    } catch (RuntimeException e) {
      Pages.refused(e);
    }
  }

  public String save() {
    return Pages.perform(
        () -> campaigns.save(user.actor(), id, form),
        form.isPublished()
            ? Pages.ws("adminCampaigns.campaignSaved", form.getName())
            : Pages.ws("adminCampaigns.campaignSavedDraftMembers", form.getName()),
        "/admin/campaigns",
        "campaign");
  }

  /** "Draft", "Upcoming", "Running" or "Ended". */
  public String state(Campaign k) {
    if (!k.isPublished()) {
      return Pages.ws("adminCampaigns.draft");
    }
    return switch (k.phaseOn(LocalDate.now())) {
      case UPCOMING -> Pages.ws("adminCampaigns.upcoming");
      case CURRENT -> Pages.ws("adminCampaigns.running");
      case PAST -> Pages.ws("adminCampaigns.ended");
    };
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

  public boolean isCreating() {
    return id == null;
  }

  public CampaignForm getForm() {
    return form;
  }

  public List<CampaignSummary> getAll() {
    return all;
  }

  public List<Topic> getTopics() {
    return topicChoices;
  }
}
