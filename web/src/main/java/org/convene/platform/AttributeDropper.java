package org.convene.platform;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.function.BiPredicate;

/**
 * Renders part of a component with some attributes left out: the portal's renderers use it to drop
 * what PrimeFaces writes wrongly for HTML or for screen readers, keeping the rest of PrimeFaces'
 * rendering as it is.
 */
final class AttributeDropper {

  /** Rendering that may throw, like a renderer's encode methods. */
  interface Rendering {
    void render() throws IOException;
  }

  private AttributeDropper() {}

  /** Runs {@code rendering} with every attribute {@code dropped} accepts left out. */
  static void render(FacesContext context, BiPredicate<String, Object> dropped, Rendering rendering)
      throws IOException {
    ResponseWriter writer = context.getResponseWriter();
    context.setResponseWriter(
        new ResponseWriterWrapper(writer) {
          @Override
          public void writeAttribute(String name, Object value, String property)
              throws IOException {
            if (!dropped.test(name, value)) {
              super.writeAttribute(name, value, property);
            }
          }
        });
    try {
      rendering.render();
    } finally {
      context.setResponseWriter(writer);
    }
  }
}
