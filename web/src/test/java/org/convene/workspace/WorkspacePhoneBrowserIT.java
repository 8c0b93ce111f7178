package org.convene.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convene.testing.Browser;
import org.convene.testing.EventFixtures;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.convene.testing.WorkspacePages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Every workspace page on a 390-pixel phone: nothing wider than the screen (a wide table scrolls
 * inside its own box or becomes cards), and the workspace menu folds away until opened.
 */
@ExtendWith(RunningPortal.class)
class WorkspacePhoneBrowserIT {

  @Test
  void everyWorkspacePageFitsA390PixelPhone(Portal portal) throws Exception {
    String slug = WorkspaceEditingBrowserIT.editorOf("phone");
    long event =
        EventFixtures.insertEvent(
            slug,
            "Phone webinar with a rather long title that has to wrap on a small screen",
            Instant.now().plus(Duration.ofDays(9)),
            Duration.ofHours(1),
            "America/Chicago",
            40);
    TestDatabase.update(
        "INSERT INTO registration (collaborative_id, event_id, name, email, organization,"
            + " profession, status, cancel_token_sha256, requested_at)"
            + " SELECT collaborative_id, id, 'Alexandra Longname-Registrant',"
            + " 'alexandra.longname-registrant-' || id || '@a-very-long-domain.example.org',"
            + " 'University of Minnesota Medical Center', 'Nurse practitioner', 'CONFIRMED',"
            + " md5(random()::text), now() FROM event WHERE id = ?",
        event);
    TestDatabase.update(
        "INSERT INTO event_series (collaborative_id, slug, title, status, created_at, updated_at)"
            + " SELECT id, 'phone-series', 'Phone series', 'RUNNING', now(), now()"
            + " FROM collaborative WHERE slug = ?",
        slug);
    String series =
        TestDatabase.queryString(
            "SELECT s.id FROM event_series s JOIN collaborative c ON c.id = s.collaborative_id"
                + " WHERE c.slug = ?",
            slug);
    List<String> editorPages = WorkspacePages.editor(event, Long.parseLong(series));
    List<String> adminPages = WorkspacePages.ADMINISTRATOR;
    String admin = "admin-" + slug + "@example.org";
    TestDatabase.createAccount(admin, "Phone Admin", TestDatabase.PASSWORD, true);
    List<String> tooWide = new ArrayList<>();
    try (Browser phone = Browser.phone(390, 844)) {
      WorkspaceEditingBrowserIT.signIn(phone, portal, slug);
      for (String path : editorPages) {
        measure(phone, portal, path, tooWide);
      }
      // the menu is folded until opened
      phone.driver().get(portal.uri("/manage/events").toString());
      phone.settle();
      assertThat(phone.driver().findElement(By.cssSelector(".workspace-nav ul")).isDisplayed())
          .isFalse();
      phone.screenshot("phone-manage-events");
      phone.driver().findElement(By.cssSelector(".workspace-nav summary")).click();
      assertThat(phone.driver().findElement(By.cssSelector(".workspace-nav ul")).isDisplayed())
          .isTrue();
      phone.driver().get(portal.uri("/manage/registrants?event=" + event).toString());
      phone.settle();
      phone.screenshot("phone-manage-registrants");
    }
    try (Browser phone = Browser.phone(390, 844)) {
      phone.signIn(portal, admin, TestDatabase.PASSWORD);
      for (String path : adminPages) {
        measure(phone, portal, path, tooWide);
      }
    }
    assertThat(tooWide).as("pages wider than a 390-pixel phone").isEmpty();
  }

  private static void measure(Browser phone, Portal portal, String path, List<String> tooWide) {
    phone.driver().get(portal.uri(path).toString());
    phone.settle();
    assertThat(phone.driver().getTitle()).as(path).doesNotContain("not found");
    Number width =
        (Number) phone.driver().executeScript("return document.documentElement.scrollWidth;");
    // against the phone's 390 CSS pixels (a mobile browser widens its window to fit a page too
    // wide, so window.innerWidth would hide the fault)
    if (width.intValue() > 390) {
      // named with the element that reaches furthest right, to show what to fix
      Object widest =
          phone
              .driver()
              .executeScript(
                  "function clipped(e) { for (var p = e.parentElement; p; p = p.parentElement) {"
                      + "  if (getComputedStyle(e).position === 'absolute') { return false; }"
                      + "  var o = getComputedStyle(p).overflowX;"
                      + "  if (o !== 'visible') { return true; } } return false; }"
                      + "var best = null, right = 0;"
                      + "document.querySelectorAll('body *').forEach(function (e) {"
                      + "  var r = e.getBoundingClientRect().right;"
                      + "  if (r > right && !clipped(e)) { right = r; best = e; } });"
                      + "return best ? best.tagName + '.' + best.className + ' ' + Math.round(right)"
                      + " : 'none found';");
      tooWide.add(path + " is " + width + " px wide (" + widest + ")");
    }
  }
}
