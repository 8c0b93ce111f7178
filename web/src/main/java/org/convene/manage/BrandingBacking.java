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
import org.convene.collaborative.CollaborativeService;
import org.convene.platform.Pages;

/**
 * {@code /manage/branding}: colours (with a live preview) and logo of the working collaborative.
 */
@Named
@RequestScoped
public class BrandingBacking {

  @Inject private CurrentUser user;
  @Inject private CollaborativeService collaboratives;
  @Inject private BrandingService branding;

  private SignedIn.Editable working;
  private Collaborative collaborative;
  private String primaryColour;
  private String accentColour;
  private Part logo;

  @PostConstruct
  void load() {
    working = user.getWorking();
    if (working == null) {
      return;
    }
    collaborative = collaboratives.forEditing(user.actor(), working.getSlug());
    if (!FacesContext.getCurrentInstance().isPostback()) {
      primaryColour = collaborative.getBrand().primary().hex();
      accentColour = collaborative.getBrand().accent().hex();
    }
  }

  public String saveColours() {
    try {
      branding.changeColours(user.actor(), working.getSlug(), primaryColour, accentColour);
    } catch (RuntimeException e) {
      Pages.refused(e);
      return null;
    }
    Pages.info("The colours are saved and public now.");
    return Pages.redirect("/manage/branding");
  }

  public String uploadLogo() throws IOException {
    if (logo == null || logo.getSize() == 0) {
      Pages.error(null, "Choose a logo file to upload.");
      return null;
    }
    if (logo.getSize() > Logo.MAX_BYTES) {
      Pages.error(null, "The logo is larger than 2 MB; logos can be at most 2 MB.");
      return null;
    }
    byte[] content;
    try (InputStream in = logo.getInputStream()) {
      content = in.readNBytes(Logo.MAX_BYTES + 1);
    }
    try {
      branding.changeLogo(user.actor(), working.getSlug(), content);
    } catch (RuntimeException e) {
      Pages.refused(e);
      return null;
    }
    Pages.info("The new logo is saved and public now.");
    return Pages.redirect("/manage/branding");
  }

  public SignedIn.Editable getWorking() {
    return working;
  }

  public Collaborative getCollaborative() {
    return collaborative;
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
