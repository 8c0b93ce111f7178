package org.convene.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.convene.testing.EventFixtures;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The read API and its document: {@code /openapi} names the API and describes every public
 * operation, parameter and response with a real schema and clean paths; the answers of every list
 * conform to those schemas (each declared property present, nothing undeclared), so code and
 * document cannot drift apart; and the lists keep the pages' visibility rule.
 */
@ExtendWith(RunningPortal.class)
class ReadApiIT {

  private static final Set<String> PATHS =
      Set.of(
          "/api/v1/events",
          "/api/v1/events/{id}",
          "/api/v1/events/{id}/registrations",
          "/api/v1/collaboratives",
          "/api/v1/collaboratives/{slug}",
          "/api/v1/series",
          "/api/v1/news",
          "/api/v1/resources",
          "/api/v1/topics",
          "/api/v1/search");

  private String slug;
  private String hidden;
  private String topic;
  private long event;

  @BeforeEach
  void fixtures(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    slug = TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("api"), "Api Health", "AH");
    hidden = TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("api"), "Gone Health", "GH");
    TestDatabase.addStates(slug, "MN", "WI");
    topic = TestDatabase.uniqueSlug("api-topic");
    TestDatabase.update(
        "INSERT INTO topic (slug, name, created_at) VALUES (?, 'Api topic', now())", topic);
    event =
        EventFixtures.insertEvent(
            slug,
            "Peer huddles for the api",
            Instant.now().plus(Duration.ofDays(9)),
            Duration.ofHours(1),
            "America/Chicago",
            30);
    TestDatabase.update(
        "UPDATE event SET abstract = 'Short huddles.', recording_url = 'https://video.example/1'"
            + " WHERE id = ?",
        event);
    TestDatabase.update(
        "WITH p AS (INSERT INTO presenter (collaborative_id, name, role, affiliation) SELECT id,"
            + " 'Dr. Api Presenter', 'Chief Wellness Officer', 'North Clinic' FROM collaborative"
            + " WHERE slug = ? RETURNING id) INSERT INTO event_presenter (event_id, presenter_id)"
            + " SELECT ?, id FROM p",
        slug,
        event);
    TestDatabase.update(
        "INSERT INTO event_topic (event_id, topic_id) SELECT ?, id FROM topic WHERE slug = ?",
        event,
        topic);
    for (String owner : List.of(slug, hidden)) {
      TestDatabase.update(
          "INSERT INTO event_series (collaborative_id, slug, title, description, status,"
              + " published_at, created_at, updated_at) SELECT id, 'api-series', 'Api series',"
              + " '<p>Every <em>week</em>.</p>', 'RUNNING', now(), now(), now() FROM collaborative"
              + " WHERE slug = ?",
          owner);
      TestDatabase.update(
          "INSERT INTO news_item (collaborative_id, slug, kind, title, summary, dated,"
              + " published_at, created_at, updated_at) SELECT id, 'api-news', 'POST', 'Api news',"
              + " 'Learned.', current_date, now(), now(), now() FROM collaborative WHERE slug = ?",
          owner);
      TestDatabase.update(
          "INSERT INTO resource (collaborative_id, title, summary, kind, url, published_at,"
              + " created_at, updated_at) SELECT id, 'Api toolkit', 'Use it.', 'TOOLKIT',"
              + " 'https://toolkit.example', now(), now(), now() FROM collaborative WHERE slug = ?",
          owner);
    }
    TestDatabase.update(
        "INSERT INTO news_item (collaborative_id, slug, kind, title, dated, created_at,"
            + " updated_at) SELECT id, 'api-draft', 'POST', 'Api draft', current_date, now(),"
            + " now() FROM collaborative WHERE slug = ?",
        slug);
    tag("news_topic", "news_id", "news_item");
    tag("resource_topic", "resource_id", "resource");
    tag("series_topic", "series_id", "event_series");
    TestDatabase.suspend(hidden);
  }

  /** Puts every item of {@code source} of the collaborative on the test's topic. */
  private void tag(String table, String column, String source) throws Exception {
    TestDatabase.update(
        "INSERT INTO "
            + table
            + " ("
            + column
            + ", topic_id) SELECT x.id, t.id FROM "
            + source
            + " x, topic t WHERE t.slug = ? AND x.collaborative_id = (SELECT id FROM"
            + " collaborative WHERE slug = ?)",
        topic,
        slug);
  }

  /** A long address over HTTP/1.1 (java.net.http would try h2c, which Grizzly resets). */
  private static HttpResponse<String> http11(Portal portal, String path) {
    try {
      return java.net.http.HttpClient.newBuilder()
          .version(java.net.http.HttpClient.Version.HTTP_1_1)
          .build()
          .send(
              java.net.http.HttpRequest.newBuilder(portal.uri(path)).build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static JsonObject document(Portal portal) {
    HttpResponse<String> response = portal.get("/openapi", "Accept", "application/json");
    assertThat(response.statusCode()).isEqualTo(200);
    return json(response);
  }

  @Test
  void theDocumentNamesTheApiAndDescribesEveryOperationWithSchemas(Portal portal) {
    JsonObject doc = document(portal);
    assertThat(doc.getJsonObject("info").getString("title")).isEqualTo("Convene read API");
    assertThat(doc.getJsonObject("info").getString("description")).contains("published");
    JsonObject paths = doc.getJsonObject("paths");
    // clean paths: no regular expression inside a path
    assertThat(paths.keySet()).containsExactlyInAnyOrderElementsOf(PATHS);
    JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
    int operations = 0;
    for (String path : paths.keySet()) {
      for (Map.Entry<String, JsonValue> op : paths.getJsonObject(path).entrySet()) {
        if (!(op.getValue() instanceof JsonObject operation)
            || !operation.containsKey("responses")) {
          continue;
        }
        operations++;
        String where = op.getKey().toUpperCase() + " " + path;
        assertThat(operation.getString("summary", "")).as(where + " summary").isNotBlank();
        assertThat(operation.getJsonArray("tags")).as(where + " tags").isNotEmpty();
        for (JsonValue p :
            operation.getOrDefault("parameters", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
          assertThat(p.asJsonObject().getString("description", ""))
              .as(where + " parameter " + p.asJsonObject().getString("name"))
              .isNotBlank();
        }
        JsonObject responses = operation.getJsonObject("responses");
        String success = op.getKey().equals("post") ? "201" : "200";
        assertThat(responses.keySet()).as(where).contains(success);
        for (String code : responses.keySet()) {
          JsonObject response = responses.getJsonObject(code);
          assertThat(response.getString("description", "")).as(where + " " + code).isNotBlank();
          String ref =
              response
                  .getJsonObject("content")
                  .getJsonObject("application/json")
                  .getJsonObject("schema")
                  .getString("$ref");
          String name = ref.substring(ref.lastIndexOf('/') + 1);
          assertThat(schemas.getJsonObject(name))
              .as(where + " " + code + " schema " + name)
              .isNotNull();
          assertThat(schemas.getJsonObject(name).getJsonObject("properties"))
              .as(name + " properties")
              .isNotEmpty();
          // no annotation default that would make the schema refuse the real answer
          assertThat(schemas.getJsonObject(name).containsKey("maxProperties")).as(name).isFalse();
        }
      }
    }
    assertThat(operations).isEqualTo(PATHS.size());
  }

  @Test
  void everyAnswerIsExactlyWhatItsSchemaDeclares(Portal portal) {
    JsonObject schemas = document(portal).getJsonObject("components").getJsonObject("schemas");
    Map<String, String> answers =
        Map.of(
            "/api/v1/events?collaborative=" + slug,
            "EventList",
            "/api/v1/events/" + event,
            "Event",
            "/api/v1/collaboratives",
            "CollaborativeList",
            "/api/v1/collaboratives/" + slug,
            "Collaborative",
            "/api/v1/series?collaborative=" + slug,
            "SeriesList",
            "/api/v1/news?collaborative=" + slug,
            "NewsList",
            "/api/v1/resources?collaborative=" + slug,
            "ResourceList",
            "/api/v1/topics",
            "TopicList",
            "/api/v1/search?q=huddles&c=" + slug,
            "SearchResults",
            "/api/v1/events?from=yesterday",
            "Error");
    for (Map.Entry<String, String> answer : answers.entrySet()) {
      JsonObject body = json(portal.get(answer.getKey()));
      conforms(schemas, schemas.getJsonObject(answer.getValue()), body, answer.getKey());
    }
  }

  /** Every declared property is present and of its type; no property is undeclared. */
  private static void conforms(JsonObject schemas, JsonObject schema, JsonValue value, String at) {
    assertThat(schema).as(at + " has a schema").isNotNull();
    if (schema.containsKey("$ref")) {
      String ref = schema.getString("$ref");
      conforms(schemas, schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1)), value, at);
      return;
    }
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return; // a value may be null; what is checked is that every property is there
    }
    String type = schema.getString("type", "object");
    switch (type) {
      case "object" -> {
        assertThat(value.getValueType()).as(at).isEqualTo(JsonValue.ValueType.OBJECT);
        if (schema.containsKey("properties")) {
          JsonObject properties = schema.getJsonObject("properties");
          assertThat(new TreeSet<>(value.asJsonObject().keySet()))
              .as(at + " properties")
              .isEqualTo(new TreeSet<>(properties.keySet()));
          for (String name : properties.keySet()) {
            conforms(
                schemas,
                properties.getJsonObject(name),
                value.asJsonObject().get(name),
                at + "." + name);
          }
        }
      }
      case "array" -> {
        assertThat(value.getValueType()).as(at).isEqualTo(JsonValue.ValueType.ARRAY);
        for (JsonValue item : value.asJsonArray()) {
          conforms(schemas, schema.getJsonObject("items"), item, at + "[]");
        }
      }
      case "string" ->
          assertThat(value.getValueType()).as(at).isEqualTo(JsonValue.ValueType.STRING);
      case "integer", "number" ->
          assertThat(value.getValueType()).as(at).isEqualTo(JsonValue.ValueType.NUMBER);
      case "boolean" ->
          assertThat(value.getValueType())
              .as(at)
              .isIn(JsonValue.ValueType.TRUE, JsonValue.ValueType.FALSE);
      default -> throw new AssertionError(at + ": unexpected schema type " + type);
    }
  }

  @Test
  void eventsCarryAbstractPresentersTopicsAndRecording(Portal portal) {
    JsonObject e = json(portal.get("/api/v1/events/" + event));
    assertThat(e.getString("abstract")).isEqualTo("Short huddles.");
    assertThat(e.getString("recordingUrl")).isEqualTo("https://video.example/1");
    JsonObject presenter = e.getJsonArray("presenters").getJsonObject(0);
    assertThat(presenter.getString("name")).isEqualTo("Dr. Api Presenter");
    assertThat(presenter.getString("affiliation")).isEqualTo("North Clinic");
    assertThat(e.getJsonArray("topics").getJsonObject(0).getString("slug")).isEqualTo(topic);
    assertThat(e.isNull("series")).isTrue();
  }

  @Test
  void listsKeepThePagesVisibilityAndFilterByTopic(Portal portal) {
    for (String kind : List.of("series", "news", "resources")) {
      JsonArray mine =
          json(portal.get("/api/v1/" + kind + "?collaborative=" + slug)).getJsonArray("items");
      assertThat(mine).as(kind).hasSize(1);
      assertThat(mine.getJsonObject(0).getJsonObject("collaborative").getString("slug"))
          .isEqualTo(slug);
      // a suspended collaborative's items are never listed, even when asked for by name
      assertThat(json(portal.get("/api/v1/" + kind + "?collaborative=" + hidden)).getInt("total"))
          .as(kind + " of a suspended collaborative")
          .isZero();
      JsonObject onTopic = json(portal.get("/api/v1/" + kind + "?topic=" + topic));
      assertThat(onTopic.getInt("total")).as(kind + " on the topic").isEqualTo(1);
      assertThat(
              onTopic
                  .getJsonArray("items")
                  .getJsonObject(0)
                  .getJsonArray("topics")
                  .getJsonObject(0)
                  .getString("name"))
          .isEqualTo("Api topic");
    }
    JsonObject news =
        json(portal.get("/api/v1/news?collaborative=" + slug))
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(news.getString("title")).isEqualTo("Api news"); // never the draft
    JsonObject series =
        json(portal.get("/api/v1/series?collaborative=" + slug))
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(series.getString("description")).isEqualTo("Every week.");
    assertThat(json(portal.get("/api/v1/events?topic=" + topic)).getJsonArray("items"))
        .extracting(v -> v.asJsonObject().getJsonNumber("id").longValue())
        .containsExactly(event);
    assertThat(portal.get("/api/v1/collaboratives/" + hidden).statusCode()).isEqualTo(404);
    JsonObject collaborative = json(portal.get("/api/v1/collaboratives/" + slug));
    assertThat(collaborative.getString("name")).isEqualTo("Api Health");
    assertThat(collaborative.getJsonArray("states").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("MN", "WI");
    assertThat(portal.get("/api/v1/events/12abc").statusCode()).isEqualTo(404);
  }

  @Test
  void searchAnswersWithTheSameFacetsAsThePageAndRefusesBadInputClearly(Portal portal) {
    JsonObject found = json(portal.get("/api/v1/search?q=huddles&c=" + slug));
    assertThat(found.getInt("total")).isEqualTo(1);
    JsonObject hit = found.getJsonArray("items").getJsonObject(0);
    assertThat(hit.getString("kind")).isEqualTo("EVENT");
    assertThat(hit.getString("snippetHtml")).contains("<mark>");
    assertThat(found.getJsonObject("facets").getJsonArray("kind").getJsonObject(0).getInt("count"))
        .isEqualTo(1);

    HttpResponse<String> tooLong = http11(portal, "/api/v1/search?q=" + "a".repeat(10_000));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(json(tooLong).getJsonObject("fields").getString("q")).contains("at most 200");
    for (String odd :
        List.of(
            "%22unclosed",
            "a%20OR%20-b%20%22c%22",
            "%27%3B%20DROP%20TABLE%20event%3B--",
            "%00",
            "%C3%28",
            "x&kind=NOPE&c=..%2F&topic=%3Cb%3E&when=SOON&year=99999&format=BY_PIGEON&page=-4")) {
      HttpResponse<String> answer = portal.get("/api/v1/search?q=" + odd);
      assertThat(answer.statusCode()).as(odd).isIn(200, 400);
      assertThat(answer.body())
          .as(odd)
          .doesNotContain("<b>")
          .doesNotContainIgnoringCase("exception");
    }
    assertThat(
            json(portal.get("/api/v1/news?topic=NOT%20A%20SLUG"))
                .getJsonObject("fields")
                .getString("topic"))
        .contains("must be a slug");
  }
}
