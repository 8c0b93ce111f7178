package org.convene.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.convene.account.CurrentUser;
import org.convene.audit.AuditEntry;
import org.convene.audit.AuditLog;
import org.convene.platform.Page;

/** {@code /admin/audit?collaborative=icsi&who=editor&action=profile.update&page=2}. */
@Named
@RequestScoped
public class AuditLogBacking {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  @Inject private CurrentUser user;
  @Inject private AuditLog audit;
  @Inject private ExternalContext external;

  private String collaborative;
  private String who;
  private String action;
  private Page<AuditEntry> entries;

  @PostConstruct
  void load() {
    Map<String, String> params = external.getRequestParameterMap();
    collaborative = blankToEmpty(params.get("collaborative"));
    who = blankToEmpty(params.get("who"));
    action = blankToEmpty(params.get("action"));
    String page = params.get("page");
    int number = page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1;
    entries = audit.search(user.actor(), collaborative, who, action, number);
  }

  public String when(AuditEntry entry) {
    return WHEN.format(entry.getAt());
  }

  public String pageUrl(int page) {
    return external.getRequestContextPath()
        + "/admin/audit?collaborative="
        + enc(collaborative)
        + "&who="
        + enc(who)
        + "&action="
        + enc(action)
        + "&page="
        + page;
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String blankToEmpty(String value) {
    return value == null ? "" : value.strip();
  }

  public String getCollaborative() {
    return collaborative;
  }

  public String getWho() {
    return who;
  }

  public String getAction() {
    return action;
  }

  public Page<AuditEntry> getEntries() {
    return entries;
  }
}
