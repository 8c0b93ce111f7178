package org.convene.event;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convene.collaborative.Collaborative;
import org.convene.mail.Letter;
import org.convene.mail.MailOutbox;
import org.convene.mail.Mailer;

/**
 * What registration e-mails say, in the registrant's language: each a {@link Letter} of bundle
 * sentences queued in the caller's transaction (so it leaves only if the sign-up, cancellation or
 * reminder commits). {@link RegistrationService} decides seats; this writes to the people.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class RegistrationMail {

  @EJB private MailOutbox outbox;
  @EJB private Mailer mailer;

  /** One session of a series sign-up: its seat or place in line, and its own cancel token. */
  public record Session(Event event, boolean confirmed, int waitlistPosition, String cancelToken) {}

  /**
   * A registration's details: its seat or place in line, when and where, the calendar invitation
   * for a seat, and a cancel link. {@code headline} names why it is sent again ({@code already},
   * {@code seatOpened}, {@code promoted}) or is null.
   */
  public void details(
      Event event, Registration r, String token, String headline, int waitlistPosition) {
    boolean confirmed = r.getStatus() == RegistrationStatus.CONFIRMED;
    Letter letter = letter(r.getLocale(), event.getCollaborative());
    if (headline != null) {
      letter.subject("subject." + headline, event.getTitle());
    } else {
      letter.subject(confirmed ? "subject.confirmed" : "subject.waitlisted", event.getTitle());
    }
    letter.greet(r.getName());
    if (headline != null) {
      letter.p("headline." + headline);
    }
    if (confirmed) {
      letter.p("seat.confirmed", event.getTitle());
    } else {
      letter.p("seat.waitlisted", event.getTitle(), waitlistPosition);
    }
    details(letter, event, confirmed, r.getLocale());
    if (confirmed) {
      letter.p("calendar.attached").button("button.addToCalendar", calendarUrl(event));
    }
    letter.p("cancel.hint").button("button.cancelSeat", cancelUrl("token", token));
    outbox.enqueue(
        r.getEmail(),
        letter,
        confirmed ? calendarFor(List.of(event), event.getTitle(), letter) : null);
  }

  /** One e-mail for a series sign-up: every session, its cancel link, one link for all. */
  public void series(
      String name,
      String email,
      String language,
      Series series,
      List<Session> sessions,
      String seriesToken) {
    long seats = sessions.stream().filter(Session::confirmed).count();
    Letter letter = letter(language, series.getCollaborative());
    if (seats == sessions.size()) {
      letter.subject("subject.series.all", series.getTitle(), sessions.size());
    } else {
      letter.subject(
          seats == 0 ? "subject.series.waitlisted" : "subject.series.mixed", series.getTitle());
    }
    letter
        .greet(name)
        .p("series.intro", sessions.size(), series.getTitle(), series.getCollaborative().getName());
    List<Event> confirmed = new ArrayList<>();
    int n = 1;
    for (Session s : sessions) {
      letter.heading(letter.t("series.session", n++, s.event().getTitle()));
      if (s.confirmed()) {
        confirmed.add(s.event());
        letter.p("series.confirmed");
      } else {
        letter.p("series.waitlisted", s.waitlistPosition());
      }
      details(letter, s.event(), s.confirmed(), language);
      letter.link("series.cancelOne", cancelUrl("token", s.cancelToken()));
    }
    if (!confirmed.isEmpty()) {
      letter.p("series.calendar", confirmed.size());
    }
    letter.p("series.cancelAll").button("button.cancelSeries", cancelUrl("series", seriesToken));
    outbox.enqueue(
        email,
        letter,
        confirmed.isEmpty() ? null : calendarFor(confirmed, series.getTitle(), letter));
  }

  /** The person cancelled their registration through their link. */
  public void cancelled(Registration r, Event event, boolean hadSeat) {
    Letter letter =
        letter(r.getLocale(), event.getCollaborative())
            .subject("subject.cancelled", event.getTitle())
            .greet(r.getName())
            .p("cancelled.body", event.getTitle(), when(event, r.getLocale()));
    if (hadSeat) {
      letter.p("cancelled.seatPassed");
    }
    letter.p("cancelled.again").button("button.eventPage", pageUrl(event));
    outbox.enqueue(r.getEmail(), letter, null);
  }

  /** Everyone signed up is told the organiser cancelled the event, with a calendar update. */
  public void eventCancelled(Event event, List<Registration> people) {
    for (Registration r : people) {
      Letter letter =
          letter(r.getLocale(), event.getCollaborative())
              .subject("subject.eventCancelled", event.getTitle())
              .greet(r.getName())
              .p(
                  "eventCancelled.body",
                  event.getTitle(),
                  when(event, r.getLocale()),
                  event.getCollaborative().getName())
              .link("button.eventPage", pageUrl(event));
      // the calendar update in the registrant's language, like the letter
      outbox.enqueue(r.getEmail(), letter, calendarFor(List.of(event), event.getTitle(), letter));
    }
  }

  /** The reminder a day before, with the joining details. */
  public void reminder(Registration r) {
    Event e = r.getEvent();
    Letter letter =
        letter(r.getLocale(), e.getCollaborative())
            .subject("subject.reminder", e.getTitle(), when(e, r.getLocale()))
            .greet(r.getName())
            .p("reminder.starts", e.getTitle());
    details(letter, e, true, r.getLocale());
    outbox.enqueue(r.getEmail(), letter.p("cancel.hintWithoutLink"), null);
  }

  /** The whole-series link cancelled these sessions. */
  public void seriesCancelled(Registration first, Series series, List<Event> cancelled) {
    Letter letter =
        letter(first.getLocale(), series.getCollaborative())
            .subject("subject.seriesCancelled", series.getTitle())
            .greet(first.getName())
            .p("seriesCancelled.body", series.getTitle())
            .list(
                cancelled.stream()
                    .map(e -> e.getTitle() + " (" + when(e, first.getLocale()) + ")")
                    .toList())
            .p("seriesCancelled.again")
            .button(
                "button.seriesPage",
                mailer.link(
                    "/c/" + series.getCollaborative().getSlug() + "/series/" + series.getSlug()));
    outbox.enqueue(first.getEmail(), letter, null);
  }

  /** A letter from a collaborative, in its colour, in {@code language}. */
  private static Letter letter(String language, Collaborative from) {
    return new Letter(language, from.getName(), from.getBrand().primary());
  }

  /** When, in what format, where, the join link (for a seat) and the event page. */
  private void details(Letter letter, Event event, boolean withJoinLink, String language) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"detail.when", when(event, language)});
    rows.add(new String[] {"detail.format", letter.t("format." + event.getFormat().name())});
    if (event.getLocation() != null) {
      rows.add(new String[] {"detail.where", event.getLocation()});
    }
    if (withJoinLink && event.getJoinUrl() != null) {
      rows.add(new String[] {"detail.join", event.getJoinUrl()});
    }
    rows.add(new String[] {"detail.page", pageUrl(event)});
    letter.details(rows);
  }

  /** A registrant's invitation: its words (an online event's location) in the letter's language. */
  private String calendarFor(List<Event> events, String name, Letter letter) {
    return Calendars.of(name, events, this::pageUrl, mailer.host(), letter.t("format.ONLINE"));
  }

  private String cancelUrl(String kind, String token) {
    return mailer.link("/registrations/cancel?" + kind + "=" + token);
  }

  private String calendarUrl(Event event) {
    return mailer.link(
        "/c/" + event.getCollaborative().getSlug() + "/events/" + event.getId() + ".ics");
  }

  private String pageUrl(Event event) {
    return mailer.link("/c/" + event.getCollaborative().getSlug() + event.getPath());
  }

  private static String when(Event event, String language) {
    Locale locale = Locale.forLanguageTag(language == null ? "en" : language);
    return EventTimes.longDate(event.getLocalStart(), locale)
        + ", "
        + EventTimes.timeRange(event.getLocalStart(), event.getLocalEnd(), locale);
  }
}
