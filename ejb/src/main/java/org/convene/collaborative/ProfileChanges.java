package org.convene.collaborative;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** A before/after summary of a profile change for the audit log. */
final class ProfileChanges {

  private ProfileChanges() {}

  static String between(CollaborativeProfile before, CollaborativeProfile after) {
    List<String> changes = new ArrayList<>();
    compare(changes, "name", before.name(), after.name());
    compare(changes, "short name", before.shortName(), after.shortName());
    compare(changes, "tagline", before.tagline(), after.tagline());
    compare(changes, "region", before.region(), after.region());
    compare(changes, "states", new TreeSet<>(before.states()), new TreeSet<>(after.states()));
    compare(changes, "founded", before.foundedYear(), after.foundedYear());
    compare(
        changes, "member organisations", before.memberOrganisations(), after.memberOrganisations());
    compare(changes, "clinicians", before.clinicians(), after.clinicians());
    compare(changes, "website", before.website(), after.website());
    compare(changes, "contact e-mail", before.contactEmail(), after.contactEmail());
    if (!Objects.equals(before.about(), after.about())) {
      changes.add("about text changed");
    }
    if (before.socialLinks().size() != after.socialLinks().size()) {
      changes.add(
          "social links: " + before.socialLinks().size() + " → " + after.socialLinks().size());
    }
    compare(changes, "partners", before.partners(), after.partners());
    return changes.isEmpty() ? "Profile saved without changes" : String.join("; ", changes);
  }

  private static void compare(List<String> changes, String label, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      changes.add(label + ": " + show(before) + " → " + show(after));
    }
  }

  private static String show(Object value) {
    return value == null ? "(none)" : "'" + value + "'";
  }
}
