package org.convene.revision;

/**
 * An editor's form that revisions keep and restore: restoring saves it with a new version and note.
 */
public interface RevisableForm {

  void setVersion(long version);

  void setNote(String note);
}
