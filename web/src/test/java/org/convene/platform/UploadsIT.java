package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.convene.testing.EventFixtures;
import org.convene.testing.FacesClient;
import org.convene.testing.Portal;
import org.convene.testing.RunningPortal;
import org.convene.testing.TestDatabase;
import org.convene.testing.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Uploads through the workspace: storage quota, size limits (announced and chunked), no temporary
 * file left behind, scripted PDFs refused, and no uploads outside the workspace.
 */
@ExtendWith(RunningPortal.class)
class UploadsIT {

  private static final String PASSWORD = "correct horse battery staple";
  private String slug;
  private String editor;
  private long event;

  @BeforeEach
  void editor(Portal portal) throws Exception {
    TestDatabase.ensureNetwork();
    slug = TestDatabase.insertCollaborative(TestDatabase.uniqueSlug("upl"), "Upload Collab", "UC");
    editor = "editor-" + slug + "@example.org";
    TestDatabase.createAccount(editor, "Upload Editor", PASSWORD, false);
    TestDatabase.grantEditor(editor, slug);
    event =
        EventFixtures.insertEvent(
            slug,
            "Uploads",
            Instant.now().plus(Duration.ofDays(3)),
            Duration.ofHours(1),
            "UTC",
            null);
  }

  private FacesClient onEventPage(Portal portal) {
    FacesClient client = new FacesClient(portal);
    assertThat(client.signIn(editor, PASSWORD).uri().getPath()).isEqualTo("/manage/");
    client.get("/manage/event?id=" + event);
    return client;
  }

  private long materials() throws Exception {
    return EventFixtures.count("SELECT count(*) FROM material WHERE event_id = ?", event);
  }

  @Test
  void aFileChosenWhileCreatingAnEventIsAttachedAndARefusedOneLeavesTheEventSaved(Portal portal)
      throws Exception {
    FacesClient client = new FacesClient(portal);
    client.signIn(editor, PASSWORD);
    java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
    form.put("title", "Created with slides");
    form.put("date", java.time.LocalDate.now().plusDays(20).toString());
    form.put("startTime", "12:00");
    form.put("endTime", "13:00");
    form.put("zoneId", "America/Chicago");
    form.put("format", "ONLINE");
    form.put("firstMaterialTitle", "Slides");
    client.get("/manage/event");
    HttpResponse<String> created =
        client.submitFile(
            "event", "save", form, "firstMaterial", "slides.pdf", TestDocuments.pdf());
    assertThat(created.body())
        .contains("is saved as a draft")
        .contains("“slides.pdf” is attached.");
    assertThat(
            EventFixtures.count(
                "SELECT count(*) FROM material m JOIN event e ON e.id = m.event_id"
                    + " WHERE e.title = 'Created with slides' AND m.title = 'Slides'"
                    + " AND e.collaborative_id = (SELECT id FROM collaborative WHERE slug = ?)",
                slug))
        .isEqualTo(1);

    form.put("title", "Created with a scripted file");
    client.get("/manage/event");
    HttpResponse<String> refused =
        client.submitFile(
            "event", "save", form, "firstMaterial", "s.pdf", TestDocuments.pdfWithScript());
    assertThat(refused.body())
        .contains("is saved as a draft")
        .contains("“s.pdf” was not attached: ")
        .contains("This PDF contains JavaScript");
    assertThat(
            EventFixtures.count(
                "SELECT count(*) FROM event WHERE title = 'Created with a scripted file'"
                    + " AND collaborative_id = (SELECT id FROM collaborative WHERE slug = ?)",
                slug))
        .isEqualTo(1);
  }

  @Test
  void aPdfIsUploadedAndTheStorageUsedIsShown(Portal portal) throws Exception {
    FacesClient client = onEventPage(portal);
    assertThat(client.get("/manage/event?id=" + event).body())
        .contains("Files use 0.0 MB of your collaborative's 500.0 MB");

    HttpResponse<String> done =
        client.submitFile(
            "materialUpload",
            "upload",
            Map.of("uploadTitle", "Slides"),
            "plainFile",
            "slides.pdf",
            TestDocuments.pdf());

    assertThat(done.body()).contains("The file is uploaded.");
    assertThat(materials()).isEqualTo(1);
  }

  @Test
  void aFullCollaborativeIsToldSoAndNothingIsStored(Portal portal) throws Exception {
    // all but 10 bytes of the 500 MB already used by earlier materials
    TestDatabase.update(
        "INSERT INTO material (collaborative_id, event_id, title, file_name, file_type,"
            + " size_bytes, sha256, content, created_at) SELECT collaborative_id, id,"
            + " 'Old recording notes', 'old.pdf', 'PDF', ?, 'x', convert_to('%PDF-1.4 ',"
            + " 'UTF8'), now() FROM event WHERE id = ?",
        500L * 1024 * 1024 - 10, event);
    FacesClient client = onEventPage(portal);
    assertThat(client.get("/manage/event?id=" + event).body())
        .contains("Files use 500.0 MB of your collaborative");

    HttpResponse<String> refused =
        client.submitFile(
            "materialUpload",
            "upload",
            Map.of("uploadTitle", "More"),
            "plainFile",
            "more.pdf",
            TestDocuments.pdf());

    assertThat(refused.body())
        .contains("file storage is full: ")
        .contains("Remove materials or resource files you no longer need");
    assertThat(materials()).isEqualTo(1);
  }

  @Test
  void aPdfThatRunsJavaScriptIsRefused(Portal portal) throws Exception {
    FacesClient client = onEventPage(portal);
    HttpResponse<String> refused =
        client.submitFile(
            "materialUpload",
            "upload",
            Map.of("uploadTitle", "Scripted"),
            "plainFile",
            "s.pdf",
            TestDocuments.pdfWithScript());
    assertThat(refused.body()).contains("This PDF contains JavaScript");
    assertThat(materials()).isZero();
  }

  @Test
  void aFileOverTheLimitIsRefusedAndLeavesNoTemporaryFile(Portal portal) throws Exception {
    Instant started = Instant.now().minusSeconds(1);
    FacesClient client = onEventPage(portal);
    byte[] big = new byte[51 * 1024 * 1024];
    byte[] pdf = TestDocuments.pdf();
    System.arraycopy(pdf, 0, big, 0, pdf.length);

    HttpResponse<String> refused =
        client.submitFile(
            "materialUpload",
            "upload",
            Map.of("uploadTitle", "Huge"),
            "plainFile",
            "huge.pdf",
            big);

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("The file is larger than 50 MB");
    assertThat(materials()).isZero();
    assertThat(largeFilesWrittenSince(started)).isEmpty();
  }

  @Test
  void aTwoGigabyteUploadIsRefusedBeforeItsBodyIsRead(Portal portal) throws Exception {
    FacesClient client = onEventPage(portal);
    String cookie = client.cookieHeader();
    java.net.URI uri = portal.uri("/manage/event?id=" + event);
    long announced = 2L * 1024 * 1024 * 1024;
    try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(20_000);
      java.io.OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + uri.getRawPath()
                  + "?"
                  + uri.getRawQuery()
                  + " HTTP/1.1\r\n"
                  + "Host: "
                  + uri.getHost()
                  + ":"
                  + uri.getPort()
                  + "\r\n"
                  + "Cookie: "
                  + cookie
                  + "\r\n"
                  + "Content-Type: multipart/form-data; boundary=----two-gigabytes\r\n"
                  + "Content-Length: "
                  + announced
                  + "\r\n\r\n"
                  + "------two-gigabytes\r\nContent-Disposition: form-data;"
                  + " name=\"materialUpload:file\"; filename=\"film.mp4\"\r\n\r\n")
              .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      out.write(new byte[64 * 1024]); // the first of its 2 GB: the answer comes without the rest
      out.flush();
      String status =
          new java.io.BufferedReader(
                  new java.io.InputStreamReader(
                      socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII))
              .readLine();
      assertThat(status).startsWith("HTTP/1.1 413");
    }
    assertThat(materials()).isZero();
    assertThat(portal.get("/health/ready").statusCode()).isEqualTo(200);
  }

  @Test
  void aChunkedBodyOverTheLimitGets413NotAnErrorAndLeavesNothing(Portal portal) throws Exception {
    Instant started = Instant.now().minusSeconds(1);
    FacesClient client = onEventPage(portal);
    String cookie = client.cookieHeader();
    long size = 60L * 1024 * 1024;
    String boundary = "----chunked";
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"materialUpload:file\";"
                + " filename=\"big.pdf\"\r\n\r\n")
            .getBytes();
    HttpRequest request =
        HttpRequest.newBuilder(portal.uri("/manage/event?id=" + event))
            .header("Cookie", cookie)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body(head, size)))
            .build();

    int status;
    try {
      status =
          HttpClient.newHttpClient()
              .send(request, HttpResponse.BodyHandlers.discarding())
              .statusCode();
    } catch (IOException closedWhileSending) {
      status = -1; // the portal may close the connection once it has answered
    }

    assertThat(status).isIn(413, -1);
    assertThat(materials()).isZero();
    assertThat(largeFilesWrittenSince(started)).isEmpty();
    // the portal is fine afterwards
    assertThat(portal.get("/health/ready").statusCode()).isEqualTo(200);
  }

  @Test
  void nothingCanBeUploadedOutsideTheWorkspace(Portal portal) throws Exception {
    HttpResponse<String> refused =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(portal.uri("/collaboratives"))
                    .header("Content-Type", "multipart/form-data; boundary=x")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Convene");
  }

  private static InputStream body(byte[] head, long size) {
    return new InputStream() {
      private long sent;

      @Override
      public int read() {
        if (sent >= size) {
          return -1;
        }
        return sent < head.length ? head[(int) sent++] : (int) (sent++ & 0) + 'x';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (sent >= size) {
          return -1;
        }
        int n = (int) Math.min(len, size - sent);
        for (int i = 0; i < n; i++) {
          b[off + i] = sent < head.length ? head[(int) sent] : (byte) 'x';
          sent++;
        }
        return n;
      }
    };
  }

  /** Files over 10 MB written under the test portals' temporary directory since {@code since}. */
  private static List<Path> largeFilesWrittenSince(Instant since) throws IOException {
    Path temp = Path.of(System.getProperty("convene.micro.jar")).getParent().resolve("portal-it");
    try (Stream<Path> files = Files.walk(temp)) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              f -> {
                try {
                  return Files.size(f) > 10L * 1024 * 1024
                      && Files.getLastModifiedTime(f).compareTo(FileTime.from(since)) > 0;
                } catch (IOException gone) {
                  return false;
                }
              })
          .toList();
    }
  }
}
