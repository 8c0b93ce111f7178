package org.convene.collaborative;

/** Where a collaborative has a social profile. */
public enum SocialNetwork {
  LINKEDIN("LinkedIn"),
  X("X (Twitter)"),
  FACEBOOK("Facebook"),
  YOUTUBE("YouTube"),
  INSTAGRAM("Instagram"),
  BLUESKY("Bluesky"),
  MASTODON("Mastodon");

  private final String displayName;

  SocialNetwork(String displayName) {
    this.displayName = displayName;
  }

  public String getDisplayName() {
    return displayName;
  }
}
