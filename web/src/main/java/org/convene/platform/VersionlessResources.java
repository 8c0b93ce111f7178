package org.convene.platform;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resource URLs never show a library's version ({@code ?ln=primefaces&v=15.0.13} tells an attacker
 * which advisories apply): the version parameter becomes a digest of it, which still changes with
 * every upgrade, so browsers' caches stay correct.
 */
public class VersionlessResources extends ResourceHandlerWrapper {

  private static final Pattern VERSION = Pattern.compile("([?&]v=)([^&]+)");

  public VersionlessResources(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Resource createResource(String resourceName, String libraryName) {
    return versionless(super.createResource(resourceName, libraryName));
  }

  @Override
  public Resource createResource(String resourceName, String libraryName, String contentType) {
    return versionless(super.createResource(resourceName, libraryName, contentType));
  }

  @Override
  public Resource createResource(String resourceName) {
    return versionless(super.createResource(resourceName));
  }

  private static Resource versionless(Resource resource) {
    if (resource == null) {
      return null;
    }
    return new ResourceWrapper(resource) {
      @Override
      public String getRequestPath() {
        return hideVersion(super.getRequestPath());
      }
    };
  }

  /** Paths already rewritten: a page asks for the same few resources on every render. */
  private static final java.util.Map<String, String> HIDDEN =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int REMEMBERED = 1_000;

  /** The path with its {@code v} parameter replaced by a digest of the version. */
  static String hideVersion(String path) {
    String hidden = HIDDEN.get(path);
    if (hidden == null) {
      hidden = rewrite(path);
      if (HIDDEN.size() < REMEMBERED) {
        HIDDEN.put(path, hidden);
      }
    }
    return hidden;
  }

  private static String rewrite(String path) {
    Matcher m = VERSION.matcher(path);
    if (!m.find()) {
      return path;
    }
    String digest =
        Digests.sha256Hex(("convene-resource:" + m.group(2)).getBytes(StandardCharsets.UTF_8))
            .substring(0, 12);
    return path.substring(0, m.start()) + m.group(1) + digest + path.substring(m.end());
  }
}
