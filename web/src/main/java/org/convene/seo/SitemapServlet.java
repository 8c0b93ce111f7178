package org.convene.seo;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.convene.event.CalendarResponses;

/**
 * {@code /sitemap.xml} (every public page, with its last change) and {@code /robots.txt} (which
 * points to it and keeps the workspace, sign-in and personal links out of search engines).
 */
@WebServlet(urlPatterns = {"/sitemap.xml", "/robots.txt"})
public class SitemapServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

  @Inject private SitemapService sitemap;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String base = CalendarResponses.origin(request) + request.getContextPath();
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "public, max-age=600");
    if (request.getServletPath().equals("/robots.txt")) {
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
      return;
    }
    response.setContentType("application/xml;charset=UTF-8");
    try {
      XMLStreamWriter xml =
          XMLOutputFactory.newFactory().createXMLStreamWriter(response.getWriter());
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("urlset");
      xml.writeDefaultNamespace(NS);
      for (SitemapService.Entry entry : sitemap.entries()) {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(base + entry.path());
        xml.writeEndElement();
        if (entry.lastModified() != null) {
          xml.writeStartElement("lastmod");
          xml.writeCharacters(DateTimeFormatter.ISO_INSTANT.format(entry.lastModified()));
          xml.writeEndElement();
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("The sitemap could not be written", e);
    }
  }
}
