package org.convene.platform;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;

/**
 * The part every one of Convene's expression resolvers shares: they only answer reads (a name's
 * value, or a method call), so types, writes and read-only questions go on to the standard
 * resolvers.
 */
abstract class NameResolver extends ELResolver {

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // left to the standard resolvers
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base == null ? String.class : null;
  }
}
