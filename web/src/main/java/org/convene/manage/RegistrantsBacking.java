package org.convene.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.convene.account.CurrentUser;
import org.convene.account.SignedIn;
import org.convene.event.Event;
import org.convene.event.EventService;
import org.convene.event.RegistrantCounts;
import org.convene.event.Registration;
import org.convene.event.RegistrationService;
import org.convene.platform.Page;
import org.convene.platform.Pages;

/**
 * {@code /manage/registrants?event=…&q=…&page=…}: who signed up for one of the working
 * collaborative's events; mark attendance, promote from the waitlist, export CSV.
 */
@Named
@ViewScoped
public class RegistrantsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 50;

  @Inject private CurrentUser user;
  @Inject private EventService events;
  @Inject private RegistrationService registrations;

  private Long eventId;
  private String q = "";
  private int page = 1;
  private String slug;
  private Event event;
  private Page<Registration> list;
  private RegistrantCounts counts;

  public void init() {
    SignedIn.Editable working = user.getWorking();
    if (working == null || eventId == null) {
      Pages.notFound();
      return;
    }
    slug = working.getSlug();
    try {
      event = events.eventForEditing(user.actor(), slug, eventId);
      list =
          registrations.registrants(user.actor(), slug, eventId, q, Math.max(1, page), PAGE_SIZE);
      counts = registrations.counts(user.actor(), slug, eventId);
    } catch (RuntimeException e) {
      Pages.refused(e);
    }
  }

  public String toggleAttended(long registrationId, boolean attended) {
    return again(
        Pages.perform(
            () -> registrations.setAttended(user.actor(), slug, registrationId, attended),
            attended ? "Marked as attended." : "Marked as not attended.",
            "/manage/registrants"));
  }

  public String promote(long registrationId) {
    return again(
        Pages.perform(
            () -> registrations.promote(user.actor(), slug, registrationId),
            "Promoted from the waitlist; they have been e-mailed their joining details.",
            "/manage/registrants"));
  }

  private String again(String outcome) {
    return outcome == null ? null : outcome + "&event=" + eventId + "&page=" + page;
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

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public Event getEvent() {
    return event;
  }

  public Page<Registration> getList() {
    return list;
  }

  public RegistrantCounts getCounts() {
    return counts;
  }

  public String pageUrl(int number) {
    return "?event="
        + eventId
        + (q.isBlank()
            ? ""
            : "&q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
        + "&page="
        + number;
  }
}
