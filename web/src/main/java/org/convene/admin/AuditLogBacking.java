package org.convene.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import org.convene.account.CurrentUser;
import org.convene.audit.AuditEntry;
import org.convene.audit.AuditLog;
import org.convene.platform.ServiceTable;

/**
 * {@code /admin/audit?collaborative=icsi&who=editor&action=profile.update}: the audit log narrowed
 * by the address (so a narrowed log can be linked to), as a lazy table searched in what changed and
 * sorted by any column.
 */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Changes are shown in the network's zone (Central Time, as workspace times without an item zone
   * are), to the second and with the zone named — never in UTC; the page's {@code <time>} carries
   * the instant itself.
   */
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a z", java.util.Locale.US)
          .withZone(java.time.ZoneId.of(org.convene.event.EventTimes.DEFAULT_ZONE));

  @Inject private CurrentUser user;
  @Inject private AuditLog audit;

  private String collaborative;
  private String who;
  private String action;
  private String q;
  private ServiceTable<AuditEntry> table;

  public void init() {
    String slug = blankToEmpty(collaborative);
    String person = blankToEmpty(who);
    String change = blankToEmpty(action);
    table =
        new ServiceTable<>(
            query -> audit.table(user.actor(), slug, person, change, query),
            e -> Long.toString(e.getId()));
  }

  public String when(AuditEntry entry) {
    return WHEN.format(entry.getAt());
  }

  /** The entry's instant for a {@code datetime} attribute: HTML allows at most milliseconds. */
  public String machineTime(AuditEntry entry) {
    return entry.getAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
  }

  private static String blankToEmpty(String value) {
    return value == null ? "" : value.strip();
  }

  public String getCollaborative() {
    return collaborative;
  }

  public void setCollaborative(String collaborative) {
    this.collaborative = collaborative;
  }

  public String getWho() {
    return who;
  }

  public void setWho(String who) {
    this.who = who;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public ServiceTable<AuditEntry> getTable() {
    return table;
  }
}
