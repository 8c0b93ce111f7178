package org.convene.collaborative;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.convene.platform.Row;

/**
 * {@code <r:card card="#{card}"/>}: one collaborative in a grid (the home's, the directory's) —
 * logo or monogram, name, short name, tagline and region, in its own colours. The whole card is a
 * link to its space.
 */
@FacesComponent(createTag = true, namespace = Row.NAMESPACE, tagName = "card")
public class CardRow extends Row {

  @Override
  protected void write(FacesContext context, ResponseWriter out) throws IOException {
    CollaborativeCard card = (CollaborativeCard) attribute(context, "card");
    String contextPath = context.getExternalContext().getRequestContextPath();
    // the include's bytes, whitespace included: Facelets trimmed the blanks next to its tags
    out.write("\n  \n  ");
    out.startElement("li", null);
    out.writeAttribute("class", "card collaborative-card", null);
    attribute(out, "data-slug", card.getSlug());
    attribute(
        out,
        "style",
        "--card-accent:"
            + orEmpty(card.getPrimaryColour())
            + ";--card-on-accent:"
            + orEmpty(card.getOnPrimaryColour()));
    out.write("\n    <div class=\"collaborative-card__top\">\n        ");
    if (card.getLogoPath() != null && !card.getLogoPath().isEmpty()) {
      out.startElement("img", null);
      out.writeAttribute("class", "collaborative-card__logo", null);
      attribute(out, "src", contextPath + card.getLogoPath());
      out.writeAttribute("alt", "", null);
      out.writeAttribute("width", "48", null);
      out.writeAttribute("height", "48", null);
      out.writeAttribute("loading", "lazy", null);
      out.endElement("img");
    } else {
      out.write("<span class=\"monogram\" aria-hidden=\"true\">");
      text(out, card.getMonogram());
      out.write("</span>");
    }
    out.write("\n      <div>\n        <h3 class=\"collaborative-card__name\">");
    out.startElement("a", null);
    out.writeAttribute("class", "stretched-link", null);
    attribute(out, "href", contextPath + "/c/" + orEmpty(card.getSlug()));
    text(out, card.getName());
    out.endElement("a");
    out.write("</h3>\n        <p class=\"collaborative-card__short\">");
    text(out, card.getShortName());
    out.write("</p>\n      </div>\n    </div>\n    <p class=\"collaborative-card__tagline\">");
    text(out, card.getTagline());
    out.write("</p>");
    if (card.getRegionLabel() != null && !card.getRegionLabel().isEmpty()) {
      out.write("\n      <p class=\"collaborative-card__region\"><span class=\"label\">");
      text(out, word(words(context), "home.serves"));
      out.write("</span> ");
      text(out, card.getRegionLabel());
      out.write("</p>");
    }
    out.write("\n  ");
    out.endElement("li");
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
