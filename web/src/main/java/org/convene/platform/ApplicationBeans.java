package org.convene.platform;

import jakarta.el.ELContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.AmbiguousResolutionException;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves the name of an application-scoped bean ({@code times}, {@code layout}, {@code tenant})
 * to the same client proxy CDI's resolver gives, looked up once instead of on every expression. CDI
 * resolves a name by searching its beans and choosing among them each time; a page refers to these
 * beans a few hundred times per render. Names of beans of any other scope, and names that are no
 * bean's, are left to CDI's resolver as before.
 */
public class ApplicationBeans extends NameResolver {

  private static final Object NOT_ONE = new Object();

  private final ConcurrentHashMap<String, Object> references = new ConcurrentHashMap<>();

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base != null || !(property instanceof String name)) {
      return null;
    }
    Object reference = references.computeIfAbsent(name, ApplicationBeans::lookUp);
    if (reference == NOT_ONE) {
      return null;
    }
    context.setPropertyResolved(null, property);
    return reference;
  }

  /** The client proxy of the application-scoped bean with this name, or {@link #NOT_ONE}. */
  private static Object lookUp(String name) {
    BeanManager beans = CDI.current().getBeanManager();
    Bean<?> bean;
    try {
      bean = beans.resolve(beans.getBeans(name));
    } catch (AmbiguousResolutionException ambiguous) {
      return NOT_ONE;
    }
    if (bean == null || bean.getScope() != ApplicationScoped.class) {
      return NOT_ONE;
    }
    return beans.getReference(bean, Object.class, beans.createCreationalContext(bean));
  }
}
