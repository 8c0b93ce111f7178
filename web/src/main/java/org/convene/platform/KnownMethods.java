package org.convene.platform;

import jakarta.el.ELClass;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls a method named in an expression ({@code #{times.date(e)}}, {@code #{list.isEmpty()}}) found
 * once per class, name and number of arguments instead of on every call. The standard resolver
 * copies and searches the class's public methods each time it is asked, which on a page of lists
 * was a measurable part of each render. Only the simple case is taken: exactly one public method of
 * that name and number of parameters, not variadic, callable from here; its arguments are coerced
 * as the standard resolver coerces them. Anything else (overloads, variadic methods, static calls,
 * explicit parameter types) is left to the standard resolvers.
 */
public class KnownMethods extends NameResolver {

  record Key(Class<?> type, String name, int arity) {}

  /** What was found for a key: the one method, or empty when the standard resolvers decide. */
  private final ConcurrentHashMap<Key, Optional<Method>> found = new ConcurrentHashMap<>();

  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (base == null
        || base instanceof ELClass
        || paramTypes != null
        || !(method instanceof String name)) {
      return null;
    }
    Object[] given = params == null ? new Object[0] : params;
    Method target =
        found
            .computeIfAbsent(new Key(base.getClass(), name, given.length), KnownMethods::find)
            .orElse(null);
    if (target == null) {
      return null;
    }
    Class<?>[] types = target.getParameterTypes();
    Object[] arguments = new Object[given.length];
    for (int i = 0; i < given.length; i++) {
      arguments[i] = context.convertToType(given[i], types[i]);
    }
    try {
      Object result = target.invoke(base, arguments);
      context.setPropertyResolved(base, method);
      return result;
    } catch (InvocationTargetException failed) {
      throw new ELException(failed.getCause());
    } catch (IllegalAccessException | IllegalArgumentException notCallable) {
      throw new ELException(notCallable);
    }
  }

  /** The one public method with this name and arity, callable through a public type, or empty. */
  static Optional<Method> find(Key key) {
    List<Method> candidates =
        Arrays.stream(key.type().getMethods())
            .filter(m -> m.getName().equals(key.name()))
            .filter(m -> m.getParameterCount() == key.arity())
            .filter(m -> !Modifier.isStatic(m.getModifiers()))
            .toList();
    if (candidates.size() != 1 || candidates.get(0).isVarArgs()) {
      return Optional.empty();
    }
    return callable(key.type(), candidates.get(0));
  }

  /** The method as a public class or interface declares it (a lambda's or inner class's is not). */
  private static Optional<Method> callable(Class<?> type, Method method) {
    if (Modifier.isPublic(method.getDeclaringClass().getModifiers())
        && method
            .getDeclaringClass()
            .getModule()
            .isExported(
                method.getDeclaringClass().getPackageName(), KnownMethods.class.getModule())) {
      return Optional.of(method);
    }
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> i : c.getInterfaces()) {
        try {
          Optional<Method> declared =
              callable(i, i.getMethod(method.getName(), method.getParameterTypes()));
          if (declared.isPresent()) {
            return declared;
          }
        } catch (NoSuchMethodException notThere) {
          // another interface may declare it
        }
      }
    }
    return Optional.empty();
  }
}
