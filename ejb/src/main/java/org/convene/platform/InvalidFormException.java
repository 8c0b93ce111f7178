package org.convene.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/** Several inputs a user can correct at once, each with its own message. Nothing was changed. */
public class InvalidFormException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final LinkedHashMap<String, String> fields;

  public InvalidFormException(Map<String, String> fields) {
    super(String.join(" ", fields.values()));
    this.fields = new LinkedHashMap<>(fields);
  }

  /** Field name → message, in the order of the form. */
  public Map<String, String> getFields() {
    return Map.copyOf(fields);
  }

  public LinkedHashMap<String, String> orderedFields() {
    return new LinkedHashMap<>(fields);
  }
}
