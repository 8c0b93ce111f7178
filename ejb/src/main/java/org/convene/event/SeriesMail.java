package org.convene.event;

import java.util.List;

/** The one e-mail a series sign-up sends: every session, its own cancel link, and one for all. */
final class SeriesMail {

  /**
   * One session of the sign-up: the event, when it is (in words), its details, whether the seat is
   * confirmed (else the waitlist position), and the link that cancels this session only.
   */
  record Session(
      Event event,
      String when,
      String details,
      boolean confirmed,
      int waitlistPosition,
      String cancelLink) {}

  private SeriesMail() {}

  static String subject(Series series, List<Session> sessions) {
    long confirmed = sessions.stream().filter(Session::confirmed).count();
    if (confirmed == sessions.size()) {
      return "You're registered: "
          + series.getTitle()
          + " ("
          + sessions.size()
          + (sessions.size() == 1 ? " session)" : " sessions)");
    }
    if (confirmed == 0) {
      return "You're on the waitlist: " + series.getTitle();
    }
    return "Your sign-up: " + series.getTitle();
  }

  static String text(String name, Series series, List<Session> sessions, String seriesCancelLink) {
    StringBuilder body = new StringBuilder();
    body.append("Hello ").append(name).append(",\n\n");
    body.append("You signed up for ")
        .append(sessions.size() == 1 ? "1 session" : sessions.size() + " sessions")
        .append(" of ")
        .append(series.getTitle())
        .append(" (")
        .append(series.getCollaborative().getName())
        .append("):\n\n");
    int n = 1;
    for (Session s : sessions) {
      body.append(n++).append(". ").append(s.event().getTitle()).append("\n");
      if (s.confirmed()) {
        body.append("Your seat is confirmed.\n");
      } else {
        body.append("You are on the waitlist (number ")
            .append(s.waitlistPosition())
            .append(" in line). If a seat opens up, it is yours automatically and we will e-mail")
            .append(" you the joining details.\n");
      }
      body.append(s.details());
      body.append("Cancel this session only:\n").append(s.cancelLink()).append("\n\n");
    }
    long confirmed = sessions.stream().filter(Session::confirmed).count();
    if (confirmed > 0) {
      body.append("One calendar file with ")
          .append(confirmed == 1 ? "your confirmed session" : "your " + confirmed + " sessions")
          .append(" is attached.\n\n");
    }
    body.append("Can't come to any of them? Cancel the whole series here, so someone on the")
        .append(" waitlist gets your seats:\n")
        .append(seriesCancelLink)
        .append("\n\n— ")
        .append(series.getCollaborative().getName())
        .append("\n");
    return body.toString();
  }
}
