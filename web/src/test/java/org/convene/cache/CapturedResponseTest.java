package org.convene.cache;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a page writes as text reaches the held body, or the client, whole and in order. */
class CapturedResponseTest {

  private final ByteArrayOutputStream sent = new ByteArrayOutputStream();

  @Test
  void heldTextIsEncodedOnceInTheResponsesCharset() throws Exception {
    CapturedResponse captured = new CapturedResponse(real("text/html;charset=UTF-8"));
    PrintWriter page = captured.getWriter();
    page.write("<p>Grüße aus ");
    page.write('M');
    page.write("xxinnesotaxx".toCharArray(), 2, 8);
    page.write("..— ¿Qué tal?</p>", 2, 15);
    page.print(42);
    page.println();

    assertThat(captured.held()).isTrue();
    assertThat(new String(captured.body(), StandardCharsets.UTF_8))
        .isEqualTo("<p>Grüße aus Minnesota— ¿Qué tal?</p>42" + System.lineSeparator());
    assertThat(sent.size()).isZero();
  }

  @Test
  void textThatIsNotHeldGoesToTheClientAsItComes() throws Exception {
    CapturedResponse captured = new CapturedResponse(real("text/csv;charset=UTF-8"));
    PrintWriter csv = captured.getWriter();
    csv.write("name,town\nJosé,Saint Paul\n");

    // the filter asks once the page is done; the servlet need not have flushed
    assertThat(captured.held()).isFalse();
    assertThat(sent.toString(StandardCharsets.UTF_8)).isEqualTo("name,town\nJosé,Saint Paul\n");
  }

  @Test
  void aPageTooBigToHoldGoesOutWholeAndInOrder() throws Exception {
    CapturedResponse captured = new CapturedResponse(real("text/html;charset=UTF-8"));
    PrintWriter page = captured.getWriter();
    String line = "<li>é</li>".repeat(1000); // 10,000 characters, 11,000 bytes
    int lines = CapturedResponse.HELD_AT_MOST / line.length() + 2;
    for (int i = 0; i < lines; i++) {
      page.write(line);
    }

    assertThat(captured.held()).isFalse();
    assertThat(sent.toString(StandardCharsets.UTF_8)).isEqualTo(line.repeat(lines));
  }

  @Test
  void aResetBufferDropsWhatWasHeld() throws Exception {
    CapturedResponse captured = new CapturedResponse(real("text/html;charset=UTF-8"));
    PrintWriter page = captured.getWriter();
    page.write("<p>half a page, then an error</p>");
    captured.resetBuffer();
    page.write("<p>the error page</p>");

    assertThat(new String(captured.body(), StandardCharsets.UTF_8))
        .isEqualTo("<p>the error page</p>");
  }

  /** A response of {@code contentType} whose body bytes land in {@link #sent}. */
  private HttpServletResponse real(String contentType) {
    ServletOutputStream out =
        new ServletOutputStream() {
          @Override
          public void write(int b) {
            sent.write(b);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {}
        };
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getContentType" -> contentType;
                  case "getCharacterEncoding" -> "UTF-8";
                  case "getOutputStream" -> out;
                  default -> null;
                });
  }
}
