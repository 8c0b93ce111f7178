package org.convene.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test the one {@link Portal} of its JVM, booting it on first use and stopping it when the
 * JVM's tests are done (the root store closes it).
 *
 * <pre>{@code
 * @ExtendWith(RunningPortal.class)
 * class HomePageIT {
 *   @Test void listsCollaboratives(Portal portal) { ... }
 * }
 * }</pre>
 */
public class RunningPortal implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RunningPortal.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Portal.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Portal.class, key -> boot(), Portal.class);
  }

  private static Portal boot() {
    try {
      return Portal.start(Portal.war());
    } catch (Exception e) {
      throw new ParameterResolutionException("Could not start the portal: " + e.getMessage(), e);
    }
  }
}
