package org.convene.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convene.account.CurrentUser;
import org.convene.collaborative.Collaborative;
import org.convene.collaborative.CollaborativeService;
import org.convene.platform.Pages;

/** {@code /admin}: create, suspend, reactivate collaboratives and map their host names. */
@Named
@RequestScoped
public class AdminCollaborativesBacking {

  @Inject private CurrentUser user;
  @Inject private CollaborativeService collaboratives;

  private List<Collaborative> all;
  private String slug;
  private String name;
  private String shortName;
  private final Map<String, String> hostNames = new HashMap<>();
  private final Map<String, String> newSlugs = new HashMap<>();

  @PostConstruct
  void load() {
    all = collaboratives.allForAdministration(user.actor());
    all.forEach(c -> hostNames.put(c.getSlug(), c.getHostName()));
  }

  public String create() {
    return act(
        () -> collaboratives.create(user.actor(), slug, name, shortName),
        name + " is created. Add its editors under Accounts.");
  }

  public String suspend(String target) {
    return act(
        () -> collaboratives.suspend(user.actor(), target),
        target + " is suspended: its pages answer 404, nothing is deleted.");
  }

  public String reactivate(String target) {
    return act(() -> collaboratives.reactivate(user.actor(), target), target + " is active again.");
  }

  public String mapHost(String target) {
    return act(
        () -> collaboratives.mapHost(user.actor(), target, hostNames.get(target)),
        "The host name of " + target + " is saved.");
  }

  /** Gives a collaborative a new slug; its old address keeps working (permanent redirect). */
  public String rename(String target) {
    String newSlug = newSlugs.get(target) == null ? "" : newSlugs.get(target).strip();
    return act(
        () -> collaboratives.renameSlug(user.actor(), target, newSlug),
        target + " is now " + newSlug + "; its old address redirects there.");
  }

  /** Works on this collaborative in the editor workspace. */
  public String edit(String target) {
    user.workOn(target);
    return Pages.redirect("/manage/profile");
  }

  private static String act(Runnable action, String done) {
    return Pages.perform(action, done, "/admin/index");
  }

  public List<Collaborative> getAll() {
    return all;
  }

  public Map<String, String> getHostNames() {
    return hostNames;
  }

  public Map<String, String> getNewSlugs() {
    return newSlugs;
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
