package org.convene.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** The JSON API under {@code /api}. Read-only, apart from public event registration. */
@ApplicationPath("/api")
public class ApiApplication extends Application {

  /** No generated WADL: the API is described by its own documentation, not by Jersey's. */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
