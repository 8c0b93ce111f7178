package org.convene.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API under {@code /api}. Read-only, apart from public event registration. */
@ApplicationPath("/api")
public class ApiApplication extends Application {}
