package org.convene.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP link between the portal under test and PostgreSQL, on loopback. Cutting it is, for the
 * portal, exactly what stopping PostgreSQL is: open connections break and new ones are refused.
 * Restoring it is PostgreSQL coming back. This lets a test take the database away from one portal
 * without stopping the PostgreSQL that other tests (and developers) share.
 */
public final class DatabaseLink implements AutoCloseable {

  private final String targetHost;
  private final int targetPort;
  private final int port;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final AtomicLong statements = new AtomicLong();
  private final AtomicLong bytesFromDatabase = new AtomicLong();
  private volatile ServerSocket server;

  public DatabaseLink(String targetHost, int targetPort) throws IOException {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    // below the ephemeral range: while the database is away, no outgoing connection takes it
    this.port = Ports.free();
    restore();
  }

  public int port() {
    return port;
  }

  /** Starts accepting connections again (PostgreSQL is back). */
  public synchronized void restore() throws IOException {
    if (server != null) {
      return;
    }
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    server = socket;
    Thread acceptor = new Thread(() -> acceptLoop(socket), "db-link-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Breaks every open connection and refuses new ones (PostgreSQL is down). */
  public synchronized void cut() {
    ServerSocket socket = server;
    server = null;
    closeQuietly(socket);
    sockets.forEach(DatabaseLink::closeQuietly);
    sockets.clear();
  }

  @Override
  public void close() {
    cut();
  }

  private void acceptLoop(ServerSocket socket) {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Socket upstream = new Socket(targetHost, targetPort);
        sockets.add(client);
        sockets.add(upstream);
        pump(client, upstream, new PgStatementCounter(statements), null);
        pump(upstream, client, null, bytesFromDatabase);
      } catch (IOException e) {
        // closed by cut(), or PostgreSQL refused: the client sees its connection fail
      }
    }
  }

  /**
   * SQL statements sent through this link so far (Query and Execute messages). Read it before and
   * after a request to see how many statements the request cost.
   */
  public long statements() {
    return statements.get();
  }

  /** Bytes PostgreSQL has sent through this link so far: how much data requests read. */
  public long bytesFromDatabase() {
    return bytesFromDatabase.get();
  }

  private void pump(Socket from, Socket to, PgStatementCounter counter, AtomicLong bytes) {
    Thread t =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                  if (counter != null) {
                    counter.feed(buffer, n);
                  }
                  if (bytes != null) {
                    bytes.addAndGet(n);
                  }
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException e) {
                // one side closed
              } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
              }
            },
            "db-link-pump");
    t.setDaemon(true);
    t.start();
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (Exception ignored) {
      // nothing to do
    }
  }
}
