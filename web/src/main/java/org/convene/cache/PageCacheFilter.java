package org.convene.cache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.convene.persistence.Tables;
import org.convene.platform.Language;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first filter: anonymous GETs of public pages are answered from the {@link PageCache} before
 * anything else runs (no Faces, no tenant lookup, no other filter); a miss renders as usual while
 * the tables it reads are recorded, and is kept if it turned out anonymous and whole — a 200 that
 * set no cookie, opened no session and did not forbid storing. Every text response, cached or not,
 * is sent gzipped when the client accepts it, with a strong {@code ETag}; a matching {@code
 * If-None-Match} gets a 304. Kept pages may be shared by a proxy for a short time ({@code
 * Cache-Control}); anything else that says nothing of caching is private.
 */
public class PageCacheFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Paths that are personal, forms, or the workspace: never cached, never served from it. */
  private static final List<String> NEVER =
      List.of(
          "/manage",
          "/admin",
          "/login",
          "/logout",
          "/forgot-password",
          "/reset-password",
          "/registrations",
          "/language",
          "/health",
          "/space-files",
          "/tenant-logo");

  /** Headers not kept with an entry: they are the transfer's, or set again on each answer. */
  private static final Set<String> NOT_KEPT =
      Set.of(
          "set-cookie",
          "content-length",
          "transfer-encoding",
          "content-encoding",
          "etag",
          "date",
          "content-type",
          "vary",
          "cache-control");

  /** Below this, compressing is not worth the client's while. */
  static final int GZIP_FROM = 256;

  @Inject private PageCache cached;

  /** The cache itself, not its CDI proxy: a hit should not pay for the proxy's reflection. */
  private PageCache cache;

  @Inject
  @ConfigProperty(name = "convene.page-cache.shared-seconds", defaultValue = "30")
  private int sharedSeconds;

  @Override
  public void init() {
    cache = cached.self();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean get = "GET".equals(request.getMethod());
    boolean head = "HEAD".equals(request.getMethod());
    boolean anonymous = (get || head) && anonymous(request);
    PageKey key = anonymous ? key(request) : null;
    if (key != null && !refresh(request)) {
      PageEntry entry = cache.find(key);
      if (entry != null) {
        cache.served();
        send(entry, request, response, head);
        return;
      }
    }
    if (head) {
      chain.doFilter(request, response);
      return;
    }
    boolean keepable = key != null && request.getSession(false) == null;
    long generation = cache.tick();
    CapturedResponse captured = new CapturedResponse(response);
    if (keepable) {
      Tables.startReading();
    }
    Set<String> tables;
    try {
      chain.doFilter(request, captured);
    } finally {
      tables = keepable ? Tables.stopReading() : Set.of();
    }
    if (!captured.held()) {
      if (!captured.handedOver() && captured.getStatus() == 200 && !captured.isCommitted()) {
        privateUnlessSaid(response);
      }
      return;
    }
    byte[] body = captured.body();
    if (key != null) {
      cache.rendered();
    }
    if (keepable
        && response.getStatus() == HttpServletResponse.SC_OK
        && !captured.setsCookie()
        && request.getSession(false) == null
        && storable(response)
        && body.length <= PageCache.LARGEST_ENTRY
        && Tables.known()) {
      if (response.getHeader("Cache-Control") == null) {
        response.setHeader(
            "Cache-Control", "public, max-age=0, s-maxage=" + sharedSeconds + ", must-revalidate");
      }
      PageEntry entry =
          PageEntry.of(
              response.getContentType(),
              keptHeaders(response),
              body,
              body.length >= GZIP_FROM ? gzip(body) : null,
              digest(body),
              Set.copyOf(tables),
              generation,
              cache.expiryFor(tables));
      cache.keep(key, entry);
      send(entry, request, response, false);
      return;
    }
    if (response.getStatus() == HttpServletResponse.SC_OK && key == null) {
      privateUnlessSaid(response);
    }
    sendUncached(body, request, response, key != null);
  }

  /** Not signed in, no credentials, and nothing personal in a session if there is one. */
  static boolean anonymous(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    for (String never : NEVER) {
      if (path.equals(never) || path.startsWith(never + "/") || path.startsWith(never + ".")) {
        return false;
      }
    }
    return shared(request);
  }

  /**
   * Whatever its path or method: no credentials and nothing personal in a session if there is one.
   * Such a request may be given what is shared between visitors ({@link ReadCache}).
   */
  static boolean shared(HttpServletRequest request) {
    if (request.getHeader("Authorization") != null) {
      return false;
    }
    HttpSession session = request.getSession(false);
    return session == null || !personal(session);
  }

  /**
   * Whether a session holds anything but the Faces state of a form page: a visitor who only opened
   * the sign-in page is still anonymous; anything else a session holds is taken as personal.
   */
  static boolean personal(HttpSession session) {
    try {
      Enumeration<String> names = session.getAttributeNames();
      while (names.hasMoreElements()) {
        String name = names.nextElement();
        if (!(name.startsWith("com.sun.faces.")
            || name.startsWith("jakarta.faces.")
            || name.startsWith("org.omnifaces.")
            || name.startsWith("org.primefaces.")
            || name.startsWith("primefaces.")
            // Weld's (empty) map of conversations, which any Faces page with a form opens
            || name.equals("org.jboss.weld.context.ConversationContext.conversations"))) {
          return true;
        }
      }
      return false;
    } catch (IllegalStateException invalidated) {
      return false;
    }
  }

  /** A client that asks for a fresh copy gets one (and the copy kept is renewed). */
  private static boolean refresh(HttpServletRequest request) {
    String control = request.getHeader("Cache-Control");
    String pragma = request.getHeader("Pragma");
    return (control != null && control.toLowerCase(Locale.ROOT).contains("no-cache"))
        || (pragma != null && pragma.toLowerCase(Locale.ROOT).contains("no-cache"));
  }

  static PageKey key(HttpServletRequest request) {
    StringBuilder address = new StringBuilder(96);
    address
        .append(request.getScheme())
        .append("://")
        .append(request.getServerName().toLowerCase(Locale.ROOT))
        .append(':')
        .append(request.getServerPort());
    String forwardedHost = request.getHeader("X-Forwarded-Host");
    String forwardedProto = request.getHeader("X-Forwarded-Proto");
    if (forwardedHost != null || forwardedProto != null) {
      address.append('|').append(forwardedProto).append('|').append(forwardedHost).append('|');
    }
    address.append(request.getRequestURI());
    if (request.getQueryString() != null) {
      address.append('?').append(request.getQueryString());
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String accept = path.startsWith("/api/") ? String.valueOf(request.getHeader("Accept")) : "";
    return new PageKey(address.toString(), Language.of(request), accept);
  }

  private static boolean storable(HttpServletResponse response) {
    String control = response.getHeader("Cache-Control");
    if (control == null) {
      return true;
    }
    String c = control.toLowerCase(Locale.ROOT);
    return !c.contains("no-store") && !c.contains("private") && !c.contains("no-cache");
  }

  private static void privateUnlessSaid(HttpServletResponse response) {
    if (response.getHeader("Cache-Control") == null) {
      response.setHeader("Cache-Control", "private, no-cache");
    }
  }

  private static Map<String, List<String>> keptHeaders(HttpServletResponse response) {
    Map<String, List<String>> kept = new LinkedHashMap<>();
    for (String name : response.getHeaderNames()) {
      if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
        Collection<String> values = response.getHeaders(name);
        kept.put(name, List.copyOf(new ArrayList<>(values)));
      }
    }
    String control = response.getHeader("Cache-Control");
    if (control != null) {
      kept.put("Cache-Control", List.of(control));
    }
    return kept;
  }

  /** Answers from an entry: 304 when the client holds this representation, else the bytes. */
  private static void send(
      PageEntry entry, HttpServletRequest request, HttpServletResponse response, boolean head)
      throws IOException {
    boolean gzip = entry.gzipped() != null && acceptsGzip(request);
    String etag = entry.etag(gzip);
    response.setHeader("Vary", "Accept-Encoding, Accept-Language, Cookie");
    for (Map.Entry<String, List<String>> header : entry.headers().entrySet()) {
      List<String> values = header.getValue();
      response.setHeader(header.getKey(), values.get(0));
      for (int i = 1; i < values.size(); i++) {
        response.addHeader(header.getKey(), values.get(i));
      }
    }
    response.setHeader("ETag", etag);
    if (matches(request.getHeader("If-None-Match"), entry.etag(false), entry.etag(true))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(entry.contentType());
    byte[] body = gzip ? entry.gzipped() : entry.plain();
    if (gzip) {
      response.setHeader("Content-Encoding", "gzip");
    }
    response.setContentLength(body.length);
    if (!head) {
      response.getOutputStream().write(body);
    }
  }

  /** A text response not kept: still compressed and validated for this client. */
  private static void sendUncached(
      byte[] body,
      HttpServletRequest request,
      HttpServletResponse response,
      boolean variesByLanguage)
      throws IOException {
    boolean gzip = body.length >= GZIP_FROM && acceptsGzip(request);
    response.addHeader(
        "Vary", variesByLanguage ? "Accept-Encoding, Accept-Language, Cookie" : "Accept-Encoding");
    if (response.getStatus() == HttpServletResponse.SC_OK) {
      String tag = digest(body);
      response.setHeader("ETag", gzip ? "\"" + tag + "-gz\"" : "\"" + tag + "\"");
      if (matches(request.getHeader("If-None-Match"), "\"" + tag + "\"", "\"" + tag + "-gz\"")) {
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        return;
      }
    }
    if (gzip) {
      body = gzip(body);
      response.setHeader("Content-Encoding", "gzip");
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  static boolean acceptsGzip(HttpServletRequest request) {
    String accepted = request.getHeader("Accept-Encoding");
    if (accepted == null) {
      return false;
    }
    for (String part : accepted.split(",")) {
      String[] pieces = part.trim().split(";");
      String coding = pieces[0].trim().toLowerCase(Locale.ROOT);
      if (coding.equals("gzip") || coding.equals("*")) {
        for (int i = 1; i < pieces.length; i++) {
          String parameter = pieces[i].trim().replace(" ", "");
          if (parameter.equals("q=0") || parameter.matches("q=0(\\.0{0,3})?")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** Whether an If-None-Match names either representation (or is "*"). */
  static boolean matches(String ifNoneMatch, String plain, String gzipped) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals("*") || tag.equals(plain) || tag.equals(gzipped)) {
        return true;
      }
    }
    return false;
  }

  static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(body);
    } catch (IOException impossible) {
      throw new IllegalStateException(impossible);
    }
    return out.toByteArray();
  }

  static String digest(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
