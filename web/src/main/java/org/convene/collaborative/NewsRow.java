package org.convene.collaborative;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.ResourceBundle;
import org.convene.news.NewsItem;
import org.convene.platform.LinkedRow;
import org.convene.platform.Row;

/**
 * {@code <r:newsRow item="#{n}" href="…" showHost="…"/>}: one news item in a list — its kind, date,
 * title (a link to its page here, or out to the page it points at), and summary; with {@code
 * showHost}, the collaborative that posted it.
 */
@FacesComponent(createTag = true, namespace = Row.NAMESPACE, tagName = "newsRow")
public class NewsRow extends LinkedRow<NewsItem> {

  public NewsRow() {
    super(NewsItem.class);
  }

  @Override
  protected void write(ResponseWriter out, Linked<NewsItem> row) throws IOException {
    NewsItem n = row.item();
    ResourceBundle words = row.words();
    // the include's bytes, whitespace included: Facelets trimmed the blanks next to its tags
    out.write(
        "\n  \n  <li class=\"news-row\">\n    <p class=\"news-row__meta\"><span class=\"chip\">");
    text(out, word(words, "newsKind." + n.getKind().name()));
    out.write("</span> ");
    out.startElement("time", null);
    attribute(out, "datetime", n.getDated());
    text(out, n.getDateLabel());
    out.endElement("time");
    if (row.showHost()) {
      out.write(" · ");
      text(out, n.getCollaborative().getShortName());
    }
    out.write("</p>\n    <h3 class=\"news-row__title\">");
    out.startElement("a", null);
    if (n.isExternal()) {
      attribute(out, "href", n.getExternalUrl());
      out.writeAttribute("rel", "noopener", null);
      text(out, n.getTitle());
      out.endElement("a");
      out.write(
          " <span class=\"muted\" aria-hidden=\"true\">↗</span><span class=\"visually-hidden\"> (");
      text(out, word(words, "common.externalLink"));
      out.write(")</span>");
    } else {
      attribute(out, "href", row.href());
      text(out, n.getTitle());
      out.endElement("a");
    }
    out.write("\n    </h3>");
    if (n.getSummary() != null && !n.getSummary().isEmpty()) {
      out.write("<p class=\"news-row__summary\">");
      text(out, n.getSummary());
      out.write("</p>");
    }
    out.write("\n  </li>");
  }
}
