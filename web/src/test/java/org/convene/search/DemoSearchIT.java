package org.convene.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.convene.testing.DemoNetwork;
import org.convene.testing.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The demo network (the seeds' real content, loaded into a schema of its own): what a clinician
 * types — "peer support", "playbook", "moral distress", "depression" — finds the seed's items from
 * the right collaboratives, ranked with titles first, and the facet counts add up to exactly what
 * is found.
 */
@ExtendWith(DemoNetwork.class)
@Execution(
    ExecutionMode
        .CONCURRENT) // beside the other classes: the demo network is a portal and schema of its own
class DemoSearchIT {

  private static JsonObject search(Portal portal, String words) {
    return Json.createReader(
            new StringReader(portal.get("/api/v1/search?q=" + words.replace(" ", "+")).body()))
        .readObject();
  }

  private static Map<String, Integer> facet(JsonObject found, String name) {
    Map<String, Integer> counts = new TreeMap<>();
    for (JsonValue v : found.getJsonObject("facets").getJsonArray(name)) {
      counts.put(v.asJsonObject().getString("value"), v.asJsonObject().getInt("count"));
    }
    return counts;
  }

  /** The kind facet counts exactly the hits (all on one page here) and adds up to the total. */
  private static void countsAddUp(JsonObject found) {
    JsonArray items = found.getJsonArray("items");
    assertThat(items).hasSize(found.getInt("total"));
    Map<String, Integer> byKind = new TreeMap<>();
    Map<String, Integer> byCollaborative = new TreeMap<>();
    for (JsonValue hit : items) {
      byKind.merge(hit.asJsonObject().getString("kind"), 1, Integer::sum);
      byCollaborative.merge(
          hit.asJsonObject().getJsonObject("collaborative").getString("slug"), 1, Integer::sum);
    }
    assertThat(facet(found, "kind")).isEqualTo(byKind);
    assertThat(facet(found, "collaborative")).isEqualTo(byCollaborative);
  }

  private static List<String> titles(JsonObject found) {
    return found.getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getString("kind") + " " + v.asJsonObject().getString("title"))
        .toList();
  }

  @Test
  void theSeedsItemsAreFoundFromTheRightCollaboratives(DemoNetwork.Running demo) throws Exception {
    Portal portal = demo.portal();
    JsonObject peer = search(portal, "peer support");
    countsAddUp(peer);
    // ICSI's, and CIVHC's adaptation of ICSI's peer support huddles
    assertThat(facet(peer, "collaborative")).containsOnlyKeys("icsi", "civhc");
    // the two practices (ICSI's and CIVHC's adaptation) and the two events with the words in
    // their title come first
    assertThat(titles(peer).subList(0, 4))
        .allSatisfy(t -> assertThat(t).containsIgnoringCase("peer support"))
        .contains(
            "PRACTICE Peer support huddles",
            "PRACTICE Peer support huddles for community health centres")
        .filteredOn(t -> t.startsWith("EVENT "))
        .hasSize(2);
    assertThat(facet(peer, "kind"))
        .containsEntry("EVENT", 2)
        .containsEntry("PRACTICE", 2)
        .containsKeys("RESOURCE", "SERIES");

    JsonObject playbook = search(portal, "playbook");
    countsAddUp(playbook);
    assertThat(facet(playbook, "collaborative")).containsOnlyKeys("icsi");
    assertThat(titles(playbook)).contains("RESOURCE ICSI Mental Health Playbook");

    JsonObject moral = search(portal, "moral distress");
    countsAddUp(moral);
    assertThat(facet(moral, "kind")).isEqualTo(Map.of("EVENT", 2));
    assertThat(facet(moral, "collaborative")).isEqualTo(Map.of("icsi", 1, "nrhi", 1));

    JsonObject depression = search(portal, "depression");
    countsAddUp(depression);
    assertThat(facet(depression, "collaborative")).containsOnlyKeys("mncm");
    assertThat(titles(depression).get(0)).startsWith("EVENT Depression care in Minnesota");
    assertThat(facet(depression, "kind")).containsKeys("EVENT", "NEWS", "COLLABORATIVE");

    // a facet narrows and its count says by how much
    JsonObject narrowed =
        Json.createReader(
                new StringReader(portal.get("/api/v1/search?q=peer+support&kind=RESOURCE").body()))
            .readObject();
    assertThat(narrowed.getInt("total")).isEqualTo(facet(peer, "kind").get("RESOURCE"));

    // the network's knowledge in the demo: a lineage across four collaboratives, a dozen
    // practices in ICSI's series, the seed's findings, a campaign of five members, the May 4
    // webinar as the fourth of NRHI's series presented by ICSI, one Jodie Dvorkin
    assertThat(portal.get("/c/icsi/practices/peer-support-huddles").body())
        .contains("Adopted 3 times by 3 collaboratives")
        .contains("Center for Improving Value in Health Care")
        .contains("MN Community Measurement")
        .contains("Stratis Health");
    assertThat(portal.get("/c/icsi/series/mental-health-support-2020").body())
        .contains("12 practices presented in this series");
    assertThat(portal.get("/findings?c=nrhi").body())
        .contains("4 findings from NRHI")
        .contains("These resources have been contributed and curated by over 100 leaders")
        .contains("— Jodie Dvorkin, MD, MPH, Associate Medical Director, ICSI");
    String campaigns = portal.get("/campaigns").body();
    assertThat(campaigns)
        .containsPattern("Mental Health Month 20[0-9]{2}")
        .containsPattern("5 members, 1[0-9] items");
    String may4 =
        portal
            .get("/c/nrhi/events")
            .body()
            .replaceAll(
                "(?s).*href=\"(/c/nrhi/events/[0-9]+-mental-health-support-for-healthcare-workforce)\".*",
                "$1");
    assertThat(portal.get(may4).body())
        .contains("The fourth of 4 sessions of Collaboratives in Action")
        .contains(
            "Presented by <a href=\"/c/icsi\">Institute for Clinical Systems Improvement</a>");
    assertThat(portal.get("/c/icsi/events").body()).contains("href=\"" + may4 + "\"");
    assertThat(
            Json.createReader(
                    new StringReader(portal.get("/api/v1/search?q=dvorkin&kind=PRESENTER").body()))
                .readObject()
                .getInt("total"))
        .isEqualTo(1);
  }
}
