package org.convene.platform;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One row of a public list (an event, a news item, a collaborative's card), written in Java.
 *
 * <p>As a Facelets include inside {@code ui:repeat}, each row evaluated some twenty expressions,
 * each through the whole resolver chain, and the network home's 19 rows were about a third of its
 * uncached render. A row here evaluates only its attributes (the item and where it links) and reads
 * the rest with plain getters. It writes through the page's response writer, with the same calls
 * Facelets makes for the markup it replaces ({@code writeText} for text, {@code writeAttribute} for
 * an attribute holding an expression, an empty one left out), so the bytes sent are the same as the
 * include's, escaping included: {@code RowsIT} compares them.
 */
public abstract class Row extends UIComponentBase {

  /** The rows' component family (they have no renderer: each writes itself). */
  public static final String FAMILY = "org.convene.Row";

  /** The tag library's namespace: {@code xmlns:r="urn:convene:rows"}. */
  public static final String NAMESPACE = "urn:convene:rows";

  protected Row() {
    setRendererType(null);
  }

  @Override
  public String getFamily() {
    return FAMILY;
  }

  @Override
  public void encodeBegin(FacesContext context) throws IOException {
    if (isRendered()) {
      write(context, context.getResponseWriter());
    }
  }

  /** Writes the row. */
  protected abstract void write(FacesContext context, ResponseWriter out) throws IOException;

  /** An attribute's value: its expression's, or the literal written in the page. */
  protected final Object attribute(FacesContext context, String name) {
    ValueExpression expression = getValueExpression(name);
    return expression != null
        ? expression.getValue(context.getELContext())
        : getAttributes().get(name);
  }

  /** A true/false attribute ({@code showHost="true"} or an expression), false when absent. */
  protected final boolean flag(FacesContext context, String name) {
    Object value = attribute(context, name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  /** The page's words ({@code #{msg}}) in the page's language. */
  protected static ResourceBundle words(FacesContext context) {
    return context.getApplication().getResourceBundle(context, "msg");
  }

  /** A word as {@code #{msg['key']}} gives it ("???key???" for a key the bundle lacks). */
  protected static String word(ResourceBundle words, String key) {
    try {
      return words.getString(key);
    } catch (MissingResourceException missing) {
      return "???" + key + "???";
    }
  }

  /** Text as Facelets writes an expression's value in the page: escaped, nothing for null. */
  protected static void text(ResponseWriter out, Object value) throws IOException {
    if (value != null) {
      out.writeText(value.toString(), null);
    }
  }

  /** An attribute as Facelets writes one holding an expression: left out when empty. */
  protected static void attribute(ResponseWriter out, String name, Object value)
      throws IOException {
    String text = value == null ? "" : value.toString();
    if (!text.isEmpty()) {
      out.writeAttribute(name, text, null);
    }
  }
}
