package org.convene.platform;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PrimeFaces' CSP mode adds a header {@code Content-Security-Policy: script-src 'self' 'nonce-…';}
 * to each Faces page. Two policies would both be enforced — the portal's, without the nonce, would
 * block PrimeFaces' scripts — so this response takes the nonce out of PrimeFaces' header and sends
 * the portal's one policy with it instead. Any other policy a component might set is ignored: the
 * portal's is the only one.
 */
final class NoncePolicy extends HttpServletResponseWrapper {

  private static final String HEADER = "Content-Security-Policy";
  private static final Pattern NONCE = Pattern.compile("'nonce-[A-Za-z0-9+/_=-]+'");

  NoncePolicy(HttpServletResponse response) {
    super(response);
  }

  @Override
  public void addHeader(String name, String value) {
    if (HEADER.equalsIgnoreCase(name)) {
      setHeader(name, value);
    } else {
      super.addHeader(name, value);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    if (HEADER.equalsIgnoreCase(name)) {
      super.setHeader(HEADER, policyFor(value));
    } else {
      super.setHeader(name, value);
    }
  }

  /** The portal's policy, with the nonce of the given policy if it has one. */
  static String policyFor(String offered) {
    Matcher nonce = NONCE.matcher(offered == null ? "" : offered);
    return nonce.find()
        ? SecurityHeadersFilter.policyWith(nonce.group())
        : SecurityHeadersFilter.POLICY;
  }
}
