package org.convene.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.convene.account.CurrentUser;
import org.convene.collaborative.Collaborative;
import org.convene.collaborative.CollaborativeService;
import org.convene.platform.Pages;
import org.convene.platform.ServiceTable;

/**
 * {@code /admin[?q=…][&manage=slug]}: the network's collaboratives in a lazy table (search, sort,
 * filter by status, pages of 25–100 — the same two statements for ten or a thousand); one chosen
 * collaborative's settings (new slug, host name, suspend after confirming, reactivate); create one.
 */
@Named
@ViewScoped
public class AdminCollaborativesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser user;
  @Inject private CollaborativeService collaboratives;

  private String q = "";
  private String manage;
  private Collaborative managed;
  private String hostName;
  private String newSlug;
  private boolean confirmingSuspend;
  private ServiceTable<Collaborative> table;
  private String slug;
  private String name;
  private String shortName;

  public void init() {
    table =
        new ServiceTable<>(
            query -> collaboratives.administration(user.actor(), query), Collaborative::getSlug);
    if (manage != null && !manage.isBlank()) {
      try {
        managed = collaboratives.forAdministration(user.actor(), manage);
        hostName = managed.getHostName();
      } catch (RuntimeException e) {
        Pages.refused(e);
      }
    }
  }

  public String create() {
    return Pages.perform(
                () -> collaboratives.create(user.actor(), slug, name, shortName),
                Pages.ws("adminCollaboratives.createdAddEditorsUnder", name),
                "/admin/index",
                "create")
            == null
        ? null
        : settingsOf(slug);
  }

  /** First step of suspending: the page asks, saying what it does. */
  public void askSuspend() {
    confirmingSuspend = true;
  }

  public void keep() {
    confirmingSuspend = false;
  }

  public String suspend() {
    String target = managed.getSlug();
    return done(
        Pages.perform(
            () -> collaboratives.suspend(user.actor(), target),
            Pages.ws("adminCollaboratives.suspendedPagesAnswer404", target),
            "/admin/index"),
        target);
  }

  public String reactivate() {
    String target = managed.getSlug();
    return done(
        Pages.perform(
            () -> collaboratives.reactivate(user.actor(), target),
            Pages.ws("adminCollaboratives.activeAgain", target),
            "/admin/index"),
        target);
  }

  public String mapHost() {
    String target = managed.getSlug();
    return done(
        Pages.perform(
            () -> collaboratives.mapHost(user.actor(), target, hostName),
            Pages.ws("adminCollaboratives.hostNameSaved", target),
            "/admin/index",
            "settings"),
        target);
  }

  /** Gives the collaborative a new slug; its old address keeps working (permanent redirect). */
  public String rename() {
    String target = managed.getSlug();
    String renamed = newSlug == null ? "" : newSlug.strip();
    return done(
        Pages.perform(
            () -> collaboratives.renameSlug(user.actor(), target, renamed),
            Pages.ws("adminCollaboratives.nowOldAddressRedirects", target, renamed),
            "/admin/index",
            "settings"),
        renamed);
  }

  /** Works on this collaborative in the editor workspace. */
  public String edit(String target) {
    user.workOn(target);
    return Pages.redirect("/manage/profile");
  }

  private static String done(String outcome, String target) {
    return outcome == null ? null : settingsOf(target);
  }

  private static String settingsOf(String target) {
    return Pages.redirect("/admin/index")
        + "&manage="
        + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8);
  }

  public ServiceTable<Collaborative> getTable() {
    return table;
  }

  public org.convene.collaborative.CollaborativeStatus[] getStatuses() {
    return org.convene.collaborative.CollaborativeStatus.values();
  }

  public Collaborative getManaged() {
    return managed;
  }

  public boolean isConfirmingSuspend() {
    return confirmingSuspend;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q == null ? "" : q;
  }

  public String getManage() {
    return manage;
  }

  public void setManage(String manage) {
    this.manage = manage;
  }

  public String getHostName() {
    return hostName;
  }

  public void setHostName(String hostName) {
    this.hostName = hostName;
  }

  public String getNewSlug() {
    return newSlug;
  }

  public void setNewSlug(String newSlug) {
    this.newSlug = newSlug;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getShortName() {
    return shortName;
  }

  public void setShortName(String shortName) {
    this.shortName = shortName;
  }
}
