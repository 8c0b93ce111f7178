package org.convene.testing;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The demo network (the seeds' real content) on a portal of its own, in a schema of its own: booted
 * and loaded once for the JVM's tests that ask for it, then stopped and its schema dropped. Tests
 * only read it (the demo is what visitors and editors see first; a test that changes data makes its
 * own rows on the shared portal instead).
 *
 * <pre>{@code
 * @ExtendWith(DemoNetwork.class)
 * class DemoSearchIT {
 *   @Test void findsTheSeeds(DemoNetwork.Running demo) { demo.portal().get("/search?q=…"); }
 * }
 * }</pre>
 */
public class DemoNetwork implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(DemoNetwork.class);

  /** The booted demo portal and the schema it lives in. */
  public record Running(Portal portal, String schema) implements AutoCloseable {

    @Override
    public void close() throws Exception {
      try {
        portal.close();
      } finally {
        try (Connection c = TestDatabase.connectAsOwner();
            Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Running.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Running.class, key -> boot(), Running.class);
  }

  private static Running boot() {
    String schema = "demo_" + Long.toHexString(System.nanoTime());
    try {
      Portal portal = Portal.launch(Portal.war(), schema, false, Map.of("CONVENE_DEMO", "true"));
      Running running = new Running(portal, schema);
      portal.awaitReady(Duration.ofMinutes(3));
      awaitDemo(portal);
      return running;
    } catch (Exception e) {
      throw new ParameterResolutionException("Could not start the demo: " + e.getMessage(), e);
    }
  }

  /** The demo loads in one transaction: once one of its items is found, all of it is there. */
  private static void awaitDemo(Portal portal) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      last = portal.get("/api/v1/search?q=playbook").body();
      if (last.contains("Mental Health Playbook")) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("The demo network never appeared: " + last);
  }
}
