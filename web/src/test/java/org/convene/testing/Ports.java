package org.convene.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for the suite's servers (portals, cluster members and their data grid, balancers, mail).
 *
 * <p>A port taken from the kernel by binding port 0 lies in the ephemeral range, where any outgoing
 * connection (a pool's connection to PostgreSQL, a browser's) may take it as its own end in the
 * seconds before the server that was promised it binds. The ports here come from below that range,
 * were free when handed out, and are never handed out twice in one test JVM; each stands alone in a
 * block of ten, because Hazelcast takes the next port when its own is held.
 */
public final class Ports {

  private static final int BLOCK = 10;
  private static final int LOWEST = 10_000;
  private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

  private Ports() {}

  /** A port free on every address now, below the ephemeral range, not handed out before. */
  public static int free() throws IOException {
    int below = ephemeralRangeStart();
    int blocks = (below - LOWEST) / BLOCK;
    if (blocks < 100) {
      throw new IllegalStateException(
          "the ephemeral range starts at " + below + ": no room below it for the suite's ports");
    }
    for (int attempt = 0; attempt < 1000; attempt++) {
      int port = LOWEST + ThreadLocalRandom.current().nextInt(blocks) * BLOCK;
      if (bindable(port) && HANDED_OUT.add(port)) {
        return port;
      }
    }
    throw new IOException("no free port found below " + below + " after 1000 tries");
  }

  static boolean bindable(int port) {
    // the wildcard address conflicts with a listener on any address, loopback included
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(false);
      socket.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException taken) {
      return false;
    }
  }

  static int ephemeralRangeStart() {
    try {
      // read line by line: /proc reports a size of 0, which whole-file reads may trust
      try (BufferedReader reader =
          Files.newBufferedReader(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))) {
        return Integer.parseInt(reader.readLine().trim().split("\\s+")[0]);
      }
    } catch (IOException | RuntimeException unreadable) {
      return 32_768; // Linux's default
    }
  }
}
