package org.convene.finding;

import java.util.List;
import org.convene.practice.Practice;
import org.convene.topic.Topic;

/**
 * A public finding as pages show it: the finding (with the event or series it belongs to and its
 * collaborative loaded), its topics, and those of its practices that are public.
 */
public record FindingView(Finding finding, List<Topic> topics, List<Practice> practices) {

  public FindingView {
    topics = List.copyOf(topics);
    practices = List.copyOf(practices);
  }

  /** The finding's address on the page of the event or series it belongs to. */
  public String path() {
    return "/c/"
        + finding.getCollaborative().getSlug()
        + finding.getSourcePath()
        + "#"
        + finding.getAnchor();
  }
}
