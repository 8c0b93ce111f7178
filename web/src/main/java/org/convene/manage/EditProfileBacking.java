package org.convene.manage;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.convene.account.CurrentUser;
import org.convene.account.SignedIn;
import org.convene.collaborative.CollaborativeProfile;
import org.convene.collaborative.CollaborativeService;
import org.convene.collaborative.SocialLink;
import org.convene.collaborative.SocialNetwork;
import org.convene.collaborative.UsState;
import org.convene.platform.Pages;

/**
 * {@code /manage/profile}: the working collaborative's public profile. The collaborative comes from
 * the editor's session (checked again by the service), never from the form.
 */
@Named
@RequestScoped
public class EditProfileBacking {

  @Inject private CurrentUser user;
  @Inject private CollaborativeService collaboratives;
  @Inject private EditedCollaborative edited;
  private String name;
  private String shortName;
  private String tagline;
  private String region;
  private UsState[] states = new UsState[0];
  private String about;
  private Integer foundedYear;
  private Integer memberOrganisations;
  private Integer clinicians;
  private String website;
  private String contactEmail;
  private String partners;
  private long version;

  /** One web address per social network; blank means none. */
  private final Map<SocialNetwork, String> social = new EnumMap<>(SocialNetwork.class);

  @PostConstruct
  void load() {
    if (!edited.isPresent() || FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    CollaborativeProfile p = edited.get().profile();
    version = edited.get().getVersion();
    name = p.name();
    shortName = p.shortName();
    tagline = p.tagline();
    region = p.region();
    states = p.states().toArray(UsState[]::new);
    about = p.about();
    foundedYear = p.foundedYear();
    memberOrganisations = p.memberOrganisations();
    clinicians = p.clinicians();
    website = p.website();
    contactEmail = p.contactEmail();
    partners = String.join("\n", p.partners());
  }

  public String save() {
    List<String> partnerList =
        partners == null
            ? List.of()
            : Arrays.stream(partners.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    CollaborativeProfile profile =
        new CollaborativeProfile(
            name,
            shortName,
            tagline,
            region,
            states.length == 0
                ? EnumSet.noneOf(UsState.class)
                : EnumSet.copyOf(Arrays.asList(states)),
            about,
            foundedYear,
            memberOrganisations,
            clinicians,
            website,
            contactEmail,
            socialLinks(),
            partnerList);
    return Pages.perform(
        () -> collaboratives.updateProfile(user.actor(), edited.getSlug(), version, profile),
        Pages.ws("editProfile.profileSavedPublicNow", name),
        "/manage/profile");
  }

  /** The version the form was opened with (a hidden field): a save over a newer one is refused. */
  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  private List<SocialLink> socialLinks() {
    List<SocialLink> links = new ArrayList<>();
    for (SocialNetwork network : SocialNetwork.values()) {
      String url = social.get(network);
      if (url != null && !url.isBlank()) {
        links.add(new SocialLink(network, url.strip()));
      }
    }
    return links;
  }

  public SocialNetwork[] getSocialNetworks() {
    return SocialNetwork.values();
  }

  public Map<SocialNetwork, String> getSocial() {
    return social;
  }

  public UsState[] getAllStates() {
    UsState[] all = UsState.values();
    Arrays.sort(all, (a, b) -> a.getDisplayName().compareTo(b.getDisplayName()));
    return all;
  }

  public SignedIn.Editable getWorking() {
    return edited.getWorking();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getShortName() {
    return shortName;
  }

  public void setShortName(String shortName) {
    this.shortName = shortName;
  }

  public String getTagline() {
    return tagline;
  }

  public void setTagline(String tagline) {
    this.tagline = tagline;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public UsState[] getStates() {
    return states.clone();
  }

  public void setStates(UsState[] states) {
    this.states = states == null ? new UsState[0] : states.clone();
  }

  public String getAbout() {
    return about;
  }

  public void setAbout(String about) {
    this.about = about;
  }

  public Integer getFoundedYear() {
    return foundedYear;
  }

  public void setFoundedYear(Integer foundedYear) {
    this.foundedYear = foundedYear;
  }

  public Integer getMemberOrganisations() {
    return memberOrganisations;
  }

  public void setMemberOrganisations(Integer v) {
    this.memberOrganisations = v;
  }

  public Integer getClinicians() {
    return clinicians;
  }

  public void setClinicians(Integer clinicians) {
    this.clinicians = clinicians;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getPartners() {
    return partners;
  }

  public void setPartners(String partners) {
    this.partners = partners;
  }
}
