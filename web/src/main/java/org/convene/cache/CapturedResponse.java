package org.convene.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A response whose text body is held back until the page is done, so that it can be compressed,
 * given a validator and kept; anything else (a logo, a material, a ZIP or CSV download) goes
 * straight through as it is written. Whether a body is held is decided at its first byte, from its
 * content type. A body that grows past {@link #HELD_AT_MOST} is let through as it comes.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

  static final int HELD_AT_MOST = 8 * 1024 * 1024;

  private final HttpServletResponse real;
  private ByteArrayOutputStream held;
  private StringBuilder heldText;
  private Charset charset;
  private boolean passing;
  private boolean setsCookie;
  private boolean handedOver;
  private ServletOutputStream stream;
  private PrintWriter writer;

  CapturedResponse(HttpServletResponse real) {
    super(real);
    this.real = real;
  }

  /** Whether the body is held (a text response, not handed over by an error or redirect). */
  boolean held() {
    if (writer != null) {
      // text let through may still sit in the writer's encoder: the client is owed it
      writer.flush();
    }
    return (held != null || heldText != null) && !passing && !handedOver;
  }

  /** The held body, complete. */
  byte[] body() {
    return heldText != null ? heldText.toString().getBytes(charset) : held.toByteArray();
  }

  boolean setsCookie() {
    return setsCookie;
  }

  /** Whether the page answered by an error or a redirect (the container writes those itself). */
  boolean handedOver() {
    return handedOver;
  }

  static boolean compressible(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.toLowerCase(Locale.ROOT);
    return type.startsWith("text/html")
        || type.startsWith("text/calendar")
        || type.startsWith("text/plain")
        || type.startsWith("text/css")
        || type.startsWith("text/javascript")
        || type.startsWith("text/xml")
        || type.startsWith("application/javascript")
        || type.startsWith("application/json")
        || type.startsWith("application/xml")
        || type.startsWith("application/rss+xml")
        || type.startsWith("application/atom+xml")
        || type.startsWith("application/xhtml+xml")
        || type.startsWith("image/svg+xml");
  }

  /**
   * Whether the body is held; decided at its first byte or character (and again after an error or
   * redirect handed it over): text is held, anything else is let through.
   */
  private boolean holding() {
    if (held == null && heldText == null && !passing) {
      passing = !compressible(getContentType()) || handedOver;
    }
    return !passing;
  }

  private OutputStream target() throws IOException {
    if (holding() && held == null) {
      held = new ByteArrayOutputStream(16 * 1024);
    }
    if (held != null && !passing && held.size() > HELD_AT_MOST) {
      // too big to hold: what is held goes out, and the rest as it comes
      passing = true;
      real.getOutputStream().write(held.toByteArray());
      held = null;
    }
    return passing ? real.getOutputStream() : held;
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (stream == null) {
      stream =
          new ServletOutputStream() {
            @Override
            public void write(int b) throws IOException {
              target().write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              target().write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
              if (passing) {
                real.getOutputStream().flush();
              }
            }

            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
              throw new IllegalStateException("no asynchronous output here");
            }
          };
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (writer == null) {
      String encoding = getCharacterEncoding();
      charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      writer = new TextWriter();
    }
    return writer;
  }

  /** Whether what the page writes as text is held, as characters encoded once when it is done. */
  private boolean holdsText() throws IOException {
    if (holding() && heldText == null) {
      heldText = new StringBuilder(32 * 1024);
    }
    if (heldText != null && !passing && heldText.length() > HELD_AT_MOST) {
      passing = true;
      real.getOutputStream().write(heldText.toString().getBytes(charset));
      heldText = null;
    }
    return heldText != null && !passing;
  }

  /**
   * The page's writer. A page is written in thousands of small pieces (a tag, an attribute, a
   * text); a plain PrintWriter over an OutputStreamWriter takes two locks and encodes each one.
   * Held text goes straight into a StringBuilder instead; text let through goes to the stream.
   */
  private final class TextWriter extends PrintWriter {

    private Writer through;

    TextWriter() {
      super(Writer.nullWriter(), false);
    }

    private Writer through() throws IOException {
      if (through == null) {
        through = new OutputStreamWriter(getOutputStream(), charset);
      }
      return through;
    }

    @Override
    public void write(int c) {
      try {
        if (holdsText()) {
          heldText.append((char) c);
        } else {
          through().write(c);
        }
      } catch (IOException e) {
        setError();
      }
    }

    @Override
    public void write(char[] text, int offset, int length) {
      try {
        if (holdsText()) {
          heldText.append(text, offset, length);
        } else {
          through().write(text, offset, length);
        }
      } catch (IOException e) {
        setError();
      }
    }

    @Override
    public void write(char[] text) {
      write(text, 0, text.length);
    }

    @Override
    public void write(String text, int offset, int length) {
      try {
        if (holdsText()) {
          heldText.append(text, offset, offset + length);
        } else {
          through().write(text, offset, length);
        }
      } catch (IOException e) {
        setError();
      }
    }

    @Override
    public void write(String text) {
      write(text, 0, text.length());
    }

    @Override
    public void println() {
      write(System.lineSeparator());
    }

    @Override
    public void flush() {
      if (through != null) {
        try {
          through.flush();
        } catch (IOException e) {
          setError();
        }
      }
    }

    @Override
    public void close() {
      flush();
    }

    @Override
    public boolean checkError() {
      flush();
      return super.checkError();
    }
  }

  @Override
  public void flushBuffer() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    if (passing) {
      real.flushBuffer();
    }
  }

  @Override
  public void resetBuffer() {
    if (held != null && !passing) {
      held.reset();
    }
    if (heldText != null && !passing) {
      heldText.setLength(0);
    }
    real.resetBuffer();
  }

  @Override
  public void reset() {
    resetBuffer();
    real.reset();
  }

  @Override
  public void setContentLength(int length) {
    if (passing) {
      real.setContentLength(length);
    }
  }

  @Override
  public void setContentLengthLong(long length) {
    if (passing) {
      real.setContentLengthLong(length);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    if ("Content-Length".equalsIgnoreCase(name) && !passing) {
      return;
    }
    noteCookie(name);
    super.setHeader(name, value);
  }

  @Override
  public void addHeader(String name, String value) {
    if ("Content-Length".equalsIgnoreCase(name) && !passing) {
      return;
    }
    noteCookie(name);
    super.addHeader(name, value);
  }

  private void noteCookie(String name) {
    if ("Set-Cookie".equalsIgnoreCase(name)) {
      setsCookie = true;
    }
  }

  @Override
  public void addCookie(Cookie cookie) {
    setsCookie = true;
    super.addCookie(cookie);
  }

  @Override
  public void sendError(int status) throws IOException {
    handOver();
    super.sendError(status);
  }

  @Override
  public void sendError(int status, String message) throws IOException {
    handOver();
    super.sendError(status, message);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    handOver();
    super.sendRedirect(location);
  }

  private void handOver() {
    handedOver = true;
    held = null;
    heldText = null;
  }
}
