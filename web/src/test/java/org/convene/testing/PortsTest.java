package org.convene.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortsTest {

  @Test
  void portsAreDistinctFreeAndBelowTheEphemeralRange() throws Exception {
    int ephemeral = Ports.ephemeralRangeStart();
    Set<Integer> ports = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      int port = Ports.free();
      assertTrue(port < ephemeral, port + " lies in the ephemeral range from " + ephemeral);
      assertTrue(port % 10 == 0, port + " does not start a block of ten");
      ports.add(port);
    }
    assertEquals(50, ports.size(), "a port was handed out twice: " + ports);
    int port = Ports.free();
    try (ServerSocket server = new ServerSocket()) {
      server.bind(new InetSocketAddress(port));
      assertEquals(port, server.getLocalPort());
    }
  }

  @Test
  void aPortWithALoopbackListenerIsNotFree() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      assertFalse(Ports.bindable(taken.getLocalPort()));
    }
    assertTrue(Ports.bindable(Ports.free()));
  }
}
