package org.convene.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.api.Representations.CollaborativeJson;
import org.convene.api.Representations.CollaborativeLinks;
import org.convene.api.Representations.CollaborativeList;
import org.convene.api.Representations.NewsJson;
import org.convene.api.Representations.NewsList;
import org.convene.api.Representations.ResourceJson;
import org.convene.api.Representations.ResourceList;
import org.convene.api.Representations.SeriesJson;
import org.convene.api.Representations.SeriesList;
import org.convene.api.Representations.TopicJson;
import org.convene.api.Representations.TopicList;
import org.convene.collaborative.Collaborative;
import org.convene.collaborative.CollaborativeCard;
import org.convene.collaborative.CollaborativeService;
import org.convene.collaborative.DirectoryQuery;
import org.convene.collaborative.UsState;
import org.convene.event.NetworkCalendar;
import org.convene.event.Series;
import org.convene.news.NewsItem;
import org.convene.news.NewsService;
import org.convene.platform.Page;
import org.convene.platform.RichText;
import org.convene.resource.Resource;
import org.convene.resource.ResourceService;
import org.convene.topic.Topic;
import org.convene.topic.TopicService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/collaboratives}, {@code /series}, {@code /news}, {@code /resources} and {@code
 * /topics}: what the portal publishes, as JSON, with the same visibility as its pages (published,
 * of active collaboratives) and the same paging (50 a page).
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class PublishedApi {

  @Inject private CollaborativeService collaboratives;
  @Inject private NetworkCalendar calendar;
  @Inject private NewsService news;
  @Inject private ResourceService resources;
  @Inject private TopicService topics;
  @Context private HttpServletRequest request;

  @GET
  @Path("collaboratives")
  @Tag(name = "Collaboratives", description = "The network's member collaboratives.")
  @Operation(summary = "List collaboratives", description = "Active collaboratives, by name.")
  @APIResponse(
      responseCode = "200",
      description = "One page of collaboratives.",
      content = @Content(schema = @Schema(ref = "CollaborativeList")))
  @APIResponse(
      responseCode = "400",
      description = "A parameter cannot be read.",
      content = @Content(schema = @Schema(ref = "Error")))
  public Response collaboratives(
      @Parameter(description = "Which page, from 1.", example = "1") @QueryParam("page")
          String page) {
    Map<String, String> errors = new LinkedHashMap<>();
    int number = ApiSupport.page(errors, page);
    if (!errors.isEmpty()) {
      return ApiSupport.invalid(errors);
    }
    Page<CollaborativeCard> found =
        collaboratives.directory(DirectoryQuery.all(number, ApiSupport.PAGE_SIZE));
    return ApiSupport.ok(
        new CollaborativeList(
            found.items().stream()
                .map(
                    c ->
                        collaborative(
                            c.getSlug(),
                            c.getName(),
                            c.getShortName(),
                            c.getTagline(),
                            c.getRegionLabel(),
                            c.getStates(),
                            c.getLogoPath()))
                .toList(),
            found.number(),
            found.size(),
            found.total()));
  }

  @GET
  @Path("collaboratives/{slug}")
  @Tag(name = "Collaboratives")
  @Operation(summary = "One collaborative", description = "An active collaborative by its slug.")
  @APIResponse(
      responseCode = "200",
      description = "The collaborative.",
      content = @Content(schema = @Schema(ref = "Collaborative")))
  @APIResponse(
      responseCode = "404",
      description = "No active collaborative has this slug.",
      content = @Content(schema = @Schema(ref = "Error")))
  public Response collaborative(
      @Parameter(description = "The collaborative's slug.", example = "icsi") @PathParam("slug")
          String slug) {
    Map<String, String> errors = new LinkedHashMap<>();
    String valid = ApiSupport.slug(errors, "slug", slug);
    Collaborative c = valid == null ? null : collaboratives.findActiveBySlug(valid).orElse(null);
    if (c == null) {
      return ApiSupport.notFound("No active collaborative has this slug.");
    }
    return ApiSupport.ok(
        collaborative(
            c.getSlug(),
            c.getName(),
            c.getShortName(),
            c.getTagline(),
            c.getRegion(),
            collaboratives.profile(valid).getStates().stream().sorted().toList(),
            c.getLogoPath()));
  }

  private CollaborativeJson collaborative(
      String slug,
      String name,
      String shortName,
      String tagline,
      String region,
      List<UsState> states,
      String logoPath) {
    String origin = ApiSupport.origin(request);
    return new CollaborativeJson(
        slug,
        name,
        shortName,
        tagline,
        region == null || region.isBlank() ? null : region,
        states.stream().map(UsState::getCode).toList(),
        new CollaborativeLinks(
            origin + "/c/" + slug,
            logoPath == null ? null : origin + logoPath,
            origin + "/feeds/c/" + slug + "/news.atom",
            origin + "/feeds/c/" + slug + "/events.atom",
            origin + "/c/" + slug + "/events.ics"));
  }

  @GET
  @Path("series")
  @Tag(name = "Series", description = "Published series of sessions.")
  @Operation(summary = "List series", description = "Published series, latest first.")
  @APIResponse(
      responseCode = "200",
      description = "One page of series.",
      content = @Content(schema = @Schema(ref = "SeriesList")))
  @APIResponse(
      responseCode = "400",
      description = "A parameter cannot be read.",
      content = @Content(schema = @Schema(ref = "Error")))
  public Response series(
      @Parameter(description = "Only this collaborative's (its slug).", example = "icsi")
          @QueryParam("collaborative")
          String collaborative,
      @Parameter(description = "Only series on this topic (its slug).") @QueryParam("topic")
          String topic,
      @Parameter(description = "Which page, from 1.") @QueryParam("page") String page) {
    ApiSupport.ListQuery q = ApiSupport.ListQuery.read(collaborative, topic, page);
    if (!q.errors().isEmpty()) {
      return ApiSupport.invalid(q.errors());
    }
    Page<Series> found =
        calendar.seriesNetwork(q.collaborative(), q.topic(), q.page(), ApiSupport.PAGE_SIZE);
    String origin = ApiSupport.origin(request);
    return ApiSupport.ok(
        new SeriesList(
            found.items().stream()
                .map(
                    s -> {
                      String base =
                          origin
                              + "/c/"
                              + s.getCollaborative().getSlug()
                              + "/series/"
                              + s.getSlug();
                      String description = RichText.plainText(s.getDescription());
                      return new SeriesJson(
                          s.getId(),
                          s.getSlug(),
                          s.getTitle(),
                          description.isEmpty() ? null : description,
                          s.getCadence(),
                          s.getStatus().name(),
                          ApiSupport.ref(s.getCollaborative()),
                          ApiSupport.topics(s.getTopics()),
                          base,
                          base + ".ics");
                    })
                .toList(),
            found.number(),
            found.size(),
            found.total()));
  }

  @GET
  @Path("news")
  @Tag(name = "News", description = "Published news and press releases.")
  @Operation(summary = "List news", description = "Published news items, latest first.")
  @APIResponse(
      responseCode = "200",
      description = "One page of news.",
      content = @Content(schema = @Schema(ref = "NewsList")))
  @APIResponse(
      responseCode = "400",
      description = "A parameter cannot be read.",
      content = @Content(schema = @Schema(ref = "Error")))
  public Response news(
      @Parameter(description = "Only this collaborative's (its slug).", example = "icsi")
          @QueryParam("collaborative")
          String collaborative,
      @Parameter(description = "Only news on this topic (its slug).") @QueryParam("topic")
          String topic,
      @Parameter(description = "Which page, from 1.") @QueryParam("page") String page) {
    ApiSupport.ListQuery q = ApiSupport.ListQuery.read(collaborative, topic, page);
    if (!q.errors().isEmpty()) {
      return ApiSupport.invalid(q.errors());
    }
    Page<NewsItem> found =
        news.network(q.collaborative(), q.topic(), q.page(), ApiSupport.PAGE_SIZE);
    String origin = ApiSupport.origin(request);
    return ApiSupport.ok(
        new NewsList(
            found.items().stream()
                .map(
                    n ->
                        new NewsJson(
                            n.getId(),
                            n.getSlug(),
                            n.getKind().name(),
                            n.getTitle(),
                            n.getSummary(),
                            n.getDated().toString(),
                            n.getExternalUrl(),
                            ApiSupport.ref(n.getCollaborative()),
                            ApiSupport.topics(n.getTopics()),
                            n.isExternal()
                                ? n.getExternalUrl()
                                : origin + "/c/" + n.getCollaborative().getSlug() + n.getPath()))
                .toList(),
            found.number(),
            found.size(),
            found.total()));
  }

  @GET
  @Path("resources")
  @Tag(name = "Resources", description = "Curated resources: links and documents.")
  @Operation(
      summary = "List resources",
      description = "Published resources, by collaborative and the order its editors chose.")
  @APIResponse(
      responseCode = "200",
      description = "One page of resources.",
      content = @Content(schema = @Schema(ref = "ResourceList")))
  @APIResponse(
      responseCode = "400",
      description = "A parameter cannot be read.",
      content = @Content(schema = @Schema(ref = "Error")))
  public Response resources(
      @Parameter(description = "Only this collaborative's (its slug).", example = "icsi")
          @QueryParam("collaborative")
          String collaborative,
      @Parameter(description = "Only resources on this topic (its slug).") @QueryParam("topic")
          String topic,
      @Parameter(description = "Which page, from 1.") @QueryParam("page") String page) {
    ApiSupport.ListQuery q = ApiSupport.ListQuery.read(collaborative, topic, page);
    if (!q.errors().isEmpty()) {
      return ApiSupport.invalid(q.errors());
    }
    Page<Resource> found =
        resources.network(q.collaborative(), q.topic(), q.page(), ApiSupport.PAGE_SIZE);
    String origin = ApiSupport.origin(request);
    return ApiSupport.ok(
        new ResourceList(
            found.items().stream()
                .map(
                    r ->
                        new ResourceJson(
                            r.getId(),
                            r.getTitle(),
                            r.getSummary(),
                            r.getKind().name(),
                            r.getAudience(),
                            r.isFile()
                                ? origin + "/c/" + r.getCollaborative().getSlug() + r.getPath()
                                : r.getUrl(),
                            r.isFile(),
                            ApiSupport.ref(r.getCollaborative()),
                            ApiSupport.topics(r.getTopics())))
                .toList(),
            found.number(),
            found.size(),
            found.total()));
  }

  @GET
  @Path("topics")
  @Tag(name = "Topics", description = "The topics the network's items are on.")
  @Operation(summary = "List topics", description = "Every topic, by name, with its feeds.")
  @APIResponse(
      responseCode = "200",
      description = "All topics.",
      content = @Content(schema = @Schema(ref = "TopicList")))
  public Response topics() {
    String origin = ApiSupport.origin(request);
    List<TopicJson> items =
        topics.all().stream()
            .map(
                (Topic t) ->
                    new TopicJson(
                        t.getSlug(),
                        t.getName(),
                        t.getDescription(),
                        t.getObservanceName(),
                        origin + "/topics/" + t.getSlug(),
                        origin + "/feeds/topics/" + t.getSlug() + ".atom",
                        origin + "/topics/" + t.getSlug() + ".ics"))
            .toList();
    return ApiSupport.ok(new TopicList(items, items.size()));
  }
}
