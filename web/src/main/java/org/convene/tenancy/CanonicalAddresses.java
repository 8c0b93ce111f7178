package org.convene.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one public address of the network and of each space, for canonical links, sitemaps and
 * structured data: the network at {@code CONVENE_BASE_URL}; a space on its own host name there
 * (with the network's scheme), every other space at {@code /c/{slug}} of the network.
 */
@ApplicationScoped
public class CanonicalAddresses {

  @Inject
  @ConfigProperty(name = "convene.base-url", defaultValue = "http://127.0.0.1:8080")
  String networkUrl;

  /** The network's address, without a trailing slash. */
  public String network() {
    return networkUrl.endsWith("/") ? networkUrl.substring(0, networkUrl.length() - 1) : networkUrl;
  }

  /** A space's address, without a trailing slash. */
  public String space(String slug, String hostName) {
    if (hostName != null) {
      return (network().startsWith("https:") ? "https" : "http") + "://" + hostName;
    }
    return network() + "/c/" + slug;
  }
}
