package org.convene.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An observance campaign from creation to archive: an administrator creates it (with clear messages
 * for a missing name and a period that ends before it starts); an editor takes part and chooses
 * items; its page gathers them live (a draft appears once published, a left campaign takes its
 * items with it), counts down before it starts, and has its feed and calendar; the network home
 * carries it during its period; afterwards it is in the archive with its figures and no longer open
 * to join.
 */
@ExtendWith(RunningPortal.class)
class CampaignsIT {

  static final String PASSWORD = "correct horse battery staple";

  @Test
  void aCampaignGathersItsMembersItemsLiveFromAnnouncementToArchive(Portal portal)
      throws Exception {
    TestDatabase.ensureNetwork();
    String slug =
        TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("camp"), "Campaign Health", "CH");
    String word =
        "zq" + Long.toString(System.nanoTime() % 1_000_000_000L, 26).replaceAll("[0-9]", "w");
    long practice =
        Long.parseLong(
            TestDatabase.queryString(
                "INSERT INTO practice (collaborative_id, slug, name, published_at, created_at,"
                    + " updated_at) SELECT id, 'huddles', 'Huddles "
                    + word
                    + "', now(), now(),"
                    + " now() FROM collaborative WHERE slug = ? RETURNING id::text",
                slug));
    long event =
        Long.parseLong(
            TestDatabase.queryString(
                "INSERT INTO event (collaborative_id, slug, title, starts_at, ends_at, zone_id,"
                    + " format, status, published_at, created_at, updated_at)"
                    + " SELECT id, 'may-webinar', 'May webinar "
                    + word
                    + "', now() + interval '12"
                    + " days', now() + interval '12 days 1 hour', 'America/Chicago', 'ONLINE',"
                    + " 'SCHEDULED', now(), now(), now() FROM collaborative WHERE slug = ?"
                    + " RETURNING id::text",
                slug));
    long news =
        Long.parseLong(
            TestDatabase.queryString(
                "INSERT INTO news_item (collaborative_id, slug, title, kind, dated, created_at,"
                    + " updated_at) SELECT id, 'draft-news', 'Draft news "
                    + word
                    + "',"
                    + " 'PRESS_RELEASE', current_date, now(), now() FROM collaborative"
                    + " WHERE slug = ? RETURNING id::text",
                slug));
    String admin = "admin-" + slug + "@example.org";
    TestDatabase.createAccount(admin, "Campaign Admin", PASSWORD, true);
    String editor = "editor-" + slug + "@example.org";
    TestDatabase.createAccount(editor, "Campaign Editor", PASSWORD, false);
    TestDatabase.grantEditor(editor, slug);

    FacesClient administrator = new FacesClient(portal);
    administrator.signIn(admin, PASSWORD);
    administrator.get("/admin/campaigns");
    LocalDate start = LocalDate.now().plusDays(10);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", "");
    form.put("startsOn", start.toString());
    form.put("endsOn", start.minusDays(1).toString());
    assertThat(administrator.submit("campaign", "save", form).body())
        .contains("Nothing was saved")
        .contains("Name the campaign.")
        .contains("The last day cannot be before the first.");
    form.put("name", "Month " + word);
    form.put("endsOn", start.plusDays(30).toString());
    form.put("callToAction", "Share one practice");
    form.put("summary", "A month of sharing.");
    assertThat(administrator.submit("campaign", "save", form).body())
        .contains("is saved as a draft");
    String campaignSlug = "month-" + word;
    assertThat(portal.get("/campaigns/" + campaignSlug).statusCode()).isEqualTo(404);
    assertThat(portal.get("/sitemaps/network.xml").body())
        .doesNotContain("/campaigns/" + campaignSlug);
    long id =
        Long.parseLong(
            TestDatabase.queryString("SELECT id::text FROM campaign WHERE slug = ?", campaignSlug));
    FacesClient member = new FacesClient(portal);
    member.signIn(editor, PASSWORD);
    assertThat(member.get("/manage/campaigns").body()).doesNotContain("Month " + word);

    administrator.get("/admin/campaigns?id=" + id);
    form.put("published", "on");
    assertThat(administrator.submit("campaign", "save", form).body())
        .contains("The campaign “Month " + word + "” is saved.");

    // an editor takes part and chooses a practice, an event and a draft news item
    String open = member.get("/manage/campaigns").body();
    assertThat(open).contains("Month " + word).contains("Starts in 10 days");
    int row = rowOf(open, "Month " + word);
    assertThat(member.submit("campaigns", "rows:" + row + ":join", Map.of()).body())
        .contains("You take part in “Month " + word + "”.")
        .contains("Huddles " + word)
        .contains("Draft news " + word + " (")
        .contains("draft)");
    Map<String, String> items = new LinkedHashMap<>();
    assertThat(
            member
                .submitRepeating(
                    "items",
                    "save",
                    items,
                    "selected",
                    java.util.List.of("PRACTICE:" + practice, "EVENT:" + event, "NEWS:" + news))
                .body())
        .contains("now holds 3 of your items.");

    assertThat(portal.get("/sitemaps/network.xml").body())
        .contains("/campaigns/" + campaignSlug + "</loc>");
    String page = portal.get("/campaigns/" + campaignSlug).body();
    assertThat(page)
        .contains("Starts in 10 days")
        .contains("Members taking part (1)")
        .contains("Campaign Health")
        .contains("Huddles " + word)
        .contains("May webinar " + word)
        .doesNotContain("Draft news " + word)
        .contains("Share one practice");
    assertThat(portal.get("/feeds/campaigns/" + campaignSlug + ".atom").body())
        .contains("May webinar " + word)
        .contains("Huddles " + word);
    assertThat(portal.get("/campaigns/" + campaignSlug + ".ics").body())
        .contains("BEGIN:VCALENDAR")
        .contains("SUMMARY:May webinar " + word);
    assertThat(portal.get("/campaigns").body())
        .contains("Month " + word)
        .contains("1 member, 2 items");
    assertThat(portal.get("/").body()).doesNotContain("Month " + word);

    // live: the news item once published; a retitled practice as it is now
    TestDatabase.update("UPDATE news_item SET published_at = now() WHERE id = ?", news);
    TestDatabase.update(
        "UPDATE practice SET name = 'Huddles renamed " + word + "' WHERE id = ?", practice);
    assertThat(portal.get("/campaigns/" + campaignSlug).body())
        .contains("Draft news " + word)
        .contains("Huddles renamed " + word);

    // during its period the network home carries it, with a countdown of days left
    TestDatabase.update(
        "UPDATE campaign SET starts_on = current_date - 1, ends_on = current_date + 1 WHERE id = ?",
        id);
    assertThat(portal.get("/").body())
        .contains("Month " + word)
        .contains("1 member, 3 items so far.");
    assertThat(portal.get("/campaigns/" + campaignSlug).body()).contains("2 days left");
    // in Spanish, its figures and its dates are Spanish too
    String spanish =
        portal.get("/", "Cookie", "convene-lang=es", "Cache-Control", "no-cache").body();
    assertThat(spanish)
        .contains("Month " + word)
        .contains("1 miembro, 3 contenidos hasta ahora.")
        .contains(" de " + spanishMonth(LocalDate.now().plusDays(1)) + " de ")
        .doesNotContain("1 member, 3 items");

    // afterwards: in the archive with its figures, no longer open to join
    TestDatabase.update(
        "UPDATE campaign SET starts_on = current_date - 40, ends_on = current_date - 10 WHERE id = ?",
        id);
    String archive = portal.get("/campaigns").body();
    assertThat(archive.substring(archive.indexOf("Archive")))
        .contains("Month " + word + "</a>")
        .contains("1 member, 3 items");
    assertThat(portal.get("/").body()).doesNotContain("Month " + word);
    assertThat(portal.get("/campaigns/" + campaignSlug).body()).contains("Ended");
    assertThat(member.get("/manage/campaigns").body()).doesNotContain("Month " + word);

    // leaving takes the member's items out (while it runs again)
    TestDatabase.update(
        "UPDATE campaign SET starts_on = current_date, ends_on = current_date + 5 WHERE id = ?",
        id);
    String again = member.get("/manage/campaigns").body();
    assertThat(
            member
                .submit("campaigns", "rows:" + rowOf(again, "Month " + word) + ":leave", Map.of())
                .body())
        .contains("You no longer take part in “Month " + word + "”");
    assertThat(
            TestDatabase.queryString(
                "SELECT count(*)::text FROM campaign_item WHERE campaign_id = ?", id))
        .isEqualTo("0");
    assertThat(portal.get("/campaigns/" + campaignSlug).body()).contains("Members taking part (0)");
    assertThat(
            TestDatabase.queryString(
                "SELECT string_agg(action, ',' ORDER BY id) FROM audit_entry"
                    + " WHERE action LIKE 'campaign.%' AND (collaborative_slug = ? OR summary = ?)",
                slug, "Month " + word))
        .isEqualTo("campaign.create,campaign.update,campaign.join,campaign.items,campaign.leave");
  }

  /** "mayo" for a day in May. */
  private static String spanishMonth(LocalDate day) {
    return day.getMonth()
        .getDisplayName(
            java.time.format.TextStyle.FULL_STANDALONE, java.util.Locale.forLanguageTag("es"));
  }

  /** The index, among the open campaigns listed on {@code page}, of the one named {@code name}. */
  private static int rowOf(String page, String name) {
    String list = page.substring(page.indexOf("id=\"open-campaigns\""));
    String[] cards = list.split("class=\"panel campaign-card\"");
    for (int i = 1; i < cards.length; i++) {
      if (cards[i].contains(name)) {
        return i - 1;
      }
    }
    throw new AssertionError(name + " is not among the open campaigns");
  }
}
