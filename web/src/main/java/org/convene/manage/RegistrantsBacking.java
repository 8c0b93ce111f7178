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
  @Inject private org.convene.event.AttendanceImport attendanceImport;

  /** Rows of the table's first page (its {@code rows} attribute). */
  static final int ROWS = 25;

  private Long eventId;
  private String q = "";
  private String slug;
  private Event event;
  private RegistrantCounts counts;
  private org.convene.platform.ServiceTable<Registration> table;
  private transient org.primefaces.model.file.UploadedFile attendeeFile;

  /** The attendee file being previewed (kept until it is imported or dropped). */
  private byte[] pending;

  private org.convene.event.AttendanceImport.Preview preview;

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
        attended
            ? Pages.ws("registrants.markedAttended")
            : Pages.ws("registrants.markedNotAttended"));
  }

  /** Gives a waitlisted registrant a seat (they are e-mailed), in place. */
  public void promote(long registrationId) {
    inPlace(
        () -> registrations.promote(user.actor(), slug, registrationId),
        Pages.ws("registrants.promotedFromWaitlistThey"));
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

  /** Reads an attendee file and shows what importing it would do; nothing is changed yet. */
  public void previewImport() {
    preview = null;
    pending = null;
    if (attendeeFile == null || attendeeFile.getSize() == 0) {
      Pages.error("import:attendeeFile", Pages.ws("registrants.chooseAttendeeReportCsv"));
      return;
    }
    byte[] content = attendeeFile.getContent();
    try {
      preview = attendanceImport.preview(user.actor(), slug, eventId, content);
      pending = content;
    } catch (RuntimeException e) {
      Pages.refused(e);
    }
  }

  /** Marks the previewed file's registrants as attended. */
  public void confirmImport() {
    if (pending == null) {
      Pages.error("import:attendeeFile", Pages.ws("registrants.chooseAttendeeReportAgain"));
      return;
    }
    try {
      int marked = attendanceImport.apply(user.actor(), slug, eventId, pending);
      Pages.say(
          marked == 1
              ? Pages.ws("registrants.1PersonMarkedAttended")
              : Pages.ws("registrants.peopleMarkedAttended", marked));
      preview = null;
      pending = null;
    } catch (RuntimeException e) {
      Pages.refused(e);
    }
    counts = registrations.counts(user.actor(), slug, eventId);
  }

  /** Drops the previewed file without importing it. */
  public void dropImport() {
    preview = null;
    pending = null;
  }

  public org.convene.event.AttendanceImport.Preview getPreview() {
    return preview;
  }

  public org.primefaces.model.file.UploadedFile getAttendeeFile() {
    return attendeeFile;
  }

  public void setAttendeeFile(org.primefaces.model.file.UploadedFile attendeeFile) {
    this.attendeeFile = attendeeFile;
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
