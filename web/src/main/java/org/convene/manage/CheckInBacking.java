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
import org.convene.platform.Page;
import org.convene.platform.Pages;

/**
 * {@code /manage/check-in?event=…[&q=…]}: the door list of an in-person session on a phone — find a
 * person by name, one tap checks them in (marks them attended, audited), another undoes it.
 */
@Named
@ViewScoped
public class CheckInBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** People listed at once; a search narrows the list. */
  static final int SHOWN = 100;

  @Inject private CurrentUser user;
  @Inject private RegistrationService registrations;
  @Inject private org.convene.event.RegistrantTable registrantTable;

  private Long eventId;
  private String q = "";
  private String slug;
  private Event event;
  private RegistrantCounts counts;
  private Page<Registration> people;

  public void init() {
    SignedIn.Editable working = user.getWorking();
    if (working == null || eventId == null) {
      Pages.notFound();
      return;
    }
    slug = working.getSlug();
    try {
      load();
    } catch (RuntimeException e) {
      Pages.refused(e);
    }
  }

  private void load() {
    // the event, its counts and the people in one authorised call
    org.convene.event.RegistrantTable.Opening door =
        registrantTable.open(
            user.actor(),
            slug,
            eventId,
            new org.convene.platform.TableQuery(q, java.util.Map.of(), "name", true, 0, SHOWN));
    event = door.event();
    counts = door.counts();
    people = door.page();
  }

  /** Checks a person in (or undoes it), then shows the list again. */
  public void checkIn(long registrationId, boolean in) {
    try {
      registrations.setAttended(user.actor(), slug, registrationId, in);
      load();
    } catch (RuntimeException e) {
      Pages.refused(e);
    }
  }

  public Page<Registration> getPeople() {
    return people;
  }

  public RegistrantCounts getCounts() {
    return counts;
  }

  public Event getEvent() {
    return event;
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
    this.q = q == null ? "" : q.length() > 200 ? q.substring(0, 200) : q;
  }
}
