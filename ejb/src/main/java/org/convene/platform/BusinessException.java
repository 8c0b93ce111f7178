package org.convene.platform;

import jakarta.ejb.ApplicationException;

/**
 * Base of every business failure a service reports to its caller. Rolls back the transaction and
 * reaches the caller unwrapped (not as an EJBException).
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BusinessException(String message) {
    super(message);
  }
}
