package org.convene.platform;

import org.convene.text.Texts;

/** Someone else saved the same item since this editor opened it; nothing was overwritten. */
public class ConcurrentEditException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ConcurrentEditException(String what) {
    super(Texts.of("concurrentEdit.someoneElseSaved", what));
  }
}
