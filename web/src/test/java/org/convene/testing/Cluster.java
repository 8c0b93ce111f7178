package org.convene.testing;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Payara Micro instances joined into one Hazelcast cluster on loopback, behind nginx configured
 * from {@code deploy/nginx-cluster.conf} — the same files, options and load balancer as {@code
 * ./convene cluster}. Every instance has its own mail server; {@link #mail()} is what all of them,
 * past and present, received.
 */
public final class Cluster implements AutoCloseable {

  private final Path dir;
  private final String name = "convene-it-" + UUID.randomUUID().toString().substring(0, 8);
  private final int balancerPort;
  private final int[] httpPorts;
  private final int[] dataGridPorts;
  private final Map<String, String> environment;
  private final Portal[] members;
  private final List<Portal> everMembers = new ArrayList<>();
  private Process balancer;

  private Cluster(int size, Map<String, String> environment) throws IOException {
    Path target = Path.of(System.getProperty("convene.micro.jar")).getParent();
    this.dir = Files.createTempDirectory(target, "cluster-it-");
    this.environment = environment;
    this.balancerPort = Ports.free();
    this.httpPorts = new int[size];
    this.dataGridPorts = new int[size];
    for (int i = 0; i < size; i++) {
      httpPorts[i] = Ports.free();
      dataGridPorts[i] = Ports.free();
    }
    this.members = new Portal[size];
  }

  /** Starts {@code size} instances (all at once) and the balancer, and waits until all serve. */
  public static Cluster start(int size, Map<String, String> environment) throws Exception {
    Cluster cluster = new Cluster(size, environment);
    try {
      Path payara = Path.of(System.getProperty("convene.preboot")).getParent();
      Files.writeString(
          cluster.dir.resolve("pre-boot.asadmin"),
          Files.readString(payara.resolve("pre-boot-commands.asadmin"))
              + Files.readString(payara.resolve("cluster-pre-boot-commands.asadmin")));
      Files.writeString(
          cluster.dir.resolve("system.properties"), "hazelcast.socket.bind.any=false\n");
      for (int i = 0; i < size; i++) {
        cluster.launch(i);
      }
      for (Portal member : cluster.members) {
        member.awaitReady(Duration.ofMinutes(4));
      }
      cluster.startBalancer();
      return cluster;
    } catch (Exception | Error e) {
      cluster.close();
      throw e;
    }
  }

  private void launch(int i) throws IOException {
    Path payara = Path.of(System.getProperty("convene.preboot")).getParent();
    String discovery =
        java.util.Arrays.stream(dataGridPorts)
            .mapToObj(p -> "127.0.0.1:" + p)
            .collect(Collectors.joining(","));
    List<String> options =
        List.of(
            "--clustermode",
            "tcpip:" + discovery,
            "--startport",
            Integer.toString(dataGridPorts[i]),
            "--clustername",
            name,
            "--interfaces",
            "127.0.0.1",
            "--nohostaware",
            "--name",
            name + "-" + (i + 1),
            "--systemproperties",
            dir.resolve("system.properties").toString(),
            "--prebootcommandfile",
            dir.resolve("pre-boot.asadmin").toString(),
            "--postdeploycommandfile",
            payara.resolve("post-deploy-commands.asadmin").toString());
    members[i] = Portal.launchMember(Portal.war(), httpPorts[i], options, environment);
    everMembers.add(members[i]);
  }

  private void startBalancer() throws IOException, InterruptedException {
    balancer = balancer(dir, balancerPort, httpPorts);
  }

  /**
   * nginx from {@code deploy/nginx-cluster.conf} on {@code port}, in front of the instances on
   * {@code instances}, its files in {@code dir}; returned once it listens.
   */
  public static Process balancer(Path dir, int port, int... instances)
      throws IOException, InterruptedException {
    Path template = Path.of(System.getProperty("convene.deploy"), "nginx-cluster.conf");
    StringBuilder servers = new StringBuilder();
    for (String backup : List.of("", " backup")) {
      for (int instance : instances) {
        servers
            .append("    server 127.0.0.1:")
            .append(instance)
            .append(" max_fails=1 fail_timeout=5s")
            .append(backup)
            .append(";\n");
      }
    }
    Path conf = dir.resolve("nginx.conf");
    Files.writeString(
        conf,
        Files.readString(template)
            .replace("@DIR@", dir.toString())
            .replace("@PORT@", Integer.toString(port))
            .replace("@DEPLOY@", System.getProperty("convene.deploy"))
            .replace("@SERVERS@", servers.toString().stripTrailing()));
    String nginx = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
    Process balancer =
        new ProcessBuilder(
                nginx,
                "-p",
                dir.toString(),
                "-c",
                conf.toString(),
                "-e",
                dir.resolve("nginx-error.log").toString(),
                "-g",
                "daemon off;")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("nginx.out").toFile())
            .start();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      if (!balancer.isAlive()) {
        throw new IllegalStateException(
            "nginx exited: " + Files.readString(dir.resolve("nginx.out")));
      }
      try (java.net.Socket probe = new java.net.Socket("127.0.0.1", port)) {
        return balancer;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    balancer.destroyForcibly();
    throw new IllegalStateException("nginx did not listen on " + port);
  }

  /**
   * What nginx logged of its upstreams (refused, reset, closed, disabled), one line per kind and
   * instance with its count and the first and last time: what a failed request through the balancer
   * met.
   */
  public String balancerLog() throws IOException {
    Path log = dir.resolve("nginx-error.log");
    if (!Files.exists(log)) {
      return "(no nginx error log)";
    }
    Map<String, List<String>> byKind = new java.util.LinkedHashMap<>();
    java.util.regex.Pattern line =
        java.util.regex.Pattern.compile(
            "^\\S+ (\\S+) \\[(\\w+)\\] [^:]*: (?:\\*\\d+ )?([^,]*),.*$");
    java.util.regex.Pattern upstream =
        java.util.regex.Pattern.compile("upstream: \"http://([^/\"]+)");
    for (String entry : Files.readAllLines(log)) {
      java.util.regex.Matcher m = line.matcher(entry);
      java.util.regex.Matcher to = upstream.matcher(entry);
      String kind;
      String time;
      if (m.matches()) {
        kind = m.group(2) + " " + m.group(3) + (to.find() ? " [" + to.group(1) + "]" : "");
        time = m.group(1);
      } else {
        kind = entry.length() > 160 ? entry.substring(0, 160) : entry;
        time = "";
      }
      byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(time);
    }
    StringBuilder out = new StringBuilder();
    byKind.forEach(
        (kind, times) ->
            out.append(times.size())
                .append(" × ")
                .append(kind)
                .append(" (")
                .append(times.get(0))
                .append(" to ")
                .append(times.get(times.size() - 1))
                .append(")\n"));
    return out.toString();
  }

  /** An address through the load balancer. */
  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + balancerPort).resolve(path);
  }

  /** The instance {@code i} as it runs now. */
  public Portal member(int i) {
    return members[i];
  }

  /** Ends instance {@code i} at once (SIGKILL), as a lost machine. */
  public void kill(int i) throws InterruptedException {
    members[i].kill();
  }

  /**
   * Starts instance {@code i} again on its port, and returns how long it took until it served (its
   * listener opens only once the application is deployed).
   */
  public Duration restart(int i) throws Exception {
    long started = System.nanoTime();
    launch(i);
    members[i].awaitReady(Duration.ofMinutes(4));
    return Duration.ofNanos(System.nanoTime() - started);
  }

  /**
   * Every message the mail servers of this cluster's instances (past members' included) and of any
   * other portal running on the same database (the suite's shared one: its outbox and reminder
   * timers take the same queue) received.
   */
  public List<MimeMessage> mail() {
    java.util.Set<Portal> senders = new java.util.LinkedHashSet<>(everMembers);
    senders.addAll(Portal.live());
    List<MimeMessage> all = new ArrayList<>();
    for (Portal sender : senders) {
      all.addAll(List.of(sender.mail().getReceivedMessages()));
    }
    return all;
  }

  /** Messages per mail server: which instance sent what. */
  public Map<Portal, List<MimeMessage>> mailBySender() {
    Map<Portal, List<MimeMessage>> bySender = new HashMap<>();
    for (Portal member : everMembers) {
      bySender.put(member, List.of(member.mail().getReceivedMessages()));
    }
    return bySender;
  }

  @Override
  public void close() throws Exception {
    if (balancer != null) {
      balancer.destroy();
      balancer.waitFor(10, TimeUnit.SECONDS);
    }
    for (Portal member : everMembers) {
      member.close();
    }
  }
}
