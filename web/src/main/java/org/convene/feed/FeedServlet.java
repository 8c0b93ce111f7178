package org.convene.feed;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.collaborative.Collaborative;
import org.convene.collaborative.CollaborativeService;
import org.convene.event.CalendarResponses;
import org.convene.event.Event;
import org.convene.news.NewsItem;
import org.convene.news.NewsService;
import org.convene.topic.TopicPage;
import org.convene.topic.TopicService;

/**
 * Atom feeds, written by ROME: the network's news and upcoming events ({@code /feeds/news.atom},
 * {@code /feeds/events.atom}), each collaborative's ({@code /feeds/c/{slug}/news.atom}, {@code
 * …/events.atom}) and each topic's, with every kind of item on it ({@code
 * /feeds/topics/{slug}.atom}). Only what is published, of active collaboratives.
 */
@WebServlet(urlPatterns = "/feeds/*")
public class FeedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Pattern SPACE =
      Pattern.compile("^/c/([a-z0-9-]{1,60})/(news|events)\\.atom$");
  private static final Pattern TOPIC = Pattern.compile("^/topics/([a-z0-9-]{1,80})\\.atom$");
  private static final Pattern CAMPAIGN = Pattern.compile("^/campaigns/([a-z0-9-]{1,120})\\.atom$");
  static final int ENTRIES = 30;

  @Inject private NewsService news;
  @Inject private org.convene.event.PublicEvents events;
  @Inject private CollaborativeService collaboratives;
  @Inject private TopicService topics;
  @Inject private org.convene.practice.PracticeService practices;
  @Inject private org.convene.campaign.CampaignService campaigns;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    String base = CalendarResponses.origin(request) + request.getContextPath();
    Optional<SyndFeed> feed = forPath(path, base);
    if (feed.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    feed.get().setLinks(withSelf(feed.get(), base + "/feeds" + path));
    response.setContentType("application/atom+xml;charset=UTF-8");
    response.setHeader("Cache-Control", "public, max-age=300");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    try (Writer out = response.getWriter()) {
      new SyndFeedOutput().output(feed.get(), out);
    } catch (FeedException e) {
      throw new IOException("Feed " + path + " could not be written", e);
    }
  }

  private Optional<SyndFeed> forPath(String path, String base) {
    switch (path) {
      case "/news.atom" -> {
        return Optional.of(
            newsFeed("News from across the network", base, base + "/", news.latest(ENTRIES)));
      }
      case "/events.atom" -> {
        return Optional.of(
            eventFeed(
                "Upcoming events across the network",
                base,
                base + "/events",
                events.upcomingAcrossNetwork(ENTRIES)));
      }
      default -> {
        Matcher space = SPACE.matcher(path);
        if (space.matches()) {
          return collaboratives
              .findActiveBySlug(space.group(1))
              .map(
                  c ->
                      "news".equals(space.group(2))
                          ? newsFeed(
                              "News from " + c.getName(),
                              base,
                              base + "/c/" + c.getSlug() + "/news",
                              news.latest(c, ENTRIES))
                          : eventFeed(
                              "Upcoming events of " + c.getName(),
                              base,
                              base + "/c/" + c.getSlug() + "/events",
                              events.upcoming(c, ENTRIES)));
        }
        Matcher topic = TOPIC.matcher(path);
        if (topic.matches()) {
          return topics.page(topic.group(1)).map(page -> topicFeed(page, base));
        }
        Matcher campaign = CAMPAIGN.matcher(path);
        if (campaign.matches()) {
          return campaigns
              .published(campaign.group(1))
              .map(k -> campaignFeed(campaigns.page(k), base));
        }
        return Optional.empty();
      }
    }
  }

  /** A campaign's items, newest first: its events, news and practices (resources have no date). */
  private SyndFeed campaignFeed(org.convene.campaign.CampaignPage page, String base) {
    SyndFeed feed =
        newFeed(page.campaign().getName(), base + "/campaigns/" + page.campaign().getSlug());
    List<SyndEntry> entries = new ArrayList<>();
    page.upcoming().forEach(e -> entries.add(entry(e, base)));
    page.past().forEach(e -> entries.add(entry(e, base)));
    page.news().forEach(n -> entries.add(entry(n, base)));
    page.practices().forEach(p -> entries.add(entry(p, base)));
    entries.sort(
        Comparator.comparing(
            SyndEntry::getUpdatedDate, Comparator.nullsLast(Comparator.reverseOrder())));
    feed.setEntries(entries.size() > ENTRIES ? entries.subList(0, ENTRIES) : entries);
    feed.setPublishedDate(newest(feed.getEntries()));
    return feed;
  }

  private SyndFeed newsFeed(String title, String base, String page, List<NewsItem> items) {
    SyndFeed feed = newFeed(title, page);
    feed.setEntries(items.stream().map(n -> entry(n, base)).toList());
    feed.setPublishedDate(newest(feed.getEntries()));
    return feed;
  }

  private SyndFeed eventFeed(String title, String base, String page, List<Event> items) {
    SyndFeed feed = newFeed(title, page);
    feed.setEntries(items.stream().map(e -> entry(e, base)).toList());
    feed.setPublishedDate(newest(feed.getEntries()));
    return feed;
  }

  private SyndFeed topicFeed(TopicPage page, String base) {
    SyndFeed feed =
        newFeed(page.getTopic().getName(), base + "/topics/" + page.getTopic().getSlug());
    List<SyndEntry> entries = new ArrayList<>();
    page.getUpcoming().forEach(e -> entries.add(entry(e, base)));
    page.getPast().forEach(e -> entries.add(entry(e, base)));
    news.onTopic(page.getTopic(), ENTRIES).forEach(n -> entries.add(entry(n, base)));
    practices.onTopic(page.getTopic(), ENTRIES).forEach(p -> entries.add(entry(p, base)));
    entries.sort(
        Comparator.comparing(
            SyndEntry::getUpdatedDate, Comparator.nullsLast(Comparator.reverseOrder())));
    feed.setEntries(entries.size() > ENTRIES ? entries.subList(0, ENTRIES) : entries);
    feed.setPublishedDate(newest(feed.getEntries()));
    return feed;
  }

  private static SyndFeed newFeed(String title, String page) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setTitle(title);
    feed.setLink(page);
    feed.setUri(page);
    return feed;
  }

  private static SyndEntry entry(NewsItem n, String base) {
    Collaborative c = n.getCollaborative();
    String link =
        n.getExternalUrl() != null ? n.getExternalUrl() : base + "/c/" + c.getSlug() + n.getPath();
    SyndEntry entry = entry(n.getTitle(), link, base + "/c/" + c.getSlug() + n.getPath(), c);
    Instant dated = n.getDated().atStartOfDay(ZoneOffset.UTC).toInstant();
    entry.setPublishedDate(Date.from(dated));
    entry.setUpdatedDate(Date.from(n.getUpdatedAt() == null ? dated : n.getUpdatedAt()));
    summary(entry, n.getSummary());
    category(entry, "News");
    return entry;
  }

  private static SyndEntry entry(org.convene.practice.Practice p, String base) {
    Collaborative c = p.getCollaborative();
    String link = base + "/c/" + c.getSlug() + p.getPath();
    SyndEntry entry = entry(p.getName(), link, link, c);
    entry.setPublishedDate(Date.from(p.getPublishedAt()));
    entry.setUpdatedDate(Date.from(p.getUpdatedAt()));
    summary(entry, p.getSummary());
    category(entry, "Practice");
    return entry;
  }

  private static SyndEntry entry(Event e, String base) {
    Collaborative c = e.getCollaborative();
    String link = base + "/c/" + c.getSlug() + e.getPath();
    SyndEntry entry = entry(e.getTitle(), link, link, c);
    entry.setPublishedDate(
        Date.from(e.getPublishedAt() == null ? e.getStartsAt() : e.getPublishedAt()));
    entry.setUpdatedDate(Date.from(e.getStartsAt()));
    summary(
        entry,
        "Starts "
            + e.getStartsAt()
                .atZone(e.getZone())
                .format(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
            + (e.getSummary() == null
                ? ""
                : ". " + org.convene.platform.RichText.plainText(e.getSummary())));
    category(entry, "Event");
    return entry;
  }

  private static SyndEntry entry(String title, String link, String id, Collaborative c) {
    SyndEntry entry = new SyndEntryImpl();
    entry.setTitle(title);
    entry.setLink(link);
    entry.setUri(id);
    entry.setAuthor(c.getName());
    return entry;
  }

  private static void summary(SyndEntry entry, String text) {
    if (text != null && !text.isBlank()) {
      SyndContentImpl content = new SyndContentImpl();
      content.setType("text");
      content.setValue(text.length() > 600 ? text.substring(0, 600) + "…" : text);
      entry.setDescription(content);
    }
  }

  private static void category(SyndEntry entry, String name) {
    SyndCategoryImpl category = new SyndCategoryImpl();
    category.setName(name);
    entry.setCategories(List.of(category));
  }

  private static Date newest(List<SyndEntry> entries) {
    return entries.stream()
        .map(SyndEntry::getUpdatedDate)
        .filter(d -> d != null)
        .max(Comparator.naturalOrder())
        .orElse(new Date(0));
  }

  private static List<com.rometools.rome.feed.synd.SyndLink> withSelf(SyndFeed feed, String self) {
    SyndLinkImpl alternate = new SyndLinkImpl();
    alternate.setRel("alternate");
    alternate.setType("text/html");
    alternate.setHref(feed.getLink());
    SyndLinkImpl selfLink = new SyndLinkImpl();
    selfLink.setRel("self");
    selfLink.setType("application/atom+xml");
    selfLink.setHref(self);
    return List.of(alternate, selfLink);
  }
}
