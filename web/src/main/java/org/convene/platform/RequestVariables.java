package org.convene.platform;

import jakarta.el.ELContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletRequest;

/**
 * Resolves a name that is a request attribute — a row's variable in {@code ui:repeat} or a table —
 * or a resource bundle's ({@code msg}, {@code ws}) before CDI's resolver is asked about it. In the
 * standard order these names are found only after CDI has searched its named beans for them; on a
 * page of lists (the network home: a dozen cards, the next events, the latest news, and the words
 * of each) that search was a measurable part of each render. No bean is named like a row variable
 * (short words: {@code card}, {@code e}, {@code n}) or a bundle, so no name resolves differently
 * than before. Read-only: a name it finds is still written, and its type asked, through the
 * standard resolvers.
 */
public class RequestVariables extends NameResolver {

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base != null || !(property instanceof String name)) {
      return null;
    }
    if (!(context.getContext(FacesContext.class) instanceof FacesContext faces)
        || !(faces.getExternalContext().getRequest() instanceof ServletRequest request)) {
      return null;
    }
    Object value = request.getAttribute(name);
    if (value == null) {
      value = faces.getApplication().getResourceBundle(faces, name);
    }
    if (value != null) {
      context.setPropertyResolved(null, property);
    }
    return value;
  }
}
