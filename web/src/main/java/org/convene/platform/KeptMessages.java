package org.convene.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

/**
 * Messages that survive a redirect ("The profile is saved", and whatever else the action said),
 * kept in the session for the page the redirect leads to. Faces' own flash keeps them in the memory
 * of the instance that set them, so on a cluster, where the page after the redirect is often
 * rendered by another instance, they were lost; a session attribute travels with the session (it is
 * set anew, which is what a clustered session replicates).
 *
 * <p>They are shown only on the page whose request carries the {@value #COOKIE} cookie that the
 * redirect itself set, with the same id, and that page clears it. A redirect lost on its way (its
 * instance died after the save) leaves messages nobody is shown: without that cookie, "saved" from
 * one save could appear on the answer to a later one that was refused or whose form had expired,
 * and read as its acknowledgement. Kept messages older than the cookie are dropped.
 */
public class KeptMessages implements PhaseListener {

  private static final long serialVersionUID = 1L;

  static final String KEY = "convene.kept-messages";
  private static final String KEEP = KeptMessages.class.getName() + ".keep";

  /** Names the kept messages the redirect's page is to show. */
  static final String COOKIE = "convene-kept";

  /** How long a redirect's page has to come before its messages are dropped. */
  static final Duration LIFE = Duration.ofMinutes(1);

  /** A message and the component it is about (null: the page). */
  record Kept(String clientId, FacesMessage message) implements Serializable {}

  /** What one redirect left for its page. */
  record Messages(String id, Instant kept, List<Kept> messages) implements Serializable {}

  /**
   * From now on, this request's messages are kept should it end in a redirect. The cookie that
   * names them goes out now, while the response can still take it (a redirect commits it).
   */
  static void keep(FacesContext faces) {
    if (faces.getAttributes().get(KEEP) == null) {
      String id = UUID.randomUUID().toString();
      faces.getAttributes().put(KEEP, id);
      cookie(faces, id, (int) LIFE.toSeconds());
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    // a redirect ends the request without a render: what it said waits in the session
    if (!faces.getResponseComplete() || !(faces.getAttributes().get(KEEP) instanceof String id)) {
      return;
    }
    faces.getAttributes().remove(KEEP);
    List<Kept> kept = new ArrayList<>();
    Iterator<String> ids = faces.getClientIdsWithMessages();
    while (ids.hasNext()) {
      String clientId = ids.next();
      faces.getMessages(clientId).forEachRemaining(m -> kept.add(new Kept(clientId, m)));
    }
    if (!kept.isEmpty()) {
      faces.getExternalContext().getSessionMap().put(KEY, new Messages(id, Instant.now(), kept));
    }
  }

  private static void cookie(FacesContext faces, String value, int maxAge) {
    SiteCookies.set(
        (HttpServletRequest) faces.getExternalContext().getRequest(),
        (HttpServletResponse) faces.getExternalContext().getResponse(),
        COOKIE,
        value,
        maxAge);
  }

  /** The id the request's {@value #COOKIE} cookie names, if it has one. */
  private static String expected(FacesContext faces) {
    Object value = faces.getExternalContext().getRequestCookieMap().get(COOKIE);
    return value instanceof Cookie c ? c.getValue() : null;
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
    String expected = expected(faces);
    if (expected != null) {
      cookie(faces, "", 0); // this page is the one it named, whatever the session holds
    }
    Messages kept;
    try {
      if (!(session.getAttribute(KEY) instanceof Messages m)) {
        return;
      }
      kept = m;
      if (!kept.id().equals(expected)) {
        // not this page's: dropped once too old (another tab's redirect may still be on its way)
        if (kept.kept().plus(LIFE).isBefore(Instant.now())) {
          session.removeAttribute(KEY);
        }
        return;
      }
      session.removeAttribute(KEY);
    } catch (IllegalStateException invalidated) {
      return;
    }
    for (Kept k : kept.messages()) {
      faces.addMessage(k.clientId(), k.message());
    }
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.ANY_PHASE;
  }
}
