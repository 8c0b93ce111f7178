package org.convene.analytics;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, written with JSON-P (labels are data, so
 * they are escaped as JSON, never pasted into script). Colours are the portal's navy and teal,
 * which keep 3:1 against white as WCAG asks of graphics.
 */
final class ChartConfig {

  /**
   * Found once: {@code Json.create…} looks the provider up through a ServiceLoader on every call.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  static final String NAVY = "#12355b";
  static final String TEAL = "#0b6e69";
  static final String AMBER = "#8a5a00";
  static final String GREY = "#5b6b7b";

  /** One series of values with its legend label and colour. */
  record Dataset(String label, List<Long> values, String colour) {}

  private ChartConfig() {}

  /** A bar chart; {@code horizontal} for long labels, {@code stacked} for parts of a whole. */
  static String bar(List<String> labels, List<Dataset> sets, boolean horizontal, boolean stacked) {
    return chart("bar", labels, sets, horizontal, stacked);
  }

  static String line(List<String> labels, Dataset set) {
    return chart("line", labels, List.of(set), false, false);
  }

  private static String chart(
      String type, List<String> labels, List<Dataset> sets, boolean horizontal, boolean stacked) {
    JsonArrayBuilder labelArray = JSON.createArrayBuilder();
    labels.forEach(labelArray::add);
    JsonArrayBuilder datasets = JSON.createArrayBuilder();
    for (Dataset d : sets) {
      JsonArrayBuilder values = JSON.createArrayBuilder();
      d.values().forEach(values::add);
      JsonObjectBuilder set =
          JSON.createObjectBuilder()
              .add("label", d.label())
              .add("data", values)
              .add("backgroundColor", d.colour())
              .add("borderColor", d.colour());
      if ("line".equals(type)) {
        set.add("fill", false).add("tension", 0.2).add("pointRadius", 2);
      }
      datasets.add(set);
    }
    JsonObjectBuilder axis = JSON.createObjectBuilder().add("stacked", stacked);
    JsonObjectBuilder valueAxis =
        JSON.createObjectBuilder()
            .add("stacked", stacked)
            .add("beginAtZero", true)
            .add("ticks", JSON.createObjectBuilder().add("precision", 0));
    JsonObjectBuilder options =
        JSON.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add(
                "plugins",
                JSON.createObjectBuilder()
                    .add("legend", JSON.createObjectBuilder().add("display", sets.size() > 1)))
            .add(
                "scales",
                JSON.createObjectBuilder()
                    .add(horizontal ? "y" : "x", axis)
                    .add(horizontal ? "x" : "y", valueAxis));
    if (horizontal) {
      options.add("indexAxis", "y");
    }
    return JSON.createObjectBuilder()
        .add("type", type)
        .add("data", JSON.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }
}
