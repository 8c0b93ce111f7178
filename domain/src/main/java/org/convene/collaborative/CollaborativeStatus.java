package org.convene.collaborative;

/** A suspended collaborative vanishes from public pages (404); nothing of it is deleted. */
public enum CollaborativeStatus {
  ACTIVE,
  SUSPENDED
}
