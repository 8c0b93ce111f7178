package org.convene.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Messages that survive a redirect ("The profile is saved", and whatever else the action said),
 * kept in the session until the next page is rendered. Faces' own flash keeps them in the memory of
 * the instance that set them, so on a cluster, where the page after the redirect is often rendered
 * by another instance, they were lost; a session attribute travels with the session (it is set
 * anew, which is what a clustered session replicates).
 */
public class KeptMessages implements PhaseListener {

  private static final long serialVersionUID = 1L;

  static final String KEY = "convene.kept-messages";
  private static final String KEEP = KeptMessages.class.getName() + ".keep";

  /** A message and the component it is about (null: the page). */
  record Kept(String clientId, FacesMessage message) implements Serializable {}

  /** From now on, this request's messages are kept should it end in a redirect. */
  static void keep(FacesContext faces) {
    faces.getAttributes().put(KEEP, Boolean.TRUE);
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    // a redirect ends the request without a render: what it said waits in the session
    if (!faces.getResponseComplete() || faces.getAttributes().get(KEEP) == null) {
      return;
    }
    faces.getAttributes().remove(KEEP);
    List<Kept> kept = new ArrayList<>();
    Iterator<String> ids = faces.getClientIdsWithMessages();
    while (ids.hasNext()) {
      String id = ids.next();
      faces.getMessages(id).forEachRemaining(m -> kept.add(new Kept(id, m)));
    }
    if (!kept.isEmpty()) {
      faces.getExternalContext().getSessionMap().put(KEY, kept);
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    if (event.getPhaseId() != PhaseId.RENDER_RESPONSE) {
      return;
    }
    FacesContext faces = event.getFacesContext();
    if (!(faces.getExternalContext().getSession(false) instanceof HttpSession session)) {
      return;
    }
    Object kept;
    try {
      kept = session.getAttribute(KEY);
      if (kept == null) {
        return;
      }
      session.removeAttribute(KEY);
    } catch (IllegalStateException invalidated) {
      return;
    }
    if (kept instanceof List<?> messages) {
      for (Object m : messages) {
        Kept k = (Kept) m;
        faces.addMessage(k.clientId(), k.message());
      }
    }
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.ANY_PHASE;
  }
}
