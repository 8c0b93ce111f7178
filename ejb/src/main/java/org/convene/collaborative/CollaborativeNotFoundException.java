package org.convene.collaborative;

import org.convene.platform.NotFoundException;
import org.convene.text.Texts;

/** No collaborative answers to the given slug (shown as not found, never as an error). */
public class CollaborativeNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public CollaborativeNotFoundException(String slug) {
    super(Texts.of("collaborativeNotFoundException.noCollaborativeSlug", slug));
  }
}
