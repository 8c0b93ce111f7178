package org.convene.platform;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Public pages open no session, yet PrimeFaces' CSP mode keeps each page's nonce in the view's map
 * — and a view map of a view not yet known to be transient is kept in the session. The view is only
 * built (and its {@code <f:view transient>} applied) after PrimeFaces has minted the nonce, so for
 * a first request this marks the view transient until it is built; a page with forms is made
 * stateful again by its {@code f:view}, and {@link FormNonce} then keeps the nonce in its view map,
 * where PrimeFaces checks it on the post.
 */
public class NonceWithoutSession implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    if (!context.isPostback() && context.getViewRoot() != null) {
      context.getViewRoot().setTransient(true);
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {}

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }
}
