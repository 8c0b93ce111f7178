package org.convene.api;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Cleans the generated API document: Payara copies every attribute of a {@code @Schema} annotation
 * into the schema, defaults included, so a documented object would say {@code maxProperties: 0} (no
 * property allowed) and every property {@code minLength: 0, uniqueItems: false, readOnly: false…}.
 * Those defaults are removed, so that the schemas say what the answers are and a validator reading
 * them accepts the real answers.
 */
public class ApiDocumentFilter implements OASFilter {

  @Override
  public Schema filterSchema(Schema schema) {
    if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinLength())) {
      schema.setMinLength(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinItems())) {
      schema.setMinItems(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
      schema.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
      schema.setExclusiveMinimum(null);
    }
    if (Boolean.FALSE.equals(schema.getUniqueItems())) {
      schema.setUniqueItems(null);
    }
    if (Boolean.FALSE.equals(schema.getNullable())) {
      schema.setNullable(null);
    }
    if (Boolean.FALSE.equals(schema.getReadOnly())) {
      schema.setReadOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getWriteOnly())) {
      schema.setWriteOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getDeprecated())) {
      schema.setDeprecated(null);
    }
    // examples of numbers are numbers, not the annotation's text
    if (schema.getExample() instanceof String text
        && (schema.getType() == Schema.SchemaType.INTEGER
            || schema.getType() == Schema.SchemaType.NUMBER)
        && text.matches("-?\\d+")) {
      schema.setExample(new BigDecimal(text));
    }
    return schema;
  }
}
