package org.convene.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.convene.account.CurrentUser;
import org.convene.account.SignedIn;
import org.convene.event.Event;
import org.convene.event.RegistrantCounts;
import org.convene.event.Registration;
import org.convene.event.RegistrationService;
import org.convene.platform.Pages;

/**
 * {@code /manage/registrants?event=…[&q=…]}: who signed up for one of the working collaborative's
 * events, in a lazy table (search, sort by any column, filter by status, pages of 25–100); mark
 * attendance and promote from the waitlist in place; export CSV.
 */
@Named
@ViewScoped
public class RegistrantsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser user;
  @Inject private RegistrationService registrations;
  @Inject private org.convene.event.RegistrantTable registrantTable;

  /** Rows of the table's first page (its {@code rows} attribute). */
  static final int ROWS = 25;

  private Long eventId;
  private String q = "";
  private String slug;
  private Event event;
  private RegistrantCounts counts;
  private org.convene.platform.ServiceTable<Registration> table;

  public void init() {
    SignedIn.Editable working = user.getWorking();
    if (working == null || eventId == null) {
      Pages.notFound();
      return;
    }
    slug = working.getSlug();
    try {
      String space = slug;
      long id = eventId;
      // the event, its counts and the table's first page in one call
      org.convene.platform.TableQuery first =
          new org.convene.platform.TableQuery(q, java.util.Map.of(), null, true, 0, ROWS);
      org.convene.event.RegistrantTable.Opening opening =
          registrantTable.open(user.actor(), slug, eventId, first);
      event = opening.event();
      counts = opening.counts();
      table =
          new org.convene.platform.ServiceTable<>(
                  query -> registrantTable.page(user.actor(), space, id, query),
                  (Registration r) -> Long.toString(r.getId()))
              .prefetched(first, opening.page());
    } catch (RuntimeException e) {
      Pages.refused(e);
    }
  }

  /** Marks (or unmarks) attendance in place: the table keeps its page, sort and filter. */
  public void toggleAttended(long registrationId, boolean attended) {
    inPlace(
        () -> registrations.setAttended(user.actor(), slug, registrationId, attended),
        attended ? "Marked as attended." : "Marked as not attended.");
  }

  /** Gives a waitlisted registrant a seat (they are e-mailed), in place. */
  public void promote(long registrationId) {
    inPlace(
        () -> registrations.promote(user.actor(), slug, registrationId),
        "Promoted from the waitlist; they have been e-mailed their joining details.");
  }

  private void inPlace(Runnable action, String done) {
    try {
      action.run();
      Pages.say(done);
    } catch (RuntimeException e) {
      Pages.refused(e);
    }
    counts = registrations.counts(user.actor(), slug, eventId);
  }

  public org.convene.platform.ServiceTable<Registration> getTable() {
    return table;
  }

  public org.convene.event.RegistrationStatus[] getStatuses() {
    return org.convene.event.RegistrationStatus.values();
  }

  public Long getEventId() {
    return eventId;
  }

  public void setEventId(Long eventId) {
    this.eventId = eventId;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q == null ? "" : q;
  }

  public Event getEvent() {
    return event;
  }

  public RegistrantCounts getCounts() {
    return counts;
  }
}
