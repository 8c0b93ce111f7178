package org.convene.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor with a cookie jar who fills in Faces forms over plain HTTP: reads the form's action and
 * view state from the page, posts the fields, follows redirects. Enough to sign in, submit
 * workspace forms, and tamper with them.
 */
public final class FacesClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

  /** PrimeFaces' CSP nonce, which every form carries (FormNonce) and every post must send. */
  private static final String NONCE_FIELD = "primefaces.nonce";

  private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
  private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
  private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

  private final java.net.URI base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;
  private HttpResponse<String> last;
  private String forwardedFor;

  public FacesClient(Portal portal) {
    this(portal.uri("/"));
  }

  /** A client of the portal at {@code base}, e.g. a cluster's load balancer. */
  public FacesClient(java.net.URI base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  private java.net.URI uri(String path) {
    return base.resolve(path);
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /**
   * Submits form {@code formId} of the last page: its view state plus {@code fields} (ids relative
   * to the form) and the button.
   */
  public HttpResponse<String> submit(String formId, String button, Map<String, String> fields) {
    return submit(formId, button, fields, Map.of());
  }

  /** As {@link #submit(String, String, Map)}, plus request parameters sent exactly as named. */
  public HttpResponse<String> submit(
      String formId, String button, Map<String, String> fields, Map<String, String> raw) {
    return post(last.uri().getPath(), form(formId, button, fields, raw));
  }

  /**
   * Submits as {@link #submit(String, String, Map)} does, but its answer is lost on the way, as
   * when the instance dies after the work is done: the redirect is not followed and what the answer
   * set (cookies, the session's new version) never reaches this client. Returns that lost answer.
   */
  public HttpResponse<String> submitAndLoseTheAnswer(
      String formId, String button, Map<String, String> fields) {
    HttpClient forgetful =
        HttpClient.newBuilder()
            .cookieHandler(
                new java.net.CookieHandler() {
                  @Override
                  public Map<String, List<String>> get(
                      java.net.URI uri, Map<String, List<String>> headers) throws IOException {
                    return cookies.get(uri, headers);
                  }

                  @Override
                  public void put(java.net.URI uri, Map<String, List<String>> headers) {
                    // the answer never arrived
                  }
                })
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    HttpRequest.Builder request =
        formPost(last.uri().getPath(), form(formId, button, fields, Map.of()));
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    try {
      return forgetful.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Form {@code formId} of the last page as a browser sends it, with {@code fields} filled in. */
  private Map<String, String> form(
      String formId, String button, Map<String, String> fields, Map<String, String> raw) {
    String page = last.body();
    Map<String, String> form = new LinkedHashMap<>();
    form.put(formId, formId);
    Matcher state = VIEW_STATE.matcher(page.substring(page.indexOf("id=\"" + formId + "\"")));
    if (state.find()) {
      form.put("jakarta.faces.ViewState", state.group(1));
    }
    // as a browser does, the form's own hidden fields go along (e.g. the version it was opened
    // with)
    String body = page.substring(page.indexOf("id=\"" + formId + "\""));
    body = body.substring(0, Math.max(0, body.indexOf("</form>")));
    Matcher hidden = HIDDEN.matcher(body);
    while (hidden.find()) {
      Matcher name = NAME.matcher(hidden.group());
      Matcher value = VALUE.matcher(hidden.group());
      if (name.find()
          && (name.group(1).startsWith(formId + ":") || name.group(1).equals(NONCE_FIELD))) {
        form.put(
            name.group(1),
            value.find() ? org.owasp.html.Encoding.decodeHtml(value.group(1), true) : "");
      }
    }
    fields.forEach(
        (name, value) -> form.put(name.contains(":") ? name : formId + ":" + name, value));
    form.put(formId + ":" + button, "x");
    form.putAll(raw);
    return form;
  }

  /**
   * As {@link #submit(String, String, Map)} for a form with {@code enctype="multipart/form-data"}
   * (it has a file input): sends the fields as multipart parts, with no file chosen.
   */
  public HttpResponse<String> submitMultipart(
      String formId, String button, Map<String, String> fields) {
    return submitFile(formId, button, fields, null, null, null);
  }

  /**
   * As {@link #submitMultipart(String, String, Map)}, with {@code content} chosen in the file input
   * {@code fileField} as {@code fileName} (none when {@code fileField} is null).
   */
  public HttpResponse<String> submitFile(
      String formId,
      String button,
      Map<String, String> fields,
      String fileField,
      String fileName,
      byte[] content) {
    String page = last.body();
    Map<String, String> form = new LinkedHashMap<>();
    form.put(formId, formId);
    Matcher state = VIEW_STATE.matcher(page.substring(page.indexOf("id=\"" + formId + "\"")));
    if (state.find()) {
      form.put("jakarta.faces.ViewState", state.group(1));
    }
    Matcher nonce =
        Pattern.compile("name=\"" + Pattern.quote(NONCE_FIELD) + "\" value=\"([^\"]*)\"")
            .matcher(page.substring(page.indexOf("id=\"" + formId + "\"")));
    if (nonce.find()) {
      form.put(NONCE_FIELD, nonce.group(1));
    }
    fields.forEach(
        (name, value) -> form.put(name.contains(":") ? name : formId + ":" + name, value));
    form.put(formId + ":" + button, "x");
    String boundary = "----convene" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
    form.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(utf8)));
    if (fileField != null) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + formId
                  + ":"
                  + fileField
                  + "\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(utf8));
      body.writeBytes(content);
      body.writeBytes("\r\n".getBytes(utf8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(utf8));
    return send(
        HttpRequest.newBuilder(uri(last.uri().getPath() + query(last.uri())))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private static String query(java.net.URI uri) {
    return uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
  }

  /**
   * As {@link #submit(String, String, Map)}, plus a field sent several times ({@code name} relative
   * to the form), as a tampered post may.
   */
  public HttpResponse<String> submitRepeating(
      String formId, String button, Map<String, String> fields, String name, List<String> values) {
    Map<String, String> raw = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      // distinct keys for the map; post() sends them under the one name
      raw.put(formId + ":" + name + REPEAT + i, values.get(i));
    }
    return submit(formId, button, fields, raw);
  }

  private static final String REPEAT = "#repeat";

  /** Posts raw form fields (for tampering). */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    return send(formPost(path, fields));
  }

  private HttpRequest.Builder formPost(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> enc(e.getKey().replaceAll(REPEAT + "\\d+$", "")) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  /** Signs in through the login page; returns the page it lands on. */
  public HttpResponse<String> signIn(String email, String password) {
    get("/login");
    return submit("login", "submit", Map.of("email", email, "password", password));
  }

  /**
   * Sends every request as if through a load balancer for {@code client} (the test portal trusts
   * {@code X-Forwarded-For} from loopback), so that rate limits see a client of its own.
   */
  public FacesClient as(String client) {
    this.forwardedFor = client;
    return this;
  }

  /** A GET with this client's cookies, its body as bytes (a download). */
  public HttpResponse<byte[]> download(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The Cookie header a browser would send with this client's cookies (the session's id and, on a
   * distributable application, the session's version, without which Payara does not find it).
   */
  public String cookieHeader() {
    return cookies.getCookieStore().get(uri("/")).stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(java.util.stream.Collectors.joining("; "));
  }

  public Optional<String> sessionId() {
    return cookies.getCookieStore().get(uri("/")).stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    try {
      last =
          http.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString());
      return last;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
