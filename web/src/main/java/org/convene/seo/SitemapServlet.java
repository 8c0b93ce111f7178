package org.convene.seo;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.convene.collaborative.Collaborative;
import org.convene.tenancy.CanonicalAddresses;

/**
 * {@code /sitemap.xml}, a sitemap index: {@code /sitemaps/network.xml} (the network's own pages and
 * topics) and one {@code /sitemaps/c/{slug}.xml} per active collaborative (its space and everything
 * it publishes, at their canonical addresses: a space on its own host name is listed there), so no
 * file nears the protocol's 50,000 addresses. {@code /robots.txt} points to it and keeps the
 * workspace, sign-in and personal links out of search engines.
 */
@WebServlet(urlPatterns = {"/sitemap.xml", "/sitemaps/*", "/robots.txt"})
public class SitemapServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final Pattern SPACE = Pattern.compile("^/c/([a-z0-9-]{1,60})\\.xml$");

  @Inject private SitemapService sitemap;
  @Inject private CanonicalAddresses addresses;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String base = addresses.network();
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "public, max-age=600");
    switch (request.getServletPath()) {
      case "/robots.txt" -> {
        // on a space's own host name (forwarded by TenantFilter) the sitemap is that space's
        Object tenant = request.getAttribute("convene.tenant");
        robots(
            response,
            tenant instanceof Collaborative space
                ? addresses.space(space.getSlug(), space.getHostName())
                : base);
      }
      case "/sitemap.xml" -> index(response, base);
      default -> {
        String file = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (file.equals("/network.xml")) {
          urlset(response, base, sitemap.network());
          return;
        }
        Matcher space = SPACE.matcher(file);
        Optional<SitemapService.SpacePages> pages =
            space.matches() ? sitemap.space(space.group(1)) : Optional.empty();
        if (pages.isEmpty()) {
          response.sendError(HttpServletResponse.SC_NOT_FOUND);
          return;
        }
        urlset(
            response,
            addresses.space(space.group(1), pages.get().hostName()),
            pages.get().entries());
      }
    }
  }

  private static void robots(HttpServletResponse response, String base) throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    PrintWriter out = response.getWriter();
    out.print(
        "User-agent: *\n"
            + "Disallow: /manage\n"
            + "Disallow: /admin\n"
            + "Disallow: /login\n"
            + "Disallow: /logout\n"
            + "Disallow: /forgot-password\n"
            + "Disallow: /reset-password\n"
            + "Disallow: /registrations/\n"
            + "Disallow: /search\n"
            + "\nSitemap: "
            + base
            + "/sitemap.xml\n");
  }

  private void index(HttpServletResponse response, String base) throws IOException {
    write(
        response,
        xml -> {
          xml.writeStartElement("sitemapindex");
          xml.writeDefaultNamespace(NS);
          sitemapEntry(xml, base + "/sitemaps/network.xml", null);
          for (SitemapService.Space space : sitemap.spaces()) {
            sitemapEntry(xml, base + "/sitemaps/c/" + space.slug() + ".xml", space.lastModified());
          }
          xml.writeEndElement();
        });
  }

  private static void urlset(
      HttpServletResponse response, String base, List<SitemapService.Entry> entries)
      throws IOException {
    write(
        response,
        xml -> {
          xml.writeStartElement("urlset");
          xml.writeDefaultNamespace(NS);
          for (SitemapService.Entry entry : entries) {
            xml.writeStartElement("url");
            element(xml, "loc", base + entry.path());
            if (entry.lastModified() != null) {
              element(xml, "lastmod", DateTimeFormatter.ISO_INSTANT.format(entry.lastModified()));
            }
            xml.writeEndElement();
          }
          xml.writeEndElement();
        });
  }

  private static void sitemapEntry(XMLStreamWriter xml, String loc, Instant lastModified)
      throws XMLStreamException {
    xml.writeStartElement("sitemap");
    element(xml, "loc", loc);
    if (lastModified != null) {
      element(xml, "lastmod", DateTimeFormatter.ISO_INSTANT.format(lastModified));
    }
    xml.writeEndElement();
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private interface Body {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  private static void write(HttpServletResponse response, Body body) throws IOException {
    response.setContentType("application/xml;charset=UTF-8");
    try {
      XMLStreamWriter xml =
          XMLOutputFactory.newFactory().createXMLStreamWriter(response.getWriter());
      xml.writeStartDocument("UTF-8", "1.0");
      body.write(xml);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("The sitemap could not be written", e);
    }
  }
}
