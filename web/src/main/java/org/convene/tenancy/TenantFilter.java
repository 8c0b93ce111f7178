package org.convene.tenancy;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.convene.collaborative.Collaborative;
import org.convene.collaborative.CollaborativeService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Resolves the collaborative a request is for, once, and routes it inside that collaborative's
 * space:
 *
 * <ul>
 *   <li>a mapped host name ({@code icsi.localhost}, whatever the port): the whole host is the
 *       space;
 *   <li>{@code /c/{slug}/…}: the space of an active collaborative; an old slug redirects
 *       permanently to the new one; anything else (unknown, suspended) is 404;
 *   <li>any other host that is not one of the network's own ({@code convene.network.hosts}): 404.
 * </ul>
 *
 * Static resources and health checks pass through untouched.
 */
public class TenantFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String HOME_VIEW = "/WEB-INF/views/collaborative/home.xhtml";
  static final String LOGO_SERVLET = "/tenant-logo";
  static final String LOGO_ATTRIBUTE = "convene.tenant.logo";
  static final String EVENTS_VIEW = "/WEB-INF/views/collaborative/events.xhtml";
  static final String EVENT_VIEW = "/WEB-INF/views/collaborative/event.xhtml";
  static final String SERIES_VIEW = "/WEB-INF/views/collaborative/series.xhtml";
  static final String SPACE_SERVLET = "/space-files";
  static final String RESOURCES_VIEW = "/WEB-INF/views/collaborative/resources.xhtml";
  private static final Pattern RESOURCE_FILE_PATH =
      Pattern.compile("^/resources/(\\d{1,18})/[A-Za-z0-9._-]{1,120}$");
  static final String NEWS_VIEW = "/WEB-INF/views/collaborative/news.xhtml";
  static final String NEWS_ITEM_VIEW = "/WEB-INF/views/collaborative/news-item.xhtml";
  private static final Pattern NEWS_PATH = Pattern.compile("^/news/([a-z0-9-]{1,120})$");
  static final String PRACTICES_VIEW = "/WEB-INF/views/collaborative/practices.xhtml";
  static final String PRACTICE_VIEW = "/WEB-INF/views/collaborative/practice.xhtml";
  private static final Pattern PRACTICE_PATH = Pattern.compile("^/practices/([a-z0-9-]{1,120})$");
  static final String TOPIC_VIEW = "/WEB-INF/views/topic.xhtml";
  private static final Pattern TOPIC_PATH = Pattern.compile("^/topics/([a-z0-9-]{1,80})/?$");
  private static final Pattern TOPIC_ICS = Pattern.compile("^/topics/([a-z0-9-]{1,80})\\.ics$");
  static final String TOPIC_CALENDAR = "/topic-calendar";
  static final String CAMPAIGN_VIEW = "/WEB-INF/views/campaign.xhtml";
  private static final Pattern CAMPAIGN_PATH = Pattern.compile("^/campaigns/([a-z0-9-]{1,120})/?$");
  private static final Pattern CAMPAIGN_ICS =
      Pattern.compile("^/campaigns/([a-z0-9-]{1,120})\\.ics$");
  static final String CAMPAIGN_CALENDAR = "/campaign-calendar";
  static final String PRESENTER_VIEW = "/WEB-INF/views/presenter.xhtml";
  private static final Pattern PRESENTER_PATH = Pattern.compile("^/presenters/([0-9]{1,18})$");

  /** What a space path names, for the views and servlets it is forwarded to. */
  public static final String ITEM_ATTRIBUTE = "convene.space.item";

  public static final String ACTION_ATTRIBUTE = "convene.space.action";

  private static final Pattern EVENT_PATH =
      Pattern.compile("^/events/(\\d{1,18})(?:-[a-z0-9-]*)?$");
  private static final Pattern EVENT_ICS = Pattern.compile("^/events/(\\d{1,18})\\.ics$");
  private static final Pattern SERIES_PATH = Pattern.compile("^/series/([a-z0-9-]{1,80})$");
  private static final Pattern SERIES_ICS = Pattern.compile("^/series/([a-z0-9-]{1,80})\\.ics$");
  private static final Pattern MATERIAL_PATH =
      Pattern.compile("^/materials/(\\d{1,18})/[A-Za-z0-9._-]{1,120}$");
  private static final Pattern PHOTO_PATH =
      Pattern.compile("^/presenters/(\\d{1,18})/([0-9a-f]{64})$");

  private static final Pattern SPACE_PATH = Pattern.compile("^/c/([^/]+)(/.*)?$");
  private static final Pattern LOGO_PATH =
      Pattern.compile("^/logo/([0-9a-f]{64})\\.(png|jpg|webp)$");

  @Inject private CollaborativeService collaboratives;
  @Inject private MappedHosts mappedHosts;

  /**
   * The space's collaborative, kept between requests until its rows change (no lookup per page).
   */
  @Inject private org.convene.cache.ReadCache reads;

  /** The network's own host names; a request for any other unmapped host is 404. */
  @Inject
  @ConfigProperty(name = "convene.network.hosts", defaultValue = "localhost,127.0.0.1,::1")
  private String networkHosts;

  private Set<String> networkHostSet;

  @Override
  public void init() {
    networkHostSet =
        Arrays.stream(networkHosts.split(","))
            .map(h -> h.strip().toLowerCase(Locale.ROOT))
            .filter(h -> !h.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (isPassThrough(path)) {
      chain.doFilter(request, response);
      return;
    }
    if (mappedHosts.isMapped(request.getServerName())) {
      String host = request.getServerName();
      Optional<Collaborative> byHost =
          reads.get("space-host:" + host, () -> collaboratives.findActiveProfileByHost(host));
      if (byHost.isPresent()) {
        serve(byHost.get(), request.getContextPath(), path, request, response);
        return;
      }
    }
    if (!isNetworkHost(request.getServerName())) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Matcher space = SPACE_PATH.matcher(path);
    if (space.matches()) {
      String slug = space.group(1);
      String rest = space.group(2) == null ? "" : space.group(2);
      Optional<Collaborative> bySlug =
          reads.get("space:" + slug, () -> collaboratives.findActiveProfile(slug));
      if (bySlug.isPresent()) {
        serve(bySlug.get(), request.getContextPath() + "/c/" + slug, rest, request, response);
        return;
      }
      Optional<String> renamed = collaboratives.findRenamedSlug(slug);
      if (renamed.isPresent()) {
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader(
            "Location", request.getContextPath() + "/c/" + renamed.get() + rest + query);
        return;
      }
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Matcher topic = TOPIC_PATH.matcher(path);
    if (topic.matches()) {
      request.setAttribute(ITEM_ATTRIBUTE, topic.group(1));
      request.getRequestDispatcher(TOPIC_VIEW).forward(request, response);
      return;
    }
    Matcher topicCalendar = TOPIC_ICS.matcher(path);
    if (topicCalendar.matches()) {
      request.setAttribute(ITEM_ATTRIBUTE, topicCalendar.group(1));
      request.getRequestDispatcher(TOPIC_CALENDAR).forward(request, response);
      return;
    }
    Matcher campaign = CAMPAIGN_PATH.matcher(path);
    if (campaign.matches()) {
      request.setAttribute(ITEM_ATTRIBUTE, campaign.group(1));
      request.getRequestDispatcher(CAMPAIGN_VIEW).forward(request, response);
      return;
    }
    Matcher presenter = PRESENTER_PATH.matcher(path);
    if (presenter.matches()) {
      request.setAttribute(ITEM_ATTRIBUTE, presenter.group(1));
      request.getRequestDispatcher(PRESENTER_VIEW).forward(request, response);
      return;
    }
    Matcher campaignCalendar = CAMPAIGN_ICS.matcher(path);
    if (campaignCalendar.matches()) {
      request.setAttribute(ITEM_ATTRIBUTE, campaignCalendar.group(1));
      request.getRequestDispatcher(CAMPAIGN_CALENDAR).forward(request, response);
      return;
    }
    chain.doFilter(request, response);
  }

  private void serve(
      Collaborative tenant,
      String base,
      String rest,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException, ServletException {
    request.setAttribute(CurrentCollaborative.ATTRIBUTE, tenant);
    request.setAttribute(CurrentCollaborative.BASE_ATTRIBUTE, base);
    if (rest.isEmpty() || rest.equals("/")) {
      request.getRequestDispatcher(HOME_VIEW).forward(request, response);
      return;
    }
    if (base.equals(request.getContextPath())
        && (rest.equals("/sitemap.xml") || rest.equals("/robots.txt"))) {
      // a space on its own host name answers for that host: its own sitemap, and a robots.txt
      // pointing to it (crawlers take a sitemap only from the host whose addresses it lists)
      request
          .getRequestDispatcher(
              rest.equals("/robots.txt")
                  ? "/robots.txt"
                  : "/sitemaps/c/" + tenant.getSlug() + ".xml")
          .forward(request, response);
      return;
    }
    Matcher logo = LOGO_PATH.matcher(rest);
    if (logo.matches()) {
      request.setAttribute(LOGO_ATTRIBUTE, logo.group(1));
      request.getRequestDispatcher(LOGO_SERVLET).forward(request, response);
      return;
    }
    if (rest.equals("/events") || rest.equals("/events/")) {
      request.getRequestDispatcher(EVENTS_VIEW).forward(request, response);
      return;
    }
    if (rest.equals("/resources") || rest.equals("/resources/")) {
      request.getRequestDispatcher(RESOURCES_VIEW).forward(request, response);
      return;
    }
    Matcher resourceFile = RESOURCE_FILE_PATH.matcher(rest);
    if (resourceFile.matches()) {
      toServlet("resource-file", resourceFile.group(1), request, response);
      return;
    }
    if (rest.equals("/news") || rest.equals("/news/")) {
      request.getRequestDispatcher(NEWS_VIEW).forward(request, response);
      return;
    }
    Matcher news = NEWS_PATH.matcher(rest);
    if (news.matches()) {
      request.setAttribute(ITEM_ATTRIBUTE, news.group(1));
      request.getRequestDispatcher(NEWS_ITEM_VIEW).forward(request, response);
      return;
    }
    if (rest.equals("/practices") || rest.equals("/practices/")) {
      request.getRequestDispatcher(PRACTICES_VIEW).forward(request, response);
      return;
    }
    Matcher practice = PRACTICE_PATH.matcher(rest);
    if (practice.matches()) {
      request.setAttribute(ITEM_ATTRIBUTE, practice.group(1));
      request.getRequestDispatcher(PRACTICE_VIEW).forward(request, response);
      return;
    }
    if (rest.equals("/events.ics")) {
      toServlet("collaborative-calendar", null, request, response);
      return;
    }
    boolean post = "POST".equals(request.getMethod());
    Matcher m;
    if ((m = EVENT_PATH.matcher(rest)).matches()) {
      if (post) {
        toServlet("register-event", m.group(1), request, response);
      } else {
        request.setAttribute(ITEM_ATTRIBUTE, m.group(1));
        request.getRequestDispatcher(EVENT_VIEW).forward(request, response);
      }
      return;
    }
    if ((m = SERIES_PATH.matcher(rest)).matches()) {
      if (post) {
        toServlet("register-series", m.group(1), request, response);
      } else {
        request.setAttribute(ITEM_ATTRIBUTE, m.group(1));
        request.getRequestDispatcher(SERIES_VIEW).forward(request, response);
      }
      return;
    }
    if ((m = EVENT_ICS.matcher(rest)).matches()) {
      toServlet("event-calendar", m.group(1), request, response);
      return;
    }
    if ((m = SERIES_ICS.matcher(rest)).matches()) {
      toServlet("series-calendar", m.group(1), request, response);
      return;
    }
    if ((m = MATERIAL_PATH.matcher(rest)).matches()) {
      toServlet("material", m.group(1), request, response);
      return;
    }
    if ((m = PHOTO_PATH.matcher(rest)).matches()) {
      request.setAttribute(LOGO_ATTRIBUTE, m.group(2));
      toServlet("photo", m.group(1), request, response);
      return;
    }
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }

  private static void toServlet(
      String action, String item, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    request.setAttribute(ACTION_ATTRIBUTE, action);
    request.setAttribute(ITEM_ATTRIBUTE, item);
    request.getRequestDispatcher(SPACE_SERVLET).forward(request, response);
  }

  private boolean isNetworkHost(String serverName) {
    String host = serverName == null ? "" : serverName.toLowerCase(Locale.ROOT);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    return networkHostSet.contains(host);
  }

  static boolean isPassThrough(String path) {
    return path.startsWith("/jakarta.faces.resource/")
        || path.startsWith("/health")
        || path.equals("/favicon.ico");
  }
}
