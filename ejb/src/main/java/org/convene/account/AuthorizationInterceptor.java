package org.convene.account;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;

/**
 * Runs before every method annotated {@link Authorized}: resolves the actor through {@link
 * AccessControl} (reloading its account, so a disabled account or a removed membership counts at
 * once), applies the rule, and replaces the actor argument with the authorised one. A refusal
 * throws before the method body runs, inside its transaction, so nothing is changed.
 */
@Authorized(Authorized.Rule.PLATFORM) // the binding; the rule itself is read from the method
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AuthorizationInterceptor {

  @Inject private AccessControl access;

  @AroundInvoke
  public Object authorise(InvocationContext invocation) throws Exception {
    Method method = invocation.getMethod();
    Authorized authorized = method.getAnnotation(Authorized.class);
    int at = actorParameter(method);
    if (authorized == null || at < 0) {
      throw new IllegalStateException(method + " must be annotated @Authorized and take an Actor");
    }
    Object[] arguments = invocation.getParameters();
    String slug = null;
    if (authorized.value() == Authorized.Rule.EDITOR) {
      slug = (String) arguments[at + 1];
    }
    arguments[at] = access.authorise((Actor) arguments[at], authorized.value(), slug);
    invocation.setParameters(arguments);
    return invocation.proceed();
  }

  /** The index of the method's {@link Actor} parameter, or -1. */
  static int actorParameter(Method method) {
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      if (types[i] == Actor.class) {
        return i;
      }
    }
    return -1;
  }
}
