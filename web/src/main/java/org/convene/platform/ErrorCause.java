package org.convene.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.util.Set;

/**
 * What the 500 page knows of the failure, without touching the database: whether PostgreSQL gave up
 * on a statement because it waited too long (statement or lock timeout), or the request waited
 * longer than the pool allows for a connection (every one in use, e.g. a hundred sign-ups for one
 * event at the same instant, each waiting its turn on the event's row). That is "busy, try again"
 * (503 with {@code Retry-After}), not "something is broken"; or whether the request was an upload
 * larger than allowed (413).
 */
@Named
@RequestScoped
public class ErrorCause {

  /** query_canceled (statement_timeout) and lock_not_available (lock_timeout). */
  static final Set<String> TIMEOUTS = Set.of("57014", "55P03");

  @Inject private HttpServletRequest request;

  private Boolean busy;
  private Boolean tooLarge;

  public boolean isBusy() {
    if (busy == null) {
      busy = timedOut((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
      if (busy) {
        HttpServletResponse response =
            (HttpServletResponse)
                FacesContext.getCurrentInstance().getExternalContext().getResponse();
        if (!response.isCommitted()) {
          response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
          response.setHeader("Retry-After", "30");
        }
      }
    }
    return busy;
  }

  /**
   * Whether the request failed because its body was larger than allowed (a chunked upload found too
   * large while it was read): that is 413 with the portal's "too large" page.
   */
  public boolean isTooLarge() {
    if (tooLarge == null) {
      tooLarge =
          UploadGuard.tooLarge((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
      if (tooLarge) {
        HttpServletResponse response =
            (HttpServletResponse)
                FacesContext.getCurrentInstance().getExternalContext().getResponse();
        if (!response.isCommitted()) {
          response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        }
      }
    }
    return tooLarge;
  }

  /**
   * Whether a statement or lock timeout, or a wait for a pooled connection that ran out, is
   * anywhere in the chain of causes.
   */
  static boolean timedOut(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof jakarta.resource.spi.ResourceAllocationException) {
        return true; // the pool's max-wait-time passed with every connection in use
      }
      if (t instanceof SQLException sql) {
        for (SQLException s = sql; s != null; s = s.getNextException()) {
          if (s.getSQLState() != null && TIMEOUTS.contains(s.getSQLState())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
