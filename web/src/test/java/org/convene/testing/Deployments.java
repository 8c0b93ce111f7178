package org.convene.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds Arquillian deployments from the real {@code convene.war} the build just packaged, so an
 * in-container test runs against exactly what ships, plus the test's own classes.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive portal(Class<?>... testClasses) {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Portal.war().toFile())
        .addClasses(testClasses)
        .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
  }

  /** The jar a test-classpath class comes from (AssertJ's, for assertions in the container). */
  private static java.io.File jarOf(Class<?> type) {
    try {
      return new java.io.File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
