package org.convene.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.convene.account.CurrentUser;
import org.convene.collaborative.CollaborativeService;
import org.convene.feature.Feature;
import org.convene.feature.FeatureKind;
import org.convene.feature.FeatureService;
import org.convene.platform.Pages;

/** {@code /admin/featuring}: feature a member, an event or a news item; the history. */
@Named
@ViewScoped
public class AdminFeaturingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser user;
  @Inject private FeatureService features;
  @Inject private CollaborativeService collaboratives;

  private org.convene.platform.ServiceTable<Feature> history;
  private String q;

  /** The member chosen in the picker: "Name (slug)", or a slug typed without it. */
  private String member;

  private String memberBlurb;

  /** The pickers' texts: a chosen suggestion ends with its item's id ("… #123"). */
  private String eventPick;

  private String seriesPick;
  private String newsPick;
  private String itemBlurb;

  /** The zone of the period's days: Central Time (the network's) unless changed. */
  private String zoneId = org.convene.event.EventTimes.DEFAULT_ZONE;

  private LocalDate from = LocalDate.now(java.time.ZoneId.of(zoneId));
  private LocalDate to = from.plusDays(30);

  /** End whatever is featured in the chosen days (of the same kind) to feature this instead. */
  private boolean replace;

  /** The featuring period being asked about ("End it now?"), or null. */
  private Long ending;

  public void init() {
    history =
        new org.convene.platform.ServiceTable<>(
            query -> features.history(user.actor(), query), f -> Long.toString(f.getId()));
  }

  public String featureMember() {
    String slug = CollaborativePicker.slugOf(member);
    Long memberId = null;
    if (slug != null && !slug.isEmpty()) {
      try {
        memberId = collaboratives.forAdministration(user.actor(), slug).getId();
      } catch (RuntimeException e) {
        // a name typed rather than chosen: said on the field, not a missing page
        Pages.error("member:item", Pages.ws("adminFeaturing.noCollaborativeCalledChoose", member));
        return null;
      }
    }
    Long chosen = memberId;
    return Pages.perform(
        () ->
            features.feature(
                user.actor(), FeatureKind.MEMBER, chosen, memberBlurb, from, to, zoneId, replace),
        Pages.ws("adminFeaturing.memberFeaturedFrom", from, to),
        "/admin/featuring",
        "member");
  }

  public String featureItem() {
    String[] picks = {eventPick, seriesPick, newsPick};
    FeatureKind[] kinds = {FeatureKind.EVENT, FeatureKind.SERIES, FeatureKind.NEWS};
    FeatureKind kind = null;
    Long id = null;
    for (int i = 0; i < picks.length; i++) {
      if (picks[i] == null || picks[i].isBlank()) {
        continue;
      }
      if (kind != null) {
        Pages.error("item:item", Pages.ws("adminFeaturing.chooseOneEventSeries"));
        return null;
      }
      kind = kinds[i];
      id = org.convene.platform.Picks.idOf(picks[i]);
      if (id == null) {
        Pages.error(
            "item:item", Pages.ws("adminFeaturing.notOneSuggestionsChoose", picks[i].strip()));
        return null;
      }
    }
    if (kind == null) {
      Pages.error("item:item", Pages.ws("adminFeaturing.chooseEventSeriesNews"));
      return null;
    }
    FeatureKind chosen = kind;
    Long item = id;
    return Pages.perform(
        () -> features.feature(user.actor(), chosen, item, itemBlurb, from, to, zoneId, replace),
        Pages.ws("adminFeaturing.featuredFrom", chosen.getLabel().toLowerCase(), from, to),
        "/admin/featuring",
        "item");
  }

  /** First step of ending a period: the row asks, saying what happens. */
  public void askEnd(long id) {
    ending = id;
  }

  public void keep() {
    ending = null;
  }

  public boolean isAskingEnd(long id) {
    return ending != null && ending == id;
  }

  public String end(long id) {
    return Pages.perform(
        () -> features.end(user.actor(), id),
        Pages.ws("adminFeaturing.featuringEndedHasLeft"),
        "/admin/featuring");
  }

  public boolean isReplace() {
    return replace;
  }

  public void setReplace(boolean replace) {
    this.replace = replace;
  }

  public boolean current(Feature f) {
    return f.isCurrentAt(Instant.now());
  }

  private static final java.time.format.DateTimeFormatter DAY =
      java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy", java.util.Locale.US);

  /** "Dec 2, 2026 – Jan 1, 2027 · Central Time": the period's days, in its zone, named. */
  public String period(Feature f) {
    return DAY.format(f.getFirstDay())
        + " – "
        + DAY.format(f.getLastDay())
        + " · "
        + java.time.ZoneId.of(f.getZoneId())
            .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.US);
  }

  public String getZoneId() {
    return zoneId;
  }

  public void setZoneId(String zoneId) {
    this.zoneId = zoneId;
  }

  public java.util.List<String> getZones() {
    return org.convene.event.EventTimes.ZONES;
  }

  public String title(Feature f) {
    return switch (f.getKind()) {
      case MEMBER -> f.getCollaborative().getName();
      case EVENT -> f.getEvent().getTitle();
      case SERIES -> f.getSeries().getTitle();
      case NEWS -> f.getNews().getTitle();
    };
  }

  public org.convene.platform.ServiceTable<Feature> getHistory() {
    return history;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public List<FeatureKind> getKinds() {
    return List.of(FeatureKind.values());
  }

  public String getMember() {
    return member;
  }

  public void setMember(String member) {
    this.member = member;
  }

  public String getMemberBlurb() {
    return memberBlurb;
  }

  public void setMemberBlurb(String memberBlurb) {
    this.memberBlurb = memberBlurb;
  }

  public String getItemBlurb() {
    return itemBlurb;
  }

  public void setItemBlurb(String itemBlurb) {
    this.itemBlurb = itemBlurb;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getEventPick() {
    return eventPick;
  }

  public void setEventPick(String eventPick) {
    this.eventPick = eventPick;
  }

  public String getSeriesPick() {
    return seriesPick;
  }

  public void setSeriesPick(String seriesPick) {
    this.seriesPick = seriesPick;
  }

  public String getNewsPick() {
    return newsPick;
  }

  public void setNewsPick(String newsPick) {
    this.newsPick = newsPick;
  }
}
