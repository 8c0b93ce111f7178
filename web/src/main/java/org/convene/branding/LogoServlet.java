package org.convene.branding;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.convene.collaborative.Collaborative;

/**
 * Sends a collaborative's current logo. Reached only through the tenant filter ({@code
 * /c/{slug}/logo/{sha256}.{ext}}); the URL names the content, so it may be cached for a year.
 */
@WebServlet(urlPatterns = "/tenant-logo")
public class LogoServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String TENANT = "convene.tenant";
  private static final String LOGO = "convene.tenant.logo";

  @Inject private BrandingService branding;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Collaborative owner = (Collaborative) request.getAttribute(TENANT);
    String sha256 = (String) request.getAttribute(LOGO);
    Optional<LogoImage> logo = branding.findCurrentLogo(owner, sha256);
    if (logo.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String etag = "\"" + logo.get().sha256() + "\"";
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    response.setHeader("ETag", etag);
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType(logo.get().format().contentType());
    response.setContentLength(logo.get().content().length);
    response.getOutputStream().write(logo.get().content());
  }
}
