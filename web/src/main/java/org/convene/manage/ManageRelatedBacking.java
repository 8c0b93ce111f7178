package org.convene.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.convene.account.CurrentUser;
import org.convene.account.SignedIn;
import org.convene.collaborative.Collaborative;
import org.convene.link.LinkService;
import org.convene.link.Partner;
import org.convene.link.RelatedItem;
import org.convene.platform.Pages;

/**
 * {@code /manage/related?type=…&id=…}: what one of the working collaborative's items is related to
 * (add by pasting a page's address, remove), and for an event, the collaboratives that present or
 * co-host it.
 */
@Named
@ViewScoped
public class ManageRelatedBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String VIEW = "/manage/related";

  @Inject private CurrentUser user;
  @Inject private LinkService links;

  private String type;
  private Long id;
  private String slug;
  private String title;
  private List<RelatedItem> related = List.of();
  private List<Partner> partners = List.of();
  private List<Collaborative> partnerChoices = List.of();
  private String address;
  private Long partnerId;
  private Partner.Role role = Partner.Role.PRESENTER;

  public void init() {
    SignedIn.Editable working = user.getWorking();
    if (working == null || type == null || id == null || !LinkService.TYPES.contains(type)) {
      Pages.notFound();
      return;
    }
    slug = working.getSlug();
    try {
      title = links.title(user.actor(), slug, type, id);
      related = links.relatedForEditing(user.actor(), slug, type, id);
      if (isEvent()) {
        partners = links.partnersForEditing(user.actor(), slug, id);
        partnerChoices = links.partnerChoices(user.actor(), slug);
      }
    } catch (RuntimeException e) {
      Pages.refused(e);
    }
  }

  public String relate() {
    return back(
        Pages.perform(
            () -> links.relate(user.actor(), slug, type, id, address),
            Pages.ws("manageRelated.linkAddedShowsBoth"),
            VIEW,
            "related"));
  }

  public String unrelate(RelatedItem item) {
    return back(
        Pages.perform(
            () -> links.unrelate(user.actor(), slug, item.linkId()),
            Pages.ws("manageRelated.noLongerRelated", item.title()),
            VIEW));
  }

  public String addPartner() {
    return back(
        Pages.perform(
            () -> links.addPartner(user.actor(), slug, id, partnerId == null ? 0 : partnerId, role),
            Pages.ws("manageRelated.eventNowShowsPartner"),
            VIEW,
            "partner"));
  }

  public String removePartner(Partner p) {
    return back(
        Pages.perform(
            () -> links.removePartner(user.actor(), slug, id, p.collaborativeId()),
            Pages.ws("manageRelated.noLongerNamedEvent", p.name()),
            VIEW));
  }

  private String back(String outcome) {
    return outcome == null ? null : outcome + "&type=" + type + "&id=" + id;
  }

  /** Where the item is edited. */
  public String getEditPath() {
    return switch (type) {
      case "EVENT" -> "/manage/event?id=" + id;
      case "SERIES" -> "/manage/series?id=" + id;
      case "NEWS" -> "/manage/news?id=" + id;
      case "RESOURCE" -> "/manage/resources?id=" + id;
      default -> "/manage/practices?id=" + id;
    };
  }

  public boolean isEvent() {
    return "EVENT".equals(type);
  }

  public boolean isFound() {
    return title != null;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public List<RelatedItem> getRelated() {
    return related;
  }

  public List<Partner> getPartners() {
    return partners;
  }

  public List<Collaborative> getPartnerChoices() {
    return partnerChoices;
  }

  public Partner.Role[] getRoles() {
    return Partner.Role.values();
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public void setPartnerId(Long partnerId) {
    this.partnerId = partnerId;
  }

  public Partner.Role getRole() {
    return role;
  }

  public void setRole(Partner.Role role) {
    this.role = role;
  }
}
