package org.convene.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;

/**
 * File uploads (multipart posts): accepted only in the workspace; a body over {@value #MAX_BYTES}
 * bytes — announced, or found while reading a chunked one — answers 413 with the portal's page,
 * never 500; and every part is deleted when the request ends, accepted or refused. (Parts are kept
 * in memory up to the same size — see the Faces servlet's multipart-config in web.xml — so no
 * temporary file is written at all; the deletion is for a configuration that lowers that.)
 */
public class UploadGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The largest upload request: a 50 MB file plus the form (the HTTP listener's limit too). */
  public static final long MAX_BYTES = 57_671_680L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/manage/") && !path.startsWith("/admin/")) {
      response.sendError(
          HttpServletResponse.SC_BAD_REQUEST, "Files can only be uploaded in the workspace.");
      return;
    }
    if (request.getContentLengthLong() > MAX_BYTES) {
      response.setHeader("Connection", "close");
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    Tracked tracked = new Tracked(request);
    try {
      chain.doFilter(tracked, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!tooLarge(e) || response.isCommitted()) {
        throw e;
      }
      response.resetBuffer();
      response.setHeader("Connection", "close");
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    } finally {
      tracked.deleteParts();
    }
  }

  /** Whether reading the body failed because it was larger than allowed. */
  static boolean tooLarge(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String name = t.getClass().getSimpleName();
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (name.contains("SizeLimitExceeded")
          || name.contains("SizeException")
          || message.contains("exceeds max post size")
          || message.contains("post too large")
          || (t instanceof IllegalStateException && message.contains("exceed"))) {
        return true;
      }
    }
    return false;
  }

  /** The request, noting whether its body was parsed (only then are there parts to delete). */
  private static final class Tracked extends HttpServletRequestWrapper {
    private boolean parsed;

    Tracked(HttpServletRequest request) {
      super(request);
    }

    @Override
    public Collection<Part> getParts() throws IOException, ServletException {
      parsed = true;
      return super.getParts();
    }

    @Override
    public Part getPart(String name) throws IOException, ServletException {
      parsed = true;
      return super.getPart(name);
    }

    @Override
    public String getParameter(String name) {
      parsed = true;
      return super.getParameter(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      parsed = true;
      return super.getParameterMap();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      parsed = true;
      return super.getParameterNames();
    }

    @Override
    public String[] getParameterValues(String name) {
      parsed = true;
      return super.getParameterValues(name);
    }

    void deleteParts() {
      if (!parsed) {
        return;
      }
      try {
        for (Part part : super.getParts()) {
          part.delete();
        }
      } catch (IOException | ServletException | RuntimeException unreadable) {
        // the body could not be parsed (too large, malformed): the container kept no part
      }
    }
  }
}
