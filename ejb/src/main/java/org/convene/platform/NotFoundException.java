package org.convene.platform;

/** The item does not exist, or not for this caller (the two are never told apart). */
public class NotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
