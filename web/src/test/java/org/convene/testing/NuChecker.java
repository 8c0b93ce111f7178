package org.convene.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;

/**
 * The W3C Nu HTML Checker (vnu), run in this JVM on the bytes a page was served as: its errors (not
 * its informational notes), each with line, column, message and the markup around it.
 */
public final class NuChecker {

  private final EmbeddedValidator validator = new EmbeddedValidator();

  public NuChecker() {
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
  }

  /** The checker's errors for one HTML document; empty when it is valid. */
  public List<String> errors(String html) {
    String report;
    try {
      report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException("the Nu HTML Checker failed to run", e);
    }
    List<String> errors = new ArrayList<>();
    try (JsonReader reader = Json.createReader(new StringReader(report))) {
      for (JsonValue value : reader.readObject().getJsonArray("messages")) {
        JsonObject message = value.asJsonObject();
        String type = message.getString("type", "");
        if (type.equals("error") || type.equals("non-document-error")) {
          errors.add(
              "line "
                  + message.getInt("lastLine", 0)
                  + ": "
                  + message.getString("message", "")
                  + " — "
                  + message.getString("extract", "").strip());
        }
      }
    }
    return errors;
  }
}
