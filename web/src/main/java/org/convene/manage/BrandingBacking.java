package org.convene.manage;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.convene.account.CurrentUser;
import org.convene.account.SignedIn;
import org.convene.branding.BrandingService;
import org.convene.branding.Logo;
import org.convene.collaborative.Collaborative;
import org.convene.platform.Pages;

/**
 * {@code /manage/branding}: colours (with a live preview) and logo of the working collaborative.
 */
@Named
@RequestScoped
public class BrandingBacking {

  @Inject private CurrentUser user;
  @Inject private BrandingService branding;
  @Inject private EditedCollaborative edited;
  private String primaryColour;
  private String accentColour;
  private Part logo;
  private long version;

  @PostConstruct
  void load() {
    if (edited.isPresent() && !FacesContext.getCurrentInstance().isPostback()) {
      primaryColour = edited.get().getBrand().primary().hex();
      accentColour = edited.get().getBrand().accent().hex();
      version = edited.get().getVersion();
    }
  }

  public String saveColours() {
    return Pages.perform(
        () ->
            branding.changeColours(
                user.actor(), edited.getSlug(), version, primaryColour, accentColour),
        Pages.ws("branding.coloursAreSavedPublic"),
        "/manage/branding");
  }

  /** The version the colour form was opened with (a hidden field). */
  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public String uploadLogo() throws IOException {
    if (logo == null || logo.getSize() == 0) {
      Pages.error(null, Pages.ws("branding.chooseLogoFileUpload"));
      return null;
    }
    if (logo.getSize() > Logo.MAX_BYTES) {
      Pages.error(null, Pages.ws("branding.logoLargerThan2"));
      return null;
    }
    byte[] content;
    try (InputStream in = logo.getInputStream()) {
      content = in.readNBytes(Logo.MAX_BYTES + 1);
    }
    byte[] upload = content;
    return Pages.perform(
        () -> branding.changeLogo(user.actor(), edited.getSlug(), upload),
        Pages.ws("branding.newLogoSavedPublic"),
        "/manage/branding");
  }

  public SignedIn.Editable getWorking() {
    return edited.getWorking();
  }

  public Collaborative getCollaborative() {
    return edited.get();
  }

  public String getPrimaryColour() {
    return primaryColour;
  }

  public void setPrimaryColour(String primaryColour) {
    this.primaryColour = primaryColour;
  }

  public String getAccentColour() {
    return accentColour;
  }

  public void setAccentColour(String accentColour) {
    this.accentColour = accentColour;
  }

  public Part getLogo() {
    return logo;
  }

  public void setLogo(Part logo) {
    this.logo = logo;
  }
}
