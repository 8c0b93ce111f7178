package org.convene.manage;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.convene.account.CurrentUser;
import org.convene.account.SignedIn;
import org.convene.event.SeriesRoster;
import org.convene.platform.Pages;

/**
 * {@code /manage/roster?series=…[&q=…][&page=…]}: who is registered for which sessions of one of
 * the working collaborative's series, a page of 50 people at a time, searchable; CSV of all.
 */
@Named
@RequestScoped
public class RosterBacking {

  @Inject private CurrentUser user;
  @Inject private SeriesRoster roster;

  private Long seriesId;
  private String q = "";
  private int page = 1;
  private SeriesRoster.View view;

  public void init() {
    SignedIn.Editable working = user.getWorking();
    if (working == null || seriesId == null) {
      Pages.notFound();
      return;
    }
    try {
      view = roster.roster(user.actor(), working.getSlug(), seriesId, q, page);
    } catch (RuntimeException e) {
      Pages.refused(e);
    }
  }

  /** The address of another page of the roster, keeping the search. */
  public String pageUrl(int number) {
    return "roster?series="
        + seriesId
        + (q == null || q.isBlank() ? "" : "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
        + "&page="
        + number;
  }

  public SeriesRoster.View getView() {
    return view;
  }

  public Long getSeriesId() {
    return seriesId;
  }

  public void setSeriesId(Long seriesId) {
    this.seriesId = seriesId;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q == null ? "" : q.length() > 200 ? q.substring(0, 200) : q;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(1, Math.min(page, 100_000));
  }
}
