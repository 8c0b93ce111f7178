package org.convene.event;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.convene.collaborative.Collaborative;
import org.convene.platform.AbuseLimits;
import org.convene.platform.BusinessException;
import org.convene.platform.InvalidFormException;
import org.convene.platform.NotFoundException;
import org.convene.tenancy.TenantFilter;

/**
 * The non-page parts of a collaborative's space, reached only through the tenant filter: calendar
 * files (one event, one series, the whole collaborative), material downloads, presenter photos, and
 * the registration forms' posts (which then render the event or series page with the outcome).
 */
@WebServlet(urlPatterns = "/space-files")
public class SpaceServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Request attributes the event and series pages read after a registration post. */
  public static final String RESULTS = "convene.registration.results";

  public static final String ERRORS = "convene.registration.errors";
  public static final String FORM = "convene.registration.form";
  public static final String CLOSED = "convene.registration.closed";

  @Inject private PublicEvents events;
  @Inject private PresenterService presenterService;
  @Inject private MaterialService materialService;
  @Inject private RegistrationService registrations;
  @Inject private AbuseLimits abuseLimits;
  @Inject private org.convene.resource.ResourceService resourceService;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Collaborative tenant = (Collaborative) request.getAttribute("convene.tenant");
    String action = (String) request.getAttribute(TenantFilter.ACTION_ATTRIBUTE);
    String item = (String) request.getAttribute(TenantFilter.ITEM_ATTRIBUTE);
    if (tenant == null || action == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String base = CalendarResponses.absoluteBase(request);
    switch (action) {
      case "collaborative-calendar" ->
          CalendarResponses.send(
              response,
              tenant.getSlug() + "-events.ics",
              Calendars.of(
                  org.convene.platform.Pages.msg(
                      CalendarResponses.locale(request), "calendar.events", tenant.getName()),
                  events.calendarEvents(tenant, null),
                  e -> base + e.getPath(),
                  request.getServerName(),
                  CalendarResponses.online(request)));
      case "event-calendar" -> {
        Optional<Event> event = events.publicEvent(tenant, Long.parseLong(item));
        if (event.isEmpty()) {
          response.sendError(HttpServletResponse.SC_NOT_FOUND);
          return;
        }
        CalendarResponses.send(
            response,
            event.get().getSlug() + ".ics",
            Calendars.of(
                event.get().getTitle(),
                List.of(event.get()),
                e -> base + e.getPath(),
                request.getServerName(),
                CalendarResponses.online(request)));
      }
      case "series-calendar" -> {
        Optional<Series> series = events.publicSeries(tenant, item);
        if (series.isEmpty()) {
          response.sendError(HttpServletResponse.SC_NOT_FOUND);
          return;
        }
        CalendarResponses.send(
            response,
            series.get().getSlug() + ".ics",
            Calendars.of(
                series.get().getTitle(),
                events.calendarEvents(tenant, series.get()),
                e -> base + e.getPath(),
                request.getServerName(),
                CalendarResponses.online(request)));
      }
      case "material" -> sendMaterial(tenant, Long.parseLong(item), response);
      case "photo" -> sendPhoto(tenant, Long.parseLong(item), request, response);
      case "resource-file" -> sendResourceFile(tenant, Long.parseLong(item), response);
      default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    Collaborative tenant = (Collaborative) request.getAttribute("convene.tenant");
    String action = (String) request.getAttribute(TenantFilter.ACTION_ATTRIBUTE);
    String item = (String) request.getAttribute(TenantFilter.ITEM_ATTRIBUTE);
    if (tenant == null || !("register-event".equals(action) || "register-series".equals(action))) {
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    RegistrationForm form =
        new RegistrationForm(
            request.getParameter("name"),
            request.getParameter("email"),
            request.getParameter("organization"),
            request.getParameter("profession"));
    // the language of the page the form was on (else the visitor's): their e-mails use it
    form.setLanguage(org.convene.platform.Language.of(request, request.getParameter("language")));
    request.setAttribute(FORM, form);
    String view;
    Optional<Duration> wait = abuseLimits.signUp(request, form.getEmail());
    if (wait.isPresent()) {
      request.setAttribute(
          CLOSED,
          org.convene.platform.Pages.msg(
              java.util.Locale.forLanguageTag(form.getLanguage()),
              "signup.tooMany",
              AbuseLimits.minutes(wait.get())));
      response.setStatus(429);
      response.setHeader("Retry-After", Long.toString(wait.get().getSeconds()));
      request.setAttribute(TenantFilter.ITEM_ATTRIBUTE, item);
      request
          .getRequestDispatcher(
              "register-event".equals(action)
                  ? "/WEB-INF/views/collaborative/event.xhtml"
                  : "/WEB-INF/views/collaborative/series.xhtml")
          .forward(request, response);
      return;
    }
    try {
      if ("register-event".equals(action)) {
        view = "/WEB-INF/views/collaborative/event.xhtml";
        request.setAttribute(
            RESULTS, List.of(registrations.register(tenant, Long.parseLong(item), form)));
      } else {
        view = "/WEB-INF/views/collaborative/series.xhtml";
        Series series =
            events
                .publicSeries(tenant, item)
                .orElseThrow(() -> new NotFoundException("No such series"));
        request.setAttribute(
            RESULTS, registrations.registerForSeries(tenant, series.getId(), form));
      }
    } catch (EJBException | BusinessException e) {
      Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
      if (cause instanceof InvalidFormException invalid) {
        request.setAttribute(ERRORS, invalid.orderedFields());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      } else if (cause instanceof RegistrationClosedException closed) {
        request.setAttribute(CLOSED, closed.getMessage());
        response.setStatus(HttpServletResponse.SC_CONFLICT);
      } else if (cause instanceof NotFoundException) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      } else {
        throw e;
      }
      view =
          "register-event".equals(action)
              ? "/WEB-INF/views/collaborative/event.xhtml"
              : "/WEB-INF/views/collaborative/series.xhtml";
    }
    request.setAttribute(TenantFilter.ITEM_ATTRIBUTE, item);
    request.getRequestDispatcher(view).forward(request, response);
  }

  private void sendMaterial(Collaborative tenant, long id, HttpServletResponse response)
      throws IOException {
    Optional<Material> material = materialService.publicMaterialFile(tenant, id);
    if (material.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Material m = material.get();
    byte[] content = m.getContent();
    response.setContentType(m.getFileType().getContentType());
    response.setHeader("Content-Disposition", "attachment; filename=\"" + m.getFileName() + "\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "public, max-age=300");
    response.setContentLengthLong(content.length);
    response.getOutputStream().write(content);
  }

  private void sendResourceFile(Collaborative tenant, long id, HttpServletResponse response)
      throws IOException {
    Optional<org.convene.resource.Resource> resource = resourceService.publicFile(tenant, id);
    if (resource.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    org.convene.resource.Resource r = resource.get();
    byte[] content = r.getContent();
    response.setContentType(r.getFileType().getContentType());
    response.setHeader("Content-Disposition", "attachment; filename=\"" + r.getFileName() + "\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLengthLong(content.length);
    response.getOutputStream().write(content);
  }

  private void sendPhoto(
      Collaborative tenant, long id, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String sha = (String) request.getAttribute("convene.tenant.logo");
    Optional<Presenter> presenter = presenterService.presenterPhoto(tenant, id, sha);
    if (presenter.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] photo = presenter.get().getPhoto();
    response.setContentType(presenter.get().getPhotoFormat().contentType());
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLength(photo.length);
    response.getOutputStream().write(photo);
  }
}
