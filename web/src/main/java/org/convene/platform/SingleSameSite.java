package org.convene.platform;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Payara 6 writes a configured {@code SameSite} twice into the session cookie's header ({@code
 * …;SameSite=Lax;SameSite=Lax}). This response collapses it to one just before the response is
 * committed: when the filter chain returns, and before any flush, redirect or error. (Headers
 * cannot change after the commit; the buffer is large enough that a page commits only at its end.)
 */
final class SingleSameSite extends HttpServletResponseWrapper {

  private static final Pattern REPEATED =
      Pattern.compile("(?i)(;\\s*SameSite=[A-Za-z]+)(\\s*;\\s*SameSite=[A-Za-z]+)+");

  /** Big enough for any page, so that only a download commits before the filter returns. */
  static final int BUFFER = 64 * 1024;

  private PrintWriter writer;
  private ServletOutputStream stream;

  SingleSameSite(HttpServletResponse response) {
    super(response);
    if (!response.isCommitted()) {
      response.setBufferSize(BUFFER);
    }
  }

  /** One SameSite per Set-Cookie header, if the response can still change. */
  void fix() {
    HttpServletResponse response = (HttpServletResponse) getResponse();
    if (response.isCommitted()) {
      return;
    }
    List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
    List<String> fixed = cookies.stream().map(SingleSameSite::normalise).toList();
    if (fixed.equals(cookies)) {
      return;
    }
    for (int i = 0; i < fixed.size(); i++) {
      String single = fixed.get(i);
      if (i == 0) {
        response.setHeader("Set-Cookie", single);
      } else {
        response.addHeader("Set-Cookie", single);
      }
    }
  }

  static String collapse(String header) {
    return REPEATED.matcher(header).replaceAll("$1");
  }

  /**
   * The session cookie with exactly one {@code SameSite=Lax} (Payara adds its own only on paths
   * that bypass this wrapper, and then twice); other cookies with repeats collapsed.
   */
  static String normalise(String header) {
    if (!header.startsWith(SESSION_COOKIE + "=")) {
      return collapse(header);
    }
    String single = collapse(header);
    return SAME_SITE.matcher(single).find() ? single : single + ";SameSite=Lax";
  }

  private static final String SESSION_COOKIE = "JSESSIONID";
  private static final Pattern SAME_SITE = Pattern.compile("(?i);\\s*SameSite=");

  @Override
  public void flushBuffer() throws IOException {
    fix();
    super.flushBuffer();
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    fix();
    super.sendRedirect(location);
  }

  @Override
  public void sendError(int sc) throws IOException {
    fix();
    super.sendError(sc);
  }

  @Override
  public void sendError(int sc, String msg) throws IOException {
    fix();
    super.sendError(sc, msg);
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (writer == null) {
      writer =
          new PrintWriter(super.getWriter()) {
            @Override
            public void flush() {
              fix();
              super.flush();
            }

            @Override
            public void close() {
              fix();
              super.close();
            }
          };
    }
    return writer;
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (stream == null) {
      ServletOutputStream out = super.getOutputStream();
      stream =
          new ServletOutputStream() {
            @Override
            public void write(int b) throws IOException {
              out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              out.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
              fix();
              out.flush();
            }

            @Override
            public void close() throws IOException {
              fix();
              out.close();
            }

            @Override
            public boolean isReady() {
              return out.isReady();
            }

            @Override
            public void setWriteListener(WriteListener listener) {
              out.setWriteListener(listener);
            }
          };
    }
    return stream;
  }
}
