package org.convene.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/**
 * The JSON API under {@code /api}. Read-only, apart from public event registration. Its document is
 * {@code /openapi} (MicroProfile OpenAPI, from the annotations on the resources and on {@link
 * Representations}).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Convene read API",
            version = "1",
            description =
                "What the network's collaboratives publish, as JSON: events (and registration),"
                    + " series, news, resources, topics, collaboratives and full-text search."
                    + " Only published items of active collaboratives are ever answered; drafts and"
                    + " suspended collaboratives' items are not found, exactly like unknown ids."
                    + " Lists have 50 items a page (search: 20). Refusals are JSON with an error"
                    + " code, a message and, for invalid input, each refused field.",
            license = @License(name = "Content © each collaborative")))
public class ApiApplication extends Application {

  /** No generated WADL: the API is described by its own documentation, not by Jersey's. */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
