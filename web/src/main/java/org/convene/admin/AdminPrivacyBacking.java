package org.convene.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.convene.account.CurrentUser;
import org.convene.event.PersonalData;
import org.convene.platform.Pages;

/**
 * {@code /admin/privacy}: what the registration form tells people about their details, how long
 * registrations keep names and addresses, and the exports (a collaborative's content as a ZIP,
 * every registration as CSV).
 */
@Named
@ViewScoped
public class AdminPrivacyBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser user;
  @Inject private PersonalData personalData;
  @Inject private NetworkExports exports;

  private String notice;
  private String months;
  private long version;
  private String exportSlug;

  public void init() {
    PersonalData.Privacy privacy = personalData.privacy();
    notice = privacy.notice();
    months = Integer.toString(privacy.retentionMonths());
    version = privacy.version();
  }

  public String save() {
    return Pages.perform(
        () -> personalData.savePrivacy(user.actor(), notice, months, version),
        Pages.ws("adminPrivacy.privacySettingsAreSaved"),
        "/admin/privacy",
        "privacy");
  }

  /** Starts the download of the chosen collaborative's ZIP, or says why not. */
  public void export() throws IOException {
    String slug = CollaborativePicker.slugOf(exportSlug);
    if (slug == null
        || !slug.matches("[a-z0-9-]{1,80}")
        || !exports.collaborativeExists(user.actor(), slug)) {
      Pages.error("export:collaborative", Pages.ws("adminPrivacy.chooseCollaborativeFromList"));
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    faces
        .getExternalContext()
        .redirect(
            faces.getExternalContext().getRequestContextPath()
                + "/admin/export.zip?collaborative="
                + slug);
  }

  public String getNotice() {
    return notice;
  }

  public void setNotice(String notice) {
    this.notice = notice;
  }

  public String getMonths() {
    return months;
  }

  public void setMonths(String months) {
    this.months = months;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public String getExportSlug() {
    return exportSlug;
  }

  public void setExportSlug(String exportSlug) {
    this.exportSlug = exportSlug;
  }
}
