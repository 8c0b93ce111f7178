package org.convene.platform;

/**
 * Input a user can correct: names the field and says, in words for that user, what is wrong.
 * Nothing has been changed when it is thrown.
 */
public class InvalidInputException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The input it is about (for example {@code logo} or {@code primaryColour}). */
  public String getField() {
    return field;
  }
}
