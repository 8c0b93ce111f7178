package org.convene.platform;

/** Someone else saved the same item since this editor opened it; nothing was overwritten. */
public class ConcurrentEditException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ConcurrentEditException(String what) {
    super(
        "Someone else saved this "
            + what
            + " while you were editing it. Your changes were not saved, so theirs are not lost:"
            + " reload the page to see the current version, then make your changes again.");
  }
}
