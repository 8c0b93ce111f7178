package org.convene.event;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recording links from the common video hosts, as the address of their privacy-enhanced embedded
 * player: YouTube through {@code youtube-nocookie.com} (no cookies until the visitor plays), Vimeo
 * with {@code dnt=1} (no tracking). Any other link has no player and stays a link. The players'
 * origins are the only ones the pages' Content-Security-Policy lets into a frame.
 */
public final class Recordings {

  /** The origins embedded players are loaded from (the policy's {@code frame-src}). */
  public static final List<String> PLAYER_ORIGINS =
      List.of("https://www.youtube-nocookie.com", "https://player.vimeo.com");

  private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
  private static final Pattern VIMEO_ID = Pattern.compile("[0-9]{6,12}");

  private Recordings() {}

  /** The embedded player's address for a recording link, if it is one from a known host. */
  public static Optional<String> player(String link) {
    if (link == null || link.isBlank()) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(link.trim());
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
    if (uri.getHost() == null || !"https".equalsIgnoreCase(String.valueOf(uri.getScheme()))) {
      return Optional.empty();
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^(www\\.|m\\.)", "");
    String path = uri.getPath() == null ? "" : uri.getPath();
    String id =
        switch (host) {
          case "youtube.com", "youtube-nocookie.com" -> youtubeId(path, uri.getRawQuery());
          case "youtu.be" -> first(path);
          case "vimeo.com", "player.vimeo.com" -> last(path);
          default -> null;
        };
    if (id == null) {
      return Optional.empty();
    }
    if (host.contains("vimeo")) {
      return VIMEO_ID.matcher(id).matches()
          ? Optional.of("https://player.vimeo.com/video/" + id + "?dnt=1")
          : Optional.empty();
    }
    return YOUTUBE_ID.matcher(id).matches()
        ? Optional.of("https://www.youtube-nocookie.com/embed/" + id)
        : Optional.empty();
  }

  private static String youtubeId(String path, String query) {
    if (path.equals("/watch") && query != null) {
      Matcher v = Pattern.compile("(?:^|&)v=([^&]+)").matcher(query);
      return v.find() ? v.group(1) : null;
    }
    for (String prefix : List.of("/embed/", "/live/", "/shorts/", "/v/")) {
      if (path.startsWith(prefix)) {
        return first(path.substring(prefix.length() - 1));
      }
    }
    return null;
  }

  private static String first(String path) {
    String[] parts = path.split("/");
    return parts.length > 1 ? parts[1] : null;
  }

  private static String last(String path) {
    String[] parts = path.split("/");
    return parts.length > 0 ? parts[parts.length - 1] : null;
  }
}
