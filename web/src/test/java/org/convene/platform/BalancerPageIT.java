package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.convene.testing.Cluster;
import org.convene.testing.NuChecker;
import org.convene.testing.Ports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * When the cluster's load balancer has no answer to give (no instance takes the request, or the one
 * holding a post is lost with it), the visitor sees the portal's own page, in both its languages,
 * with the 502 kept — a post included, which nginx would otherwise answer 405 — and never nginx's.
 * nginx here runs {@code deploy/nginx-cluster.conf} in front of a port where nothing listens.
 */
class BalancerPageIT {

  private static Process balancer;
  private static int port;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void balancerWithNoInstance() throws Exception {
    Path dir =
        Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "balancer-page-");
    port = Ports.free();
    balancer = Cluster.balancer(dir, port, Ports.free());
  }

  @AfterAll
  static void stop() throws Exception {
    if (balancer != null) {
      balancer.destroy();
      balancer.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aPageNoInstanceCouldAnswerIsThePortalsOwnWithThe502() throws Exception {
    HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/c/icsi/events")).GET());
    assertThat(page.statusCode()).isEqualTo(502);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(page.body())
        .contains("<html lang=\"en\">")
        .contains("<h1>The portal could not answer just now</h1>")
        .contains("look before")
        .contains("lang=\"es\"")
        .doesNotContain("nginx");
    assertThat(new NuChecker().errors(page.body())).isEmpty();
  }

  @Test
  void aPostGetsTheSamePageNotAMethodError() throws Exception {
    HttpResponse<String> post =
        send(
            HttpRequest.newBuilder(uri("/c/icsi/events/42/register"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=Ada&email=ada%40example.org")));
    assertThat(post.statusCode()).isEqualTo(502);
    assertThat(post.body()).contains("The portal could not answer just now");
  }

  @Test
  void thePageCannotBeAskedForByItself() throws Exception {
    // internal: the address is nginx's own business (no instance serves one like it either)
    assertThat(send(HttpRequest.newBuilder(uri("/unavailable.html")).GET()).statusCode())
        .isEqualTo(404);
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(
        request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
