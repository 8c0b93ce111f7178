package org.convene.platform;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A row of an item that links to the item's page and may name the collaborative holding it: {@code
 * <r:… item="#{…}" href="…" showHost="…"/>}.
 *
 * @param <T> the item's type
 */
public abstract class LinkedRow<T> extends Row {

  private final Class<T> type;

  protected LinkedRow(Class<T> type) {
    this.type = type;
  }

  @Override
  protected final void write(FacesContext context, ResponseWriter out) throws IOException {
    write(
        out,
        new Linked<>(
            type.cast(attribute(context, "item")),
            attribute(context, "href"),
            flag(context, "showHost"),
            words(context),
            context.getViewRoot().getLocale()));
  }

  /** Writes the row of {@code row.item()}. */
  protected abstract void write(ResponseWriter out, Linked<T> row) throws IOException;

  /**
   * What a row shows, as the page gave it: the item, where it links, whether to name its host, and
   * the page's words and language.
   */
  protected record Linked<T>(
      T item, Object href, boolean showHost, ResourceBundle words, Locale locale) {}
}
