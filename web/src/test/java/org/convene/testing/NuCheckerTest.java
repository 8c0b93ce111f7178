package org.convene.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker the accessibility test relies on does find the errors the portal once had. */
class NuCheckerTest {

  private final NuChecker checker = new NuChecker();

  @Test
  void aValidPageHasNoErrors() {
    assertThat(
            checker.errors(page("<main><h1>Events</h1><h2>Upcoming</h2><p>None yet.</p></main>")))
        .isEmpty();
  }

  @Test
  void namesTheErrorsThePortalOnceHad() {
    List<String> errors =
        checker.errors(
            page(
                "<main><h1>Events</h1><h3>Upcoming</h3>"
                    + "<p aria-label=\"Topics\">Care</p>"
                    + "<form><input type=\"hidden\" name=\"v\" autocomplete=\"off\"></form></main>"));
    assertThat(errors).hasSize(3);
    assertThat(errors)
        .anySatisfy(e -> assertThat(e).contains("skipping 1 heading level"))
        .anySatisfy(e -> assertThat(e).contains("“aria-label” attribute must not be specified"))
        .anySatisfy(e -> assertThat(e).contains("must not have an “autocomplete” attribute"));
  }

  private static String page(String body) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head>"
        + "<body>"
        + body
        + "</body></html>";
  }
}
