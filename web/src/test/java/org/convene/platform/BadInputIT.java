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
 * Input that once answered 500: each now gets a clear 4xx page of the portal's own and changes
 * nothing.
 */
@ExtendWith(RunningPortal.class)
class BadInputIT {

  @Test
  void aNulByteInAnAddressIsABadRequestNotAnError(Portal portal) {
    for (String path :
        new String[] {
          "/collaboratives?q=a%00b",
          "/events?collaborative=a%00b",
          "/api/v1/events?collaborative=a%00b",
          "/c/x%00y"
        }) {
      HttpResponse<String> page = portal.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(400);
      assertThat(page.body()).as(path).contains("This request could not be understood");
    }
  }

  @Test
  void aNulByteInASignInOrAFormChangesNothing(Portal portal) throws Exception {
    String address = "nul-" + TestDatabase.uniqueSlug("x") + "@example.org";
    FacesClient visitor = new FacesClient(portal);
    visitor.get("/login");
    HttpResponse<String> page =
        visitor.submit(
            "login", "submit", Map.of("email", address + "\u0000", "password", "whatever it is"));
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(
            TestDatabase.queryString(
                "SELECT count(*)::text FROM login_throttle WHERE email LIKE ?", "nul-%"))
        .isEqualTo("0");
  }

  @Test
  void aMethodAPageDoesNotTakeGetsThePortalsOwnPage(Portal portal) {
    HttpResponse<String> page = portal.get("/logout");
    assertThat(page.statusCode()).isEqualTo(405);
    assertThat(page.body())
        .contains("This page cannot be used that way")
        .doesNotContainIgnoringCase("payara");
  }
}
