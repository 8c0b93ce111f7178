package org.convene.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.account.CurrentUser;
import org.convene.collaborative.CollaborativeService;
import org.convene.platform.TableQuery;

/**
 * {@code #{collaborativePicker.complete}}: the administrators' collaborative picker searches as
 * they type (the ten best matches of the collaboratives table's search, "Name (slug)"), instead of
 * a list of every collaborative in the page. What is chosen names the slug in its brackets; typed
 * without the picker (no JavaScript), the text is taken as the slug.
 */
@Named
@ApplicationScoped
public class CollaborativePicker {

  /** How many suggestions the picker shows. */
  static final int SUGGESTIONS = 10;

  private static final Pattern CHOSEN = Pattern.compile("\\(([a-z0-9-]+)\\)\\s*$");

  @Inject private CurrentUser user;
  @Inject private CollaborativeService collaboratives;

  public List<String> complete(String words) {
    return collaboratives
        .administration(user.actor(), new TableQuery(words, Map.of(), null, true, 0, SUGGESTIONS))
        .items()
        .stream()
        .map(c -> c.getName() + " (" + c.getSlug() + ")")
        .toList();
  }

  /** The slug a picker's value names: in its brackets, or the whole text. */
  public static String slugOf(String chosen) {
    if (chosen == null) {
      return null;
    }
    Matcher m = CHOSEN.matcher(chosen);
    return m.find() ? m.group(1) : chosen.strip();
  }
}
