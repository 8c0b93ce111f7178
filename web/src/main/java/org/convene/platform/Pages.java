package org.convene.platform;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.convene.account.AccessDeniedException;

/**
 * What every workspace action does with its outcome: a message that survives the redirect, or the
 * service's refusal shown next to the field it is about. Access refusals become 404.
 */
public final class Pages {

  /** The page's words ({@code #{msg}}), in the language the page is rendered in. */
  public static java.util.ResourceBundle messages() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "msg");
  }

  private static final java.util.ResourceBundle WORKSPACE =
      java.util.ResourceBundle.getBundle("org.convene.workspace", java.util.Locale.ROOT);

  /** The workspace's sentence {@code key} (English, like the workspace) with {@code args}. */
  public static String ws(String key, Object... args) {
    return org.convene.text.Texts.format(WORKSPACE.getString(key), args);
  }

  /** The public page's sentence {@code key} in the page's language, with {@code args}. */
  public static String msg(String key, Object... args) {
    return msg(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, args);
  }

  /** The public sentence {@code key} in {@code locale} (outside a Faces page: servlets). */
  public static String msg(java.util.Locale locale, String key, Object... args) {
    return new java.text.MessageFormat(
            java.util.ResourceBundle.getBundle("org.convene.messages", locale).getString(key),
            locale)
        .format(args);
  }

  private Pages() {}

  /**
   * A message for the page rendered next: this one, or the one after the redirect that follows
   * (with every other message of this request, as Faces' keepMessages did).
   */
  public static void info(String message) {
    FacesContext faces = FacesContext.getCurrentInstance();
    KeptMessages.keep(faces);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
  }

  /** A message for this response only (an in-place action: no redirect follows). */
  public static void say(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
  }

  public static void error(String field, String message) {
    FacesContext.getCurrentInstance()
        .addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  /**
   * Runs one service call: on success keeps {@code done} for the next page and redirects to {@code
   * viewId}; on a refusal shows why and stays (returns null).
   */
  public static String perform(Runnable action, String done, String viewId) {
    return perform(action, done, viewId, null);
  }

  /**
   * As {@link #perform(Runnable, String, String)}; field messages of a refused form go next to the
   * inputs of the form {@code formId} (input ids equal to the service's field names).
   */
  public static String perform(Runnable action, String done, String viewId, String formId) {
    try {
      action.run();
    } catch (RuntimeException e) {
      refused(e, formId);
      return null;
    }
    info(done + RichTextConverter.cleanedNote());
    return redirect(viewId);
  }

  /** Redirects (after a successful action: post, redirect, get). */
  public static String redirect(String viewId) {
    return viewId + "?faces-redirect=true";
  }

  /**
   * Shows a service's refusal: field messages for bad input (nothing was changed), 404 for access
   * denied. Anything else is a real error and goes on to the error page.
   */
  public static void refused(RuntimeException e) {
    refused(e, null);
  }

  /** As {@link #refused(RuntimeException)}, with field messages placed in form {@code formId}. */
  public static void refused(RuntimeException e, String formId) {
    Throwable cause = e;
    while (cause instanceof EJBException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof InvalidFormException invalid) {
      error(null, Pages.ws("pages.nothingSaved"));
      invalid
          .orderedFields()
          .forEach(
              (field, message) -> error(formId == null ? null : formId + ":" + field, message));
    } else if (cause instanceof InvalidInputException
        || cause instanceof ConcurrentEditException
        || cause instanceof org.convene.event.RegistrationClosedException) {
      error(null, cause.getMessage());
    } else if (cause instanceof NotFoundException) {
      notFound();
    } else if (cause instanceof ConstraintViolationException violations) {
      for (ConstraintViolation<?> v : violations.getConstraintViolations()) {
        error(null, label(v.getPropertyPath().toString()) + ": " + v.getMessage());
      }
    } else if (cause instanceof AccessDeniedException) {
      notFound();
    } else {
      throw e;
    }
  }

  /**
   * What a service's refusal says, in words (for a step that failed after another succeeded);
   * anything that is not a refusal is thrown on.
   */
  public static String reason(RuntimeException e) {
    Throwable cause = e;
    while (cause instanceof EJBException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof InvalidFormException invalid) {
      return String.join(" ", invalid.orderedFields().values());
    }
    if (cause instanceof BusinessException) {
      return cause.getMessage();
    }
    throw e;
  }

  public static void notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    try {
      external.responseSendError(404, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  private static String label(String path) {
    String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
    return field.replaceAll("([A-Z])", " $1").toLowerCase();
  }
}
