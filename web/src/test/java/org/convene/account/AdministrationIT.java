package org.convene.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An administrator runs the network through /admin, over HTTP, with real e-mail. */
@ExtendWith(RunningPortal.class)
class AdministrationIT {

  private static final Pattern LINK = Pattern.compile("(/reset-password\\?token=[A-Za-z0-9_-]+)");

  private static FacesClient administrator(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    String email = "admin-" + TestDatabase.uniqueSlug("a") + "@example.org";
    TestDatabase.createAccount(email, "Network Admin", SignInIT.PASSWORD, true);
    FacesClient admin = new FacesClient(portal);
    assertThat(admin.signIn(email, SignInIT.PASSWORD).uri().getPath()).isEqualTo("/manage/");
    return admin;
  }

  @Test
  void anAdministratorCreatesMapsSuspendsAndReactivatesACollaborative(Portal portal)
      throws Exception {
    FacesClient admin = administrator(portal);
    String slug = TestDatabase.uniqueSlug("created");
    admin.get("/admin/index");

    HttpResponse<String> created =
        admin.submit(
            "create",
            "submit",
            Map.of("name", "Created Health Network", "shortName", "CHN", "slug", slug));
    assertThat(created.body()).contains("Created Health Network is created.");
    assertThat(portal.get("/c/" + slug).statusCode()).isEqualTo(200);

    HttpResponse<String> invalid =
        admin.submit(
            "create",
            "submit",
            Map.of("name", "Badly Slugged", "shortName", "B", "slug", "Not A Slug"));
    assertThat(invalid.body()).contains("cannot be a slug");
    assertThat(
            TestDatabase.queryString("SELECT slug FROM collaborative WHERE name = 'Badly Slugged'"))
        .isNull();

    // the new collaborative's settings, opened by its slug (the list itself is paged)
    assertThat(admin.get("/admin/index?q=" + slug).body())
        .contains("href=\"/c/" + slug + "\"")
        .contains("1–1 of 1");
    admin.get("/admin/index?manage=" + slug);
    admin.submit("settings", "saveHost", Map.of("hostName", slug + ".example.org"));
    assertThat(TestDatabase.queryString("SELECT host_name FROM collaborative WHERE slug = ?", slug))
        .isEqualTo(slug + ".example.org");

    // suspending asks first, saying what it does; only the confirming button suspends
    admin.get("/admin/index?manage=" + slug);
    HttpResponse<String> asked = admin.submit("settings", "suspend", Map.of());
    assertThat(asked.body()).contains("Suspend Created Health Network?");
    assertThat(portal.get("/c/" + slug).statusCode()).isEqualTo(200);
    HttpResponse<String> kept = admin.submit("settings", "keep", Map.of());
    assertThat(kept.body()).doesNotContain("Suspend Created Health Network?");
    assertThat(portal.get("/c/" + slug).statusCode()).isEqualTo(200);
    admin.submit("settings", "suspend", Map.of());
    HttpResponse<String> suspended = admin.submit("settings", "confirmSuspend", Map.of());
    assertThat(suspended.body()).contains(slug + " is suspended");
    assertThat(portal.get("/c/" + slug).statusCode()).isEqualTo(404);

    admin.get("/admin/index?manage=" + slug);
    admin.submit("settings", "reactivate", Map.of());
    assertThat(portal.get("/c/" + slug).statusCode()).isEqualTo(200);

    String renamed = TestDatabase.uniqueSlug("renamed");
    admin.get("/admin/index?manage=" + slug);
    HttpResponse<String> rename = admin.submit("settings", "rename", Map.of("newSlug", renamed));
    assertThat(rename.body()).contains(slug + " is now " + renamed);
    HttpResponse<String> old = portal.get("/c/" + slug);
    assertThat(old.statusCode()).isEqualTo(301);
    assertThat(old.headers().firstValue("Location")).contains("/c/" + renamed);

    admin.get("/admin/index?manage=" + renamed);
    HttpResponse<String> bad = admin.submit("settings", "rename", Map.of("newSlug", "Bad Slug!"));
    assertThat(bad.body()).contains("cannot be a slug");
    assertThat(portal.get("/c/" + renamed).statusCode()).isEqualTo(200);

    HttpResponse<String> audit = admin.get("/admin/audit?collaborative=" + renamed);
    assertThat(audit.body()).contains("collaborative.rename");
    assertThat(admin.get("/admin/audit?collaborative=" + slug).body())
        .contains("collaborative.create")
        .contains("collaborative.host")
        .contains("collaborative.suspend")
        .contains("collaborative.reactivate");
  }

  @Test
  void anInvitedEditorChoosesAPasswordSignsInAndIsDisabledAgain(Portal portal) throws Exception {
    FacesClient admin = administrator(portal);
    String slug =
        TestDatabase.insertCollaborative(
            TestDatabase.uniqueSlug("invite"), "Invited Collaborative", "IC");
    String invitee = "invitee-" + slug + "@example.org";
    admin.get("/admin/accounts");

    HttpResponse<String> invited =
        admin.submit("invite", "submit", Map.of("email", invitee, "displayName", "Ivy Invitee"));
    assertThat(invited.body()).contains("Invitation sent to " + invitee);
    String link = awaitMail(portal, invitee, "You are invited to Convene");

    HttpResponse<String> granted =
        admin.submit("grant", "submit", Map.of("memberEmail", invitee, "memberSlug_input", slug));
    assertThat(granted.body()).contains(invitee + " can now edit " + slug);

    FacesClient newcomer = new FacesClient(portal);
    newcomer.get(link);
    newcomer.submit("reset", "submit", Map.of("password", "my own new passphrase"));
    HttpResponse<String> workspace = newcomer.signIn(invitee, "my own new passphrase");
    assertThat(workspace.body())
        .contains("Hello, Ivy Invitee")
        .contains("You are working on Invited Collaborative");

    // the account is found in the table by searching, and opened
    assertThat(admin.get("/admin/accounts?q=" + invitee).body())
        .contains("data-email=\"" + invitee + "\"")
        .contains("1–1 of 1");
    String id = TestDatabase.queryString("SELECT id FROM account WHERE email = ?", invitee);
    assertThat(admin.get("/admin/accounts?account=" + id).body()).contains("Invited Collaborative");
    // disabling asks first, saying what it does; only the confirming button disables
    assertThat(admin.submit("accountForm", "disable", Map.of()).body())
        .contains("Disable " + invitee + "?")
        .contains("They are signed out at once");
    assertThat(newcomer.get("/manage/").uri().getPath()).isEqualTo("/manage/");
    admin.submit("accountForm", "confirmDisable", Map.of());
    assertThat(newcomer.get("/manage/").uri().getPath()).isEqualTo("/login");
    assertThat(admin.get("/admin/audit?who=").body())
        .contains("Disabled " + invitee)
        .contains("Invited " + invitee);
  }

  private static String awaitMail(Portal portal, String to, String subject) throws Exception {
    long deadline = System.currentTimeMillis() + 10_000;
    while (System.currentTimeMillis() < deadline) {
      for (MimeMessage message : portal.mail().getReceivedMessages()) {
        if (message.getAllRecipients()[0].toString().equals(to)
            && message.getSubject().equals(subject)) {
          Matcher m = LINK.matcher(org.convene.testing.EventFixtures.text(message));
          assertThat(m.find()).isTrue();
          return m.group(1);
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No \"" + subject + "\" reached " + to);
  }
}
