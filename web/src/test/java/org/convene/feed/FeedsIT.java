package org.convene.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Atom feeds, read back with ROME: only what is published, escaped, and advertised on pages. */
@ExtendWith(RunningPortal.class)
class FeedsIT {

  private String slug;
  private String topic;

  @BeforeEach
  void collaborative(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    slug = TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("feed"), "Feed Health", "FH");
    topic = TestDatabase.uniqueSlug("feedtopic");
    TestDatabase.update(
        "INSERT INTO topic (slug, name, created_at) VALUES (?, 'Feed topic', now())", topic);
    news("Published <b>& escaped</b>", "now() - interval '1 hour'");
    news("Still a draft", "NULL");
    news("Scheduled for tomorrow", "now() + interval '1 day'");
    TestDatabase.update(
        "INSERT INTO event (collaborative_id, slug, title, abstract, starts_at, ends_at, zone_id,"
            + " format, status, published_at, created_at, updated_at) SELECT id, 'feed-event',"
            + " 'Feed webinar', 'About it.', now() + interval '3 days',"
            + " now() + interval '3 days 1 hour', 'America/Chicago', 'ONLINE', 'SCHEDULED', now(),"
            + " now(), now() FROM collaborative WHERE slug = ?",
        slug);
    TestDatabase.update(
        "INSERT INTO event_topic (event_id, topic_id) SELECT e.id, t.id FROM event e, topic t"
            + " WHERE e.slug = 'feed-event' AND t.slug = ? AND e.collaborative_id ="
            + " (SELECT id FROM collaborative WHERE slug = ?)",
        topic,
        slug);
  }

  private void news(String title, String published) throws Exception {
    TestDatabase.update(
        "INSERT INTO news_item (collaborative_id, slug, kind, title, summary, dated, published_at,"
            + " created_at, updated_at) SELECT id, 'n-' || substr(md5(random()::text), 1, 10),"
            + " 'POST', ?, 'A summary.', current_date, "
            + published
            + ", now(), now() FROM collaborative WHERE slug = ?",
        title,
        slug);
  }

  private static SyndFeed read(Portal portal, String path) throws Exception {
    HttpResponse<String> response = portal.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
    SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    return feed;
  }

  private static List<String> titles(SyndFeed feed) {
    return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
  }

  @Test
  void aCollaborativesNewsFeedHoldsOnlyWhatIsPublished(Portal portal) throws Exception {
    SyndFeed feed = read(portal, "/feeds/c/" + slug + "/news.atom");

    assertThat(feed.getTitle()).isEqualTo("News from Feed Health");
    assertThat(titles(feed)).containsExactly("Published <b>& escaped</b>");
    SyndEntry entry = feed.getEntries().get(0);
    assertThat(entry.getLink()).startsWith(portal.uri("/c/" + slug + "/news/n-").toString());
    assertThat(entry.getAuthor()).isEqualTo("Feed Health");
    assertThat(titles(read(portal, "/feeds/news.atom")))
        .contains("Published <b>& escaped</b>")
        .doesNotContain("Still a draft", "Scheduled for tomorrow");
  }

  @Test
  void eventAndTopicFeedsCarryTheUpcomingEvent(Portal portal) throws Exception {
    assertThat(titles(read(portal, "/feeds/c/" + slug + "/events.atom")))
        .containsExactly("Feed webinar");
    // the network's feed: the soonest upcoming events of every collaborative; in a full suite
    // other tests' sooner events may fill it, so either ours is there, or every entry is sooner
    SyndFeed network = read(portal, "/feeds/events.atom");
    SyndEntry ours = read(portal, "/feeds/c/" + slug + "/events.atom").getEntries().get(0);
    if (!titles(network).contains("Feed webinar")) {
      assertThat(network.getEntries()).hasSize(FeedServlet.ENTRIES);
      assertThat(network.getEntries())
          .allSatisfy(e -> assertThat(e.getUpdatedDate()).isBeforeOrEqualTo(ours.getUpdatedDate()));
    }
    SyndFeed topicFeed = read(portal, "/feeds/topics/" + topic + ".atom");
    assertThat(topicFeed.getTitle()).isEqualTo("Feed topic");
    assertThat(titles(topicFeed)).containsExactly("Feed webinar");

    // the topic's calendar (iCalendar) carries the same event
    java.net.http.HttpResponse<String> calendar = portal.get("/topics/" + topic + ".ics");
    assertThat(calendar.statusCode()).isEqualTo(200);
    assertThat(calendar.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
    net.fortuna.ical4j.model.Calendar parsed =
        new net.fortuna.ical4j.data.CalendarBuilder()
            .build(new java.io.StringReader(calendar.body()));
    assertThat(parsed.getComponents("VEVENT")).hasSize(1);
    assertThat(calendar.body()).contains("SUMMARY:Feed webinar");
    assertThat(portal.get("/topics/no-such-topic.ics").statusCode()).isEqualTo(404);
    assertThat(portal.get("/topic-calendar").statusCode()).isEqualTo(404);
  }

  @Test
  void unknownOrSuspendedFeedsAreNotFound(Portal portal) throws Exception {
    assertThat(portal.get("/feeds/c/no-such-space/news.atom").statusCode()).isEqualTo(404);
    assertThat(portal.get("/feeds/topics/no-such-topic.atom").statusCode()).isEqualTo(404);
    assertThat(portal.get("/feeds/whatever").statusCode()).isEqualTo(404);
    TestDatabase.suspend(slug);
    assertThat(portal.get("/feeds/c/" + slug + "/news.atom").statusCode()).isEqualTo(404);
  }

  @Test
  void pagesAdvertiseTheirFeedsAndOfferAFollowLink(Portal portal) {
    String space = portal.get("/c/" + slug).body();
    assertThat(space)
        .contains(
            "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"News (Atom)\" href=\"/feeds/c/"
                + slug
                + "/news.atom\"")
        .contains("Follow FH:");
    assertThat(portal.get("/").body()).contains("href=\"/feeds/news.atom\"");
    assertThat(portal.get("/topics/" + topic).body())
        .contains("href=\"/feeds/topics/" + topic + ".atom\"")
        .contains("Follow this topic");
  }
}
