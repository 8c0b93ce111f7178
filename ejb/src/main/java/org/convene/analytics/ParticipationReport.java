package org.convene.analytics;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Participation in a collaborative's events (or the whole network's): each part is the answer of
 * one aggregate query, never rows loaded into Java.
 */
public record ParticipationReport(
    String scope,
    Totals totals,
    List<Count> months,
    List<EventFigures> events,
    List<SeriesFigures> series,
    List<Count> organisations,
    List<Count> professions)
    implements Serializable {

  /** A label and how many. */
  public record Count(String label, long count) implements Serializable {}

  /**
   * Registrations by status; attendance among confirmed seats of events that have ended; how many
   * waited for a seat and how many of those got one; distinct people.
   */
  public record Totals(
      long registrations,
      long confirmed,
      long waitlisted,
      long cancelled,
      long attended,
      long pastConfirmed,
      long pastAttended,
      long waited,
      long seatedAfterWaiting,
      long people)
      implements Serializable {

    /** Attended seats of past events, as a share of their confirmed seats (0–100). */
    public long attendanceRate() {
      return pastConfirmed == 0 ? 0 : Math.round(100.0 * pastAttended / pastConfirmed);
    }

    /** Of those who waited for a seat, the share that got one (0–100). */
    public long waitlistConversion() {
      return waited == 0 ? 0 : Math.round(100.0 * seatedAfterWaiting / waited);
    }
  }

  /** One event: sign-ups (not cancelled), attended, waiting, cancelled, and an editor's figure. */
  public record EventFigures(
      long id,
      String title,
      Instant startsAt,
      String zoneId,
      long registered,
      long attended,
      long waitlisted,
      long cancelled,
      Integer enteredAttendance)
      implements Serializable {}

  /**
   * One series: its sessions, distinct people signed up, distinct people who attended (the
   * participants across the series), of whom how many came to more than one session, and the figure
   * an editor entered instead, if any.
   */
  public record SeriesFigures(
      long id,
      String title,
      long sessions,
      long people,
      long participants,
      long returning,
      long attendances,
      Integer enteredParticipants)
      implements Serializable {

    /** Participants who came to one session only. */
    public long newcomers() {
      return participants - returning;
    }
  }
}
