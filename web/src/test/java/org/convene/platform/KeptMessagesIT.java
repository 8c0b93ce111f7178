package org.convene.platform;

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
 * A message kept over a redirect ("is saved and public now") is shown on the page that redirect
 * leads to and nowhere else: when the answer to a save is lost (its instance died after the save),
 * its message must not turn up on a later answer and pass for that one's acknowledgement.
 */
@ExtendWith(RunningPortal.class)
class KeptMessagesIT {

  private static final String SAVED = "is saved and public now";

  @Test
  void aLostAnswersMessageNeverPassesForALaterOnes(Portal portal) throws Exception {
    String email = TestDatabase.newEditor("kept");
    String slug = email.substring("editor-".length(), email.indexOf('@'));
    FacesClient editor = new FacesClient(portal);
    editor.signIn(email, TestDatabase.PASSWORD);

    // saved, but the redirect to the page with its message never reached the editor
    editor.get("/manage/profile");
    HttpResponse<String> lost =
        editor.submitAndLoseTheAnswer("profile", "save", profile("Saved, answer lost"));
    assertThat(lost.statusCode()).isBetween(301, 303);
    assertThat(tagline(slug)).isEqualTo("Saved, answer lost");

    // neither the next page nor the answer to a refused save says "saved"
    HttpResponse<String> next = editor.get("/manage/profile");
    assertThat(next.body()).doesNotContain(SAVED);
    HttpResponse<String> refused =
        editor.submit(
            "profile", "save", Map.of("name", "", "shortName", "TC", "tagline", "Never saved"));
    assertThat(refused.body()).contains("Enter the collaborative").doesNotContain(SAVED);
    assertThat(tagline(slug)).isEqualTo("Saved, answer lost");

    // a save whose answer arrives says so, once
    editor.get("/manage/profile");
    HttpResponse<String> saved = editor.submit("profile", "save", profile("Saved and told"));
    assertThat(saved.uri().getPath()).isEqualTo("/manage/profile");
    assertThat(saved.body()).contains(SAVED);
    assertThat(editor.get("/manage/profile").body()).doesNotContain(SAVED);
    assertThat(tagline(slug)).isEqualTo("Saved and told");
  }

  private static Map<String, String> profile(String tagline) {
    return Map.of("name", "Test Collaborative kept", "shortName", "TC", "tagline", tagline);
  }

  private static String tagline(String slug) throws Exception {
    return TestDatabase.queryString("SELECT tagline FROM collaborative WHERE slug = ?", slug);
  }
}
