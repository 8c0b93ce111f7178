package org.convene.testing;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the SQL statements a client sends to PostgreSQL by reading the frontend protocol off the
 * wire: each simple Query ('Q') and each Execute ('E') of the extended protocol is one statement.
 * One instance per connection (the parser keeps that connection's position); the total is shared.
 */
final class PgStatementCounter {

  private static final int SSL_REQUEST = 80877103;
  private static final int GSS_REQUEST = 80877104;

  private final AtomicLong total;
  private boolean started; // after the StartupMessage, every message has a type byte
  private final byte[] header = new byte[5];
  private int headerFilled;
  private long bodyRemaining;

  PgStatementCounter(AtomicLong total) {
    this.total = total;
  }

  void feed(byte[] buffer, int length) {
    int i = 0;
    while (i < length) {
      if (bodyRemaining > 0) {
        int skip = (int) Math.min(bodyRemaining, length - i);
        bodyRemaining -= skip;
        i += skip;
        continue;
      }
      int headerSize = started ? 5 : 8;
      int take = Math.min(headerSize - headerFilled, length - i);
      if (started) {
        System.arraycopy(buffer, i, header, headerFilled, take);
      } else {
        for (int k = 0; k < take; k++) {
          untyped[headerFilled + k] = buffer[i + k];
        }
      }
      headerFilled += take;
      i += take;
      if (headerFilled < headerSize) {
        continue;
      }
      headerFilled = 0;
      if (started) {
        char type = (char) header[0];
        int messageLength = readInt(header, 1);
        if (type == 'Q' || type == 'E') {
          total.incrementAndGet();
        }
        bodyRemaining = messageLength - 4L;
      } else {
        int messageLength = readInt(untyped, 0);
        int code = readInt(untyped, 4);
        if (code != SSL_REQUEST && code != GSS_REQUEST) {
          started = true; // the StartupMessage itself
        }
        bodyRemaining = messageLength - 8L;
      }
    }
  }

  private final byte[] untyped = new byte[8];

  private static int readInt(byte[] b, int offset) {
    return ((b[offset] & 0xff) << 24)
        | ((b[offset + 1] & 0xff) << 16)
        | ((b[offset + 2] & 0xff) << 8)
        | (b[offset + 3] & 0xff);
  }
}
