package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yaml.snakeyaml.Yaml;

/**
 * The container image and Kubernetes files cannot run here; this reads them and checks that they
 * agree with each other and with the application: the files the image copies exist, the ports
 * match, the probes answer on the real portal, the data grid's DNS name is the headless Service's,
 * and every setting the application needs is given.
 */
@ExtendWith(RunningPortal.class)
class DeploymentFilesIT {

  private static final Path DEPLOY = Path.of(System.getProperty("convene.deploy"));
  private static final Path ROOT = DEPLOY.getParent();

  private static String dockerfile;
  private static List<Map<String, Object>> manifests;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void read() throws Exception {
    dockerfile = Files.readString(DEPLOY.resolve("Dockerfile"));
    manifests = new ArrayList<>();
    for (Object document :
        new Yaml().loadAll(Files.readString(DEPLOY.resolve("kubernetes/convene.yaml")))) {
      manifests.add((Map<String, Object>) document);
    }
  }

  @Test
  void theImageIsBuiltOnThePayaraMicroTheSuiteRunsAndCopiesFilesThatExist() throws Exception {
    String micro = Path.of(System.getProperty("convene.micro.jar")).toString();
    assertThat(micro).endsWith("payara-micro.jar");
    Matcher from = Pattern.compile("(?m)^FROM payara/micro:(\\S+)-jdk17$").matcher(dockerfile);
    assertThat(from.find()).as("FROM the official Payara Micro image").isTrue();
    // the version the suite runs is the root pom's payara.version
    String pom = Files.readString(ROOT.resolve("pom.xml"));
    assertThat(pom).contains("<payara.version>" + from.group(1) + "</payara.version>");

    Matcher copy = Pattern.compile("(?m)^COPY --chown=\\S+ (\\S+) (\\S+)$").matcher(dockerfile);
    int copies = 0;
    while (copy.find()) {
      copies++;
      Path source = ROOT.resolve(copy.group(1));
      if (copy.group(1).endsWith("convene.war")) {
        // the WAR the build makes, and the one this suite tests
        assertThat(source.toAbsolutePath().normalize()).isEqualTo(Portal.war().normalize());
      } else {
        assertThat(source).as(copy.group(1)).isRegularFile();
      }
    }
    assertThat(copies).isEqualTo(2);
    // the listener is not bound to loopback in the image: the line the image deletes is there
    assertThat(Files.readString(ROOT.resolve("web/src/main/payara/pre-boot-commands.asadmin")))
        .contains("http-listener.address=127.0.0.1");
    assertThat(dockerfile).contains("sed -i '/http-listener.address=127.0.0.1/d'");
  }

  @Test
  void portsAgreeBetweenImageDeploymentAndServices() {
    Matcher expose = Pattern.compile("(?m)^EXPOSE (\\d+) (\\d+)$").matcher(dockerfile);
    assertThat(expose.find()).isTrue();
    assertThat(dockerfile).contains("\"--port\", \"" + expose.group(1) + "\"");

    Map<String, Object> container = container();
    Map<String, Integer> ports = new java.util.HashMap<>();
    for (Map<String, Object> port : list(container, "ports")) {
      ports.put((String) port.get("name"), (Integer) port.get("containerPort"));
    }
    assertThat(ports)
        .containsEntry("http", Integer.parseInt(expose.group(1)))
        .containsEntry("datagrid", Integer.parseInt(expose.group(2)));
    for (Map<String, Object> service : kind("Service")) {
      for (Map<String, Object> port : list(map(service, "spec"), "ports")) {
        assertThat(ports).containsKey((String) port.get("targetPort"));
      }
      // every Service selects the Deployment's pods
      assertThat(map(map(service, "spec"), "selector")).isEqualTo(podLabels());
    }
  }

  @Test
  void instancesFindEachOtherThroughTheHeadlessServicesDns() {
    Map<String, Object> headless =
        kind("Service").stream()
            .filter(s -> "None".equals(map(s, "spec").get("clusterIP")))
            .findFirst()
            .orElseThrow();
    assertThat(map(headless, "spec").get("publishNotReadyAddresses")).isEqualTo(true);
    String name = (String) map(headless, "metadata").get("name");
    String namespace = (String) map(headless, "metadata").get("namespace");
    int port = (Integer) list(map(headless, "spec"), "ports").get(0).get("port");
    List<String> args = strings(container(), "args");
    int mode = args.indexOf("--clustermode");
    assertThat(mode).isNotNegative();
    assertThat(args.get(mode + 1))
        .isEqualTo("dns:" + name + "." + namespace + ".svc.cluster.local:" + port);
    assertThat(args).contains("--clustername").doesNotContain("--nohazelcast");
  }

  @Test
  void theProbesAskPathsThePortalAnswers(Portal portal) {
    Map<String, Object> container = container();
    for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
      Map<String, Object> get = map(map(container, probe), "httpGet");
      assertThat(get.get("port")).isEqualTo("http");
      String path = (String) get.get("path");
      assertThat(path).startsWith("/health/");
      assertThat(portal.get(path).statusCode()).as(probe + " " + path).isEqualTo(200);
    }
    assertThat(map(map(container, "readinessProbe"), "httpGet").get("path"))
        .isEqualTo("/health/ready");
  }

  @Test
  void everySettingTheApplicationNeedsIsGivenAndOnlyKnownOnes() throws Exception {
    List<String> given = new ArrayList<>();
    for (Map<String, Object> source : list(container(), "envFrom")) {
      String kind = source.containsKey("secretRef") ? "Secret" : "ConfigMap";
      String name =
          (String) map(source, kind.equals("Secret") ? "secretRef" : "configMapRef").get("name");
      Map<String, Object> object =
          kind(kind).stream()
              .filter(o -> name.equals(map(o, "metadata").get("name")))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
      given.addAll(map(object, kind.equals("Secret") ? "stringData" : "data").keySet());
    }
    assertThat(given)
        .contains("DB_URL", "DB_USER", "DB_PASSWORD", "DB_OWNER_USER", "DB_OWNER_PASSWORD")
        .contains("CONVENE_BASE_URL", "CONVENE_MAIL_HOST");
    // each one is a setting the README's configuration table (or the database's) names
    String readme = Files.readString(ROOT.resolve("README.md"));
    for (String setting : given) {
      assertThat(readme).as(setting).contains(setting);
    }
    // the database's secrets are in the Secret, not the ConfigMap
    Map<String, Object> config = map(kind("ConfigMap").get(0), "data");
    assertThat(config.keySet()).noneMatch(k -> k.contains("PASSWORD"));
  }

  private static Map<String, Object> container() {
    Map<String, Object> deployment = kind("Deployment").get(0);
    Map<String, Object> pod = map(map(map(deployment, "spec"), "template"), "spec");
    return list(pod, "containers").get(0);
  }

  private static Map<String, Object> podLabels() {
    Map<String, Object> deployment = kind("Deployment").get(0);
    return map(map(map(map(deployment, "spec"), "template"), "metadata"), "labels");
  }

  private static List<Map<String, Object>> kind(String kind) {
    return manifests.stream().filter(m -> kind.equals(m.get("kind"))).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    assertThat(value).as(key).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    assertThat(value).as(key).isInstanceOf(List.class);
    return (List<Map<String, Object>>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Map<String, Object> parent, String key) {
    return (List<String>) parent.get(key);
  }
}
