package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.convene.testing.Cluster;
import org.convene.testing.Ports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The cluster's load balancer ({@code deploy/nginx-cluster.conf}, as {@code ./convene cluster} and
 * ClusterIT run it) while one of two instances is gone: one failed request on the instance left (a
 * connection it closes without answering) must not leave visitors with nothing to try. Before the
 * backups, nginx answered every request 502 for the next 5 s ("no live upstreams"); a CI run of
 * ClusterIT met exactly that. The instances here are a port where nothing listens and a minimal
 * HTTP server that can be told to drop one request.
 */
class BalancerFailoverIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Process balancer;
  private ServerSocket survivor;

  @AfterEach
  void stop() throws Exception {
    if (balancer != null) {
      balancer.destroy();
      balancer.waitFor(10, TimeUnit.SECONDS);
    }
    if (survivor != null) {
      survivor.close();
    }
  }

  @Test
  void oneFailureOnTheInstanceLeftCostsNoVisitorAnything() throws Exception {
    AtomicBoolean dropNext = new AtomicBoolean();
    AtomicInteger dropped = new AtomicInteger();
    survivor = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread server = new Thread(() -> serve(survivor, dropNext, dropped), "survivor");
    server.setDaemon(true);
    server.start();
    Path dir =
        Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "balancer-fo-");
    int port = Ports.free();
    balancer = Cluster.balancer(dir, port, Ports.free(), survivor.getLocalPort());

    // the lost instance is found out (refused) and passed over
    for (int i = 0; i < 4; i++) {
      assertThat(get(port)).isEqualTo(200);
    }
    // the instance left closes a connection without answering the request on it
    dropNext.set(true);
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      statuses.add(get(port));
      Thread.sleep(100);
    }

    assertThat(dropped.get()).as("requests the instance left dropped").isEqualTo(1);
    assertThat(statuses)
        .as(
            "over the 2 s after it; nginx logged:%n%s",
            Files.readString(dir.resolve("nginx-error.log")))
        .containsOnly(200);
  }

  private static int get(int port) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/events"))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** Answers each request "200 ok", keeping the connection; closes it unanswered once if told. */
  private static void serve(ServerSocket socket, AtomicBoolean dropNext, AtomicInteger dropped) {
    while (!socket.isClosed()) {
      Socket connection;
      try {
        connection = socket.accept();
      } catch (IOException closed) {
        return;
      }
      Thread handler =
          new Thread(
              () -> {
                try (connection;
                    InputStream in = connection.getInputStream();
                    OutputStream out = connection.getOutputStream()) {
                  while (readHeaders(in)) {
                    if (dropNext.compareAndSet(true, false)) {
                      dropped.incrementAndGet();
                      return;
                    }
                    out.write(
                        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                  }
                } catch (IOException gone) {
                  // the balancer closed the connection
                }
              });
      handler.setDaemon(true);
      handler.start();
    }
  }

  /** Reads one request's head (a GET has no body); false at the end of the connection. */
  private static boolean readHeaders(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    int b;
    while ((b = in.read()) != -1) {
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
      if (matched == 4) {
        return true;
      }
    }
    return false;
  }
}
