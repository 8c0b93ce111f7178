package org.convene.account;

import org.convene.platform.BusinessException;

/**
 * The caller may not do this. Pages answer 404, exactly as for something that does not exist, so
 * nobody learns what they cannot see.
 */
public class AccessDeniedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
