package org.convene.event;

import org.convene.platform.BusinessException;

/** The event exists and is public but does not take registrations (closed, cancelled, over). */
public class RegistrationClosedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public RegistrationClosedException(String message) {
    super(message);
  }
}
