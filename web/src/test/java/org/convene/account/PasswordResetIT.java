package org.convene.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Password reset by e-mail, through a real SMTP server (GreenMail) in the test. */
@ExtendWith(RunningPortal.class)
class PasswordResetIT {

  private static final Pattern LINK = Pattern.compile("(/reset-password\\?token=[A-Za-z0-9_-]+)");

  @Test
  void theLinkSetsANewPasswordOnceAndOnlyOnce(Portal portal) throws Exception {
    String email = SignInIT.editor("reset");
    String link = requestLink(portal, email);

    FacesClient visitor = new FacesClient(portal);
    visitor.get(link);
    HttpResponse<String> done =
        visitor.submit("reset", "submit", Map.of("password", "a brand new passphrase"));
    assertThat(done.uri().getPath()).isEqualTo("/login");
    assertThat(done.body()).contains("Your password is set.");
    assertThat(new FacesClient(portal).signIn(email, "a brand new passphrase").uri().getPath())
        .isEqualTo("/manage/");
    assertThat(new FacesClient(portal).signIn(email, SignInIT.PASSWORD).uri().getPath())
        .isEqualTo("/login");

    HttpResponse<String> reused = new FacesClient(portal).get(link);
    assertThat(reused.body()).contains("This link has expired or has already been used.");
  }

  @Test
  void aCompletedResetEndsTheAccountsOtherSessions(Portal portal) throws Exception {
    String email = SignInIT.editor("endsessions");
    FacesClient elsewhere = new FacesClient(portal);
    assertThat(elsewhere.signIn(email, SignInIT.PASSWORD).uri().getPath()).isEqualTo("/manage/");
    assertThat(elsewhere.get("/manage/events").uri().getPath()).isEqualTo("/manage/events");

    FacesClient owner = new FacesClient(portal);
    owner.get(requestLink(portal, email));
    assertThat(
            owner.submit("reset", "submit", Map.of("password", "after the reset, only me")).body())
        .contains("Your password is set.");

    HttpResponse<String> ended = elsewhere.get("/manage/events");
    assertThat(ended.uri().getPath()).isEqualTo("/login");
    assertThat(ended.uri().getQuery()).isEqualTo("ended=true");
    // signing in again with the new password starts a session that counts
    FacesClient again = new FacesClient(portal);
    assertThat(again.signIn(email, "after the reset, only me").uri().getPath())
        .isEqualTo("/manage/");
    assertThat(again.get("/manage/events").uri().getPath()).isEqualTo("/manage/events");
  }

  @Test
  void anExpiredLinkSetsNothing(Portal portal) throws Exception {
    String email = SignInIT.editor("expired");
    String link = requestLink(portal, email);
    TestDatabase.update(
        "UPDATE password_reset SET expires_at = now() - interval '1 minute'"
            + " WHERE account_id = (SELECT id FROM account WHERE email = ?)",
        email);

    assertThat(new FacesClient(portal).get(link).body())
        .contains("This link has expired or has already been used.");
    assertThat(new FacesClient(portal).signIn(email, SignInIT.PASSWORD).uri().getPath())
        .isEqualTo("/manage/");
  }

  @Test
  void theAnswerIsTheSameForAnUnknownAddressAndNoMailIsSent(Portal portal) throws Exception {
    int before = portal.mail().getReceivedMessages().length;
    FacesClient visitor = new FacesClient(portal);
    visitor.get("/forgot-password");
    HttpResponse<String> page =
        visitor.submit("forgot", "submit", Map.of("email", "nobody-at-all@example.org"));

    assertThat(page.body()).contains("If an account uses that address, we have sent it a link");
    Thread.sleep(500);
    assertThat(portal.mail().getReceivedMessages()).hasSize(before);
  }

  @Test
  void aDisabledAccountGetsNoResetLink(Portal portal) throws Exception {
    String email = SignInIT.editor("disabledreset");
    TestDatabase.update("UPDATE account SET status = 'DISABLED' WHERE email = ?", email);
    FacesClient visitor = new FacesClient(portal);
    visitor.get("/forgot-password");

    HttpResponse<String> page = visitor.submit("forgot", "submit", Map.of("email", email));

    assertThat(page.body()).contains("If an account uses that address, we have sent it a link");
    Thread.sleep(500);
    assertThat(portal.mail().getReceivedMessages()).noneMatch(m -> recipient(m).equals(email));
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void tooShortAPasswordIsRefusedAndTheLinkStillWorks(Portal portal) throws Exception {
    String email = SignInIT.editor("short");
    String link = requestLink(portal, email);
    FacesClient visitor = new FacesClient(portal);
    visitor.get(link);

    HttpResponse<String> refused = visitor.submit("reset", "submit", Map.of("password", "short"));

    assertThat(refused.body()).contains("Use at least 12 characters");
    assertThat(new FacesClient(portal).get(link).body())
        .contains("Choose a new password")
        .doesNotContain("expired");
  }

  @Test
  void aNewLinkRetiresTheOlderOneAndResetMailGoesThroughTheOutbox(Portal portal) throws Exception {
    String email = SignInIT.editor("relink");
    String older = requestLink(portal, email);
    FacesClient visitor = new FacesClient(portal);
    visitor.get("/forgot-password");
    visitor.submit("forgot", "submit", Map.of("email", email));
    String newer = awaitLink(portal, email, 2);

    assertThat(newer).isNotEqualTo(older);
    assertThat(new FacesClient(portal).get(older).body())
        .contains("This link has expired or has already been used.");
    FacesClient owner = new FacesClient(portal);
    owner.get(newer);
    assertThat(owner.submit("reset", "submit", Map.of("password", "the newest passphrase")).body())
        .contains("Your password is set.");
    // both messages were queued in the outbox, in the transaction that made the link
    assertThat(
            TestDatabase.queryString(
                "SELECT count(*)::text FROM mail_outbox WHERE recipient = ?"
                    + " AND subject = 'Reset your Convene password'",
                email))
        .isEqualTo("2");
  }

  /** The link in the {@code n}th reset message that reached {@code email}. */
  private static String awaitLink(Portal portal, String email, int n) throws Exception {
    long deadline = System.currentTimeMillis() + 10_000;
    while (System.currentTimeMillis() < deadline) {
      List<String> links = new java.util.ArrayList<>();
      for (MimeMessage message : portal.mail().getReceivedMessages()) {
        if (message.getAllRecipients()[0].toString().equals(email)) {
          Matcher m = LINK.matcher(org.convene.testing.EventFixtures.text(message));
          if (m.find()) {
            links.add(m.group(1));
          }
        }
      }
      if (links.size() >= n) {
        return links.get(n - 1);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No message " + n + " reached " + email);
  }

  private static String requestLink(Portal portal, String email) throws Exception {
    FacesClient visitor = new FacesClient(portal);
    visitor.get("/forgot-password");
    HttpResponse<String> page = visitor.submit("forgot", "submit", Map.of("email", email));
    assertThat(page.body()).contains("If an account uses that address, we have sent it a link");
    long deadline = System.currentTimeMillis() + 10_000;
    while (System.currentTimeMillis() < deadline) {
      MimeMessage[] messages = portal.mail().getReceivedMessages();
      for (MimeMessage message : Arrays.asList(messages)) {
        if (message.getAllRecipients()[0].toString().equals(email)) {
          String text = org.convene.testing.EventFixtures.text(message);
          Matcher m = LINK.matcher(text);
          assertThat(m.find()).as("link in: " + text).isTrue();
          assertThat(message.getSubject()).isEqualTo("Reset your Convene password");
          // a branded letter with a button, and the same words as plain text
          assertThat(org.convene.testing.EventFixtures.html(message))
              .contains("Choose a password")
              .contains(m.group(1))
              .contains("If you did not ask, ignore this message");
          assertThat(text).contains("If you did not ask, ignore this message");
          return m.group(1);
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No reset e-mail reached " + email);
  }
}
