package org.convene.cache;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A response as rendered for anonymous visitors: its headers (the security headers and the content
 * security policy with the nonce its scripts carry among them), its body once plain and once
 * gzipped, the strong validator of each, the tables it was built from, the tick its render began at
 * and when it stops being current by itself.
 */
record PageEntry(
    String contentType,
    Map<String, List<String>> headers,
    byte[] plain,
    byte[] gzipped,
    String etagPlain,
    String etagGzipped,
    Set<String> tables,
    long generation,
    Instant expires) {

  /** Its weight in the cache's byte bound: both bodies, the headers, and a little bookkeeping. */
  int weight() {
    int size = plain.length + (gzipped == null ? 0 : gzipped.length) + 512;
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      size += header.getKey().length();
      for (String value : header.getValue()) {
        size += value.length();
      }
    }
    return size + tables.size() * 32;
  }

  /** An entry whose validators are derived from its plain body's digest. */
  static PageEntry of(
      String contentType,
      Map<String, List<String>> headers,
      byte[] plain,
      byte[] gzipped,
      String digest,
      Set<String> tables,
      long generation,
      Instant expires) {
    return new PageEntry(
        contentType,
        headers,
        plain,
        gzipped,
        "\"" + digest + "\"",
        "\"" + digest + "-gz\"",
        tables,
        generation,
        expires);
  }

  /** The validator of one of its two representations. */
  String etag(boolean gzip) {
    return gzip ? etagGzipped : etagPlain;
  }
}
