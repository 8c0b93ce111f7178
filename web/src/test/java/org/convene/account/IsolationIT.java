package org.convene.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An editor of one collaborative ("lakes") tries to read and change another's ("peaks") by every
 * route the pages offer — other ids in the URL, tampered form posts, administration forms — and
 * every attempt fails and leaves the data unchanged. (The same rules are tried on the services
 * directly in AccessControlIT.) Later workspace pages add their routes here.
 */
@ExtendWith(RunningPortal.class)
class IsolationIT {

  private String lakes;
  private String peaks;
  private String editorOfLakes;

  private FacesClient signedInEditor(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    lakes =
        TestDatabase.insertCollaborative(
            TestDatabase.uniqueSlug("lakes"), "Lakes Collaborative", "LC");
    peaks =
        TestDatabase.insertCollaborative(
            TestDatabase.uniqueSlug("peaks"), "Peaks Collaborative", "PC");
    TestDatabase.setColours(peaks, "#6a1b4d", "#2a9d8f");
    editorOfLakes = "editor-" + lakes + "@example.org";
    TestDatabase.createAccount(editorOfLakes, "Lakes Editor", SignInIT.PASSWORD, false);
    TestDatabase.grantEditor(editorOfLakes, lakes);
    FacesClient editor = new FacesClient(portal);
    assertThat(editor.signIn(editorOfLakes, SignInIT.PASSWORD).uri().getPath())
        .isEqualTo("/manage/");
    return editor;
  }

  private String peaksTagline() throws Exception {
    return TestDatabase.queryString(
        "SELECT coalesce(tagline, '') FROM collaborative WHERE slug = ?", peaks);
  }

  @Test
  void anotherCollaborativesSlugInTheUrlIsIgnored(Portal portal) throws Exception {
    FacesClient editor = signedInEditor(portal);
    for (String path :
        new String[] {
          "/manage/profile?slug=" + peaks,
          "/manage/profile?collaborative=" + peaks,
          "/manage/branding?slug=" + peaks
        }) {
      HttpResponse<String> page = editor.get(path);
      assertThat(page.body())
          .as(path)
          .contains("Lakes Collaborative")
          .doesNotContain("Peaks Collaborative");
    }
  }

  @Test
  void aTamperedProfilePostChangesOnlyTheEditorsOwnCollaborative(Portal portal) throws Exception {
    FacesClient editor = signedInEditor(portal);
    String before = peaksTagline();
    editor.get("/manage/profile?slug=" + peaks);

    editor.submit(
        "profile",
        "save",
        Map.of(
            "name",
            "Lakes Collaborative",
            "shortName",
            "LC",
            "tagline",
            "Tampered tagline",
            "slug",
            peaks,
            "collaborative",
            peaks,
            "profile:collaborativeId",
            peaks));

    assertThat(peaksTagline()).isEqualTo(before);
    assertThat(TestDatabase.queryString("SELECT tagline FROM collaborative WHERE slug = ?", lakes))
        .isEqualTo("Tampered tagline");
  }

  @Test
  void aStaleProfileOrColourSaveIsRefusedInsteadOfOverwritingAnother(Portal portal)
      throws Exception {
    FacesClient first = signedInEditor(portal);
    FacesClient second = new FacesClient(portal);
    second.signIn(editorOfLakes, SignInIT.PASSWORD);
    first.get("/manage/profile");
    second.get("/manage/profile");
    Map<String, String> fields =
        Map.of("name", "Lakes Collaborative", "shortName", "LC", "tagline", "First editor's");
    assertThat(first.submit("profile", "save", fields).body()).contains("is saved and public now");

    HttpResponse<String> stale =
        second.submit(
            "profile",
            "save",
            Map.of("name", "Lakes Collaborative", "shortName", "LC", "tagline", "Second's"));

    assertThat(stale.body()).contains("Someone else saved this profile while you were editing it");
    assertThat(TestDatabase.queryString("SELECT tagline FROM collaborative WHERE slug = ?", lakes))
        .isEqualTo("First editor's");

    first.get("/manage/branding");
    second.get("/manage/branding");
    assertThat(
            first
                .submit("colours", "save", Map.of("primary", "#224466", "accent", "#884400"))
                .body())
        .contains("The colours are saved");
    assertThat(
            second
                .submit("colours", "save", Map.of("primary", "#6a1b4d", "accent", "#2a9d8f"))
                .body())
        .contains("Someone else saved this colour scheme while you were editing it");
  }

  @Test
  void anEditorSetsSocialLinksAndAScriptLinkIsRefused(Portal portal) throws Exception {
    FacesClient editor = signedInEditor(portal);
    editor.get("/manage/profile");

    HttpResponse<String> saved =
        editor.submit(
            "profile",
            "save",
            Map.of(
                "name", "Lakes Collaborative",
                "shortName", "LC",
                "profile:social:0:url", "https://www.linkedin.com/company/lakes"));
    assertThat(saved.body()).contains("is saved and public now");
    assertThat(portal.get("/c/" + lakes).body())
        .contains("href=\"https://www.linkedin.com/company/lakes\"")
        .contains(">LinkedIn</a>");

    editor.get("/manage/profile");
    HttpResponse<String> refused =
        editor.submit(
            "profile",
            "save",
            Map.of(
                "name", "Lakes Collaborative",
                "shortName", "LC",
                "profile:social:0:url", "javascript:alert(document.cookie)"));
    assertThat(refused.body()).contains("Enter a full web address starting with https://");
    assertThat(portal.get("/c/" + lakes).body())
        .contains("href=\"https://www.linkedin.com/company/lakes\"")
        .doesNotContain("javascript:alert");
  }

  @Test
  void aPostWithoutTheFormsViewStateChangesNothing(Portal portal) throws Exception {
    FacesClient editor = signedInEditor(portal);

    HttpResponse<String> forged =
        editor.post(
            "/manage/profile",
            Map.of(
                "profile", "profile",
                "profile:name", "Lakes Collaborative",
                "profile:shortName", "LC",
                "profile:tagline", "Written by another site",
                "profile:save", "x"));

    assertThat(forged.statusCode()).isNotEqualTo(302);
    assertThat(
            TestDatabase.queryString(
                "SELECT coalesce(tagline, '') FROM collaborative WHERE slug = ?", lakes))
        .isNotEqualTo("Written by another site");
  }

  @Test
  void switchingToACollaborativeTheEditorDoesNotEditIsRefused(Portal portal) throws Exception {
    FacesClient editor = signedInEditor(portal);
    editor.get("/manage");

    HttpResponse<String> forged =
        editor.post(
            "/manage/index", Map.of("switch", "switch", "switch:0:workOn", peaks, "slug", peaks));

    assertThat(forged.body()).doesNotContain("You are working on Peaks Collaborative");
    assertThat(editor.get("/manage/profile").body()).contains("Profile of Lakes Collaborative");
  }

  @Test
  void theBrandingFormCannotRecolourAnotherCollaborative(Portal portal) throws Exception {
    FacesClient editor = signedInEditor(portal);
    editor.get("/manage/branding?slug=" + peaks);

    editor.submit(
        "colours", "save", Map.of("primary", "#ff0000", "accent", "#00ff00", "slug", peaks));

    assertThat(
            TestDatabase.queryString(
                "SELECT primary_colour FROM collaborative WHERE slug = ?", peaks))
        .isEqualTo("#6a1b4d");
    assertThat(
            TestDatabase.queryString(
                "SELECT primary_colour FROM collaborative WHERE slug = ?", lakes))
        .isEqualTo("#ff0000");
  }

  @Test
  void anEditorPostingAnAdministratorsActionGetsNothingDone(Portal portal) throws Exception {
    FacesClient editor = signedInEditor(portal);
    String newSlug = TestDatabase.uniqueSlug("forged");

    HttpResponse<String> create =
        editor.post(
            "/admin/index",
            Map.of(
                "create",
                "create",
                "create:name",
                "Forged",
                "create:shortName",
                "F",
                "create:slug",
                newSlug,
                "create:submit",
                "x"));
    HttpResponse<String> suspend =
        editor.post("/admin/index", Map.of("actions", "actions", "slug", peaks));
    HttpResponse<String> invite =
        editor.post(
            "/admin/accounts",
            Map.of(
                "invite",
                "invite",
                "invite:email",
                "evil@example.org",
                "invite:displayName",
                "Evil",
                "invite:administrator",
                "on",
                "invite:submit",
                "x"));

    assertThat(create.statusCode()).isEqualTo(404);
    assertThat(suspend.statusCode()).isEqualTo(404);
    assertThat(invite.statusCode()).isEqualTo(404);
    assertThat(TestDatabase.queryString("SELECT slug FROM collaborative WHERE slug = ?", newSlug))
        .isNull();
    assertThat(TestDatabase.queryString("SELECT status FROM collaborative WHERE slug = ?", peaks))
        .isEqualTo("ACTIVE");
    assertThat(
            TestDatabase.queryString("SELECT email FROM account WHERE email = 'evil@example.org'"))
        .isNull();
    assertThat(editor.get("/admin/audit").statusCode()).isEqualTo(404);
  }
}
