package org.convene.seo;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.ZoneOffset;
import java.util.List;
import org.convene.collaborative.Collaborative;
import org.convene.collaborative.SocialLink;
import org.convene.event.Event;
import org.convene.event.Series;
import org.convene.network.LayoutBacking;
import org.convene.news.NewsItem;
import org.convene.platform.RichText;
import org.convene.tenancy.CurrentCollaborative;
import org.convene.topic.Topic;

/**
 * schema.org descriptions of a space's pages as JSON-LD, for search engines and link previews: the
 * collaborative as an {@code Organization}, a news item as a {@code NewsArticle}, a series as an
 * {@code EventSeries} with its sessions. Every address is the canonical one ({@link
 * CurrentCollaborative#absolute}); every text is plain (rich text loses its markup).
 */
@Named
@RequestScoped
public class StructuredData {

  /**
   * Found once: {@code Json.create…} looks the provider up through a ServiceLoader on every call.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  @Inject private CurrentCollaborative tenant;
  @Inject private LayoutBacking layout;

  /** The current collaborative, member of the network. */
  public String organization() {
    return script(organizationJson(tenant.get()).add("@context", "https://schema.org"));
  }

  public String newsArticle(NewsItem item) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("@context", "https://schema.org")
            .add("@type", "NewsArticle")
            .add("headline", item.getTitle())
            .add("url", tenant.absolute(item.getPath()))
            .add("mainEntityOfPage", tenant.absolute(item.getPath()))
            .add("datePublished", item.getDated().toString())
            .add("author", organizationRef(tenant.get()))
            .add("publisher", organizationRef(tenant.get()));
    if (item.getUpdatedAt() != null) {
      json.add("dateModified", item.getUpdatedAt().atOffset(ZoneOffset.UTC).toString());
    }
    if (item.getSummary() != null) {
      json.add("description", item.getSummary());
    }
    if (tenant.getAbsoluteLogoUrl() != null) {
      json.add("image", tenant.getAbsoluteLogoUrl());
    }
    addKeywords(json, item.getTopics());
    return script(json);
  }

  /** A series and its published sessions, each with its start and end at the organiser's offset. */
  public String eventSeries(Series series, List<Event> sessions) {
    String url = tenant.absolute("/series/" + series.getSlug());
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("@context", "https://schema.org")
            .add("@type", "EventSeries")
            .add("name", series.getTitle())
            .add("url", url)
            .add("organizer", organizationRef(tenant.get()));
    String description = RichText.plainText(series.getDescription());
    if (!description.isEmpty()) {
      json.add("description", description);
    }
    if (!sessions.isEmpty()) {
      json.add("startDate", sessions.get(0).getLocalStart().toOffsetDateTime().toString());
      json.add(
          "endDate", sessions.get(sessions.size() - 1).getLocalEnd().toOffsetDateTime().toString());
    }
    JsonArrayBuilder subEvents = JSON.createArrayBuilder();
    for (Event session : sessions) {
      subEvents.add(
          JSON.createObjectBuilder()
              .add("@type", "Event")
              .add("name", session.getTitle())
              .add("url", tenant.absolute(session.getPath()))
              .add("startDate", session.getLocalStart().toOffsetDateTime().toString())
              .add("endDate", session.getLocalEnd().toOffsetDateTime().toString()));
    }
    json.add("subEvent", subEvents);
    addKeywords(json, series.getTopics());
    return script(json);
  }

  /** The JSON inside a script element: {@code </} is escaped so no text can end the element. */
  public static String script(JsonObjectBuilder json) {
    return script(json.build());
  }

  static String script(JsonObject json) {
    return json.toString().replace("</", "<\\/");
  }

  private JsonObjectBuilder organizationJson(Collaborative c) {
    JsonObjectBuilder json =
        organizationRef(c)
            .add("alternateName", c.getShortName())
            .add(
                "memberOf",
                JSON.createObjectBuilder()
                    .add("@type", "Organization")
                    .add("name", layout.getNetworkName())
                    .add("url", tenant.getNetworkHome()));
    if (c.getTagline() != null) {
      json.add("slogan", c.getTagline());
    }
    String about = RichText.plainText(c.getAbout());
    if (!about.isEmpty()) {
      json.add("description", about);
    }
    if (tenant.getAbsoluteLogoUrl() != null) {
      json.add("logo", tenant.getAbsoluteLogoUrl());
    }
    if (c.getContactEmail() != null) {
      json.add("email", c.getContactEmail());
    }
    if (c.getRegion() != null) {
      json.add("areaServed", c.getRegion());
    }
    if (c.getFoundedYear() != null) {
      json.add("foundingDate", c.getFoundedYear().toString());
    }
    JsonArrayBuilder sameAs = JSON.createArrayBuilder();
    if (c.getWebsite() != null) {
      sameAs.add(c.getWebsite());
    }
    for (SocialLink link : c.getSocialLinks()) {
      sameAs.add(link.getUrl());
    }
    return json.add("sameAs", sameAs);
  }

  private JsonObjectBuilder organizationRef(Collaborative c) {
    return JSON.createObjectBuilder()
        .add("@type", "Organization")
        .add("name", c.getName())
        .add("url", tenant.absolute("/"));
  }

  private static void addKeywords(JsonObjectBuilder json, List<Topic> topics) {
    if (!topics.isEmpty()) {
      json.add("keywords", String.join(", ", topics.stream().map(Topic::getName).toList()));
    }
  }
}
