package org.convene.platform;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.renderkit.HeadRenderer;
import org.primefaces.util.FacetUtils;

/**
 * PrimeFaces' head for pages that use PrimeFaces, a plain one for pages that do not.
 *
 * <p>PrimeFaces' renderer gives every page its theme (213 KB of CSS), its icons, moment.js, its
 * validation and locale scripts and two inline scripts — about 300 KB that the public pages, which
 * hold no PrimeFaces component, never use: a visitor's phone fetched and parsed them for nothing,
 * and rendering them was a tenth of an uncached render of the network home. A PrimeFaces component
 * declares what it needs (its {@code @ResourceDependency} on the {@code primefaces} library) as it
 * is added to the view, so by the time the head renders the view says whether it needs them: if it
 * does, this is PrimeFaces' head unchanged; if it does not, the head holds its facets and the
 * page's own resources (the portal's stylesheet) and nothing else.
 */
public class PlainHeadRenderer extends HeadRenderer {

  @Override
  public void encodeBegin(FacesContext context, UIComponent component) throws IOException {
    if (usesPrimeFaces(context)) {
      super.encodeBegin(context, component);
      return;
    }
    ResponseWriter writer = context.getResponseWriter();
    writer.startElement("head", component);
    writer.writeAttribute("id", component.getClientId(context), "id");
    for (String facet : new String[] {"first", "middle"}) {
      // as PrimeFaces' head decides it, with its own helper
      if (FacetUtils.shouldRenderFacet(component.getFacet(facet))) {
        component.getFacet(facet).encodeAll(context);
      }
    }
    for (UIComponent resource : context.getViewRoot().getComponentResources(context, "head")) {
      resource.encodeAll(context);
    }
  }

  /** Whether a component in the view asked for a PrimeFaces resource, in the head or the body. */
  static boolean usesPrimeFaces(FacesContext context) {
    for (String target : new String[] {"head", "body"}) {
      for (UIComponent resource : context.getViewRoot().getComponentResources(context, target)) {
        Object library = resource.getAttributes().get("library");
        if (library instanceof String name && name.startsWith("primefaces")) {
          return true;
        }
      }
    }
    return false;
  }
}
