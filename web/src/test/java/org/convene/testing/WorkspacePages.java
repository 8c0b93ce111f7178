package org.convene.testing;

import java.util.List;

/**
 * Every workspace page, for the tests that visit them all (phone widths, accessibility): a new page
 * added here is checked by each of them.
 */
public final class WorkspacePages {

  private WorkspacePages() {}

  /** An editor's pages, with one of their events and one of their series open. */
  public static List<String> editor(long event, long series) {
    return List.of(
        "/manage/",
        "/manage/profile",
        "/manage/branding",
        "/manage/events",
        "/manage/event",
        "/manage/event?id=" + event,
        "/manage/series",
        "/manage/series?id=" + series,
        "/manage/registrants?event=" + event,
        "/manage/roster?series=" + series,
        "/manage/check-in?event=" + event,
        "/manage/analytics",
        "/manage/findings?event=" + event,
        "/manage/related?type=EVENT&id=" + event,
        "/manage/news",
        "/manage/resources",
        "/manage/practices",
        "/manage/adoptions",
        "/manage/campaigns",
        "/manage/presenters");
  }

  /** The network administrators' pages. */
  public static final List<String> ADMINISTRATOR =
      List.of(
          "/admin/index",
          "/admin/accounts",
          "/admin/featuring",
          "/admin/campaigns",
          "/admin/topics",
          "/admin/analytics",
          "/admin/privacy",
          "/admin/audit");
}
