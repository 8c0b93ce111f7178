package org.convene.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convene.api.Representations.CollaborativeRef;
import org.convene.api.Representations.FacetCount;
import org.convene.api.Representations.Facets;
import org.convene.api.Representations.SearchHitJson;
import org.convene.api.Representations.SearchJson;
import org.convene.platform.InvalidInputException;
import org.convene.search.SearchBacking;
import org.convene.search.SearchQuery;
import org.convene.search.SearchResults;
import org.convene.search.SearchService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/search}: the search page's results and facet counts as JSON, read from the same
 * parameters with the same rules (unknown facet values dropped, words at most 200 characters).
 */
@Path("/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Full-text search across every collaborative.")
public class SearchApi {

  @Inject private SearchService search;
  @Context private HttpServletRequest request;

  @GET
  @Operation(
      summary = "Search everything published",
      description =
          "Events (with key findings and discussion topics), series, news, resources, presenters"
              + " and collaboratives, ranked (title before summary before body) or by date, 20 a"
              + " page, with counts for each facet. Web-search syntax: \"exact phrase\", OR,"
              + " -excluded. Facets combine: several kind, c and topic values widen that facet;"
              + " different facets narrow each other.")
  @APIResponse(
      responseCode = "200",
      description = "One page of results with facet counts (empty words: no results).",
      content = @Content(schema = @Schema(ref = "SearchResults")))
  @APIResponse(
      responseCode = "400",
      description = "The words are longer than 200 characters.",
      content = @Content(schema = @Schema(ref = "Error")))
  public Response search(
      @Parameter(description = "The words.", example = "peer support") @QueryParam("q") String q,
      @Parameter(
              description = "Kinds of item (repeatable).",
              schema =
                  @Schema(
                      enumeration = {
                        "EVENT",
                        "SERIES",
                        "NEWS",
                        "RESOURCE",
                        "PRACTICE",
                        "FINDING",
                        "PRESENTER",
                        "COLLABORATIVE"
                      }))
          @QueryParam("kind")
          List<String> kind,
      @Parameter(description = "Collaboratives' slugs (repeatable).", example = "icsi")
          @QueryParam("c")
          List<String> c,
      @Parameter(description = "Topics' slugs (repeatable).") @QueryParam("topic")
          List<String> topic,
      @Parameter(
              description = "Events by time.",
              schema = @Schema(enumeration = {"UPCOMING", "PAST"}))
          @QueryParam("when")
          String when,
      @Parameter(description = "Items of this year.", example = "2026") @QueryParam("year")
          String year,
      @Parameter(
              description = "Events of this format.",
              schema = @Schema(enumeration = {"ONLINE", "IN_PERSON", "HYBRID"}))
          @QueryParam("format")
          String format,
      @Parameter(
              description = "Order: by relevance (default) or by date, newest first.",
              schema = @Schema(enumeration = {"relevance", "date"}))
          @QueryParam("sort")
          String sort,
      @Parameter(description = "Which page, from 1.", example = "1") @QueryParam("page")
          String page) {
    Map<String, String> one =
        new java.util.HashMap<>(
            java.util.Map.of(
                "q", q == null ? "" : q,
                "when", when == null ? "" : when,
                "year", year == null ? "" : year,
                "format", format == null ? "" : format,
                "sort", sort == null ? "" : sort,
                "page", page == null ? "" : page));
    Map<String, Set<String>> many = Map.of("kind", set(kind), "c", set(c), "topic", set(topic));
    SearchQuery query;
    try {
      query = SearchBacking.parse(one::get, many::get);
    } catch (InvalidInputException e) {
      return ApiSupport.invalid(Map.of("q", e.getMessage()));
    }
    SearchResults results = search.search(query);
    String origin = ApiSupport.origin(request);
    List<SearchHitJson> items =
        results.hits().stream()
            .map(
                h ->
                    new SearchHitJson(
                        h.kind().name(),
                        h.id(),
                        h.title(),
                        h.collaborativeSlug() == null
                            ? null
                            : new CollaborativeRef(
                                h.collaborativeSlug(), h.collaborativeName(), null),
                        h.at() == null ? null : DateTimeFormatter.ISO_INSTANT.format(h.at()),
                        h.format(),
                        h.snippetHtml(),
                        h.topics(),
                        origin + h.path()))
            .toList();
    return ApiSupport.ok(
        new SearchJson(
            query.words(),
            query.byDate() ? "date" : "relevance",
            items,
            query.page(),
            SearchQuery.PAGE_SIZE,
            results.total(),
            new Facets(
                counts(results, "kind"),
                counts(results, "collaborative"),
                counts(results, "topic"),
                counts(results, "when"),
                counts(results, "year"),
                counts(results, "format"))));
  }

  private static List<FacetCount> counts(SearchResults results, String facet) {
    return results.facet(facet).stream()
        .map(f -> new FacetCount(f.value(), SearchBacking.facetLabel(facet, f), f.count()))
        .toList();
  }

  private static Set<String> set(List<String> values) {
    return values == null ? Set.of() : new LinkedHashSet<>(values);
  }
}
