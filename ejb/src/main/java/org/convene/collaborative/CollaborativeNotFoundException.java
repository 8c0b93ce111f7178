package org.convene.collaborative;

import org.convene.platform.BusinessException;

/** No collaborative answers to the given slug. */
public class CollaborativeNotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public CollaborativeNotFoundException(String slug) {
    super("No collaborative with slug '" + slug + "'");
  }
}
