package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configurable parts of the security headers: HSTS only when a deployment asks for it. */
class SecurityHeadersFilterTest {

  private final Map<String, String> headers = new HashMap<>();
  private int status = 200;
  private boolean passedOn;

  private void run(long hstsMaxAge, String method) throws Exception {
    SecurityHeadersFilter filter = new SecurityHeadersFilter();
    Field field = SecurityHeadersFilter.class.getDeclaredField("hstsMaxAge");
    field.setAccessible(true);
    field.setLong(filter, hstsMaxAge);
    HttpServletRequest request =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, m, args) ->
                    switch (m.getName()) {
                      case "getMethod" -> method;
                      case "getDispatcherType" -> DispatcherType.REQUEST;
                      case "getRequestURI" -> "/collaboratives";
                      case "getParameterMap" -> Map.of();
                      case "isRequestedSessionIdFromURL" -> false;
                      default -> null;
                    });
    HttpServletResponse response =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, m, args) -> {
                  switch (m.getName()) {
                    case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                    case "sendError" -> status = (Integer) args[0];
                    case "isCommitted" -> {
                      return false;
                    }
                    case "getHeaders" -> {
                      return java.util.List.of();
                    }
                    default -> {}
                  }
                  return null;
                });
    FilterChain chain = (req, res) -> passedOn = true;
    filter.doFilter(request, response, chain);
  }

  @Test
  void hstsIsSentOnlyWhenConfigured() throws Exception {
    run(0, "GET");
    assertThat(headers).doesNotContainKey("Strict-Transport-Security");
    assertThat(headers).containsKey("Content-Security-Policy");

    headers.clear();
    run(31_536_000, "GET");
    assertThat(headers)
        .containsEntry("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    assertThat(passedOn).isTrue();
  }

  @Test
  void anotherMethodIsRefusedWithAllow() throws Exception {
    run(0, "DELETE");
    assertThat(status).isEqualTo(405);
    assertThat(headers).containsEntry("Allow", "GET, HEAD, POST");
    assertThat(passedOn).isFalse();
  }

  @Test
  void aRepeatedSameSiteIsWrittenOnce() {
    assertThat(
            SingleSameSite.collapse("JSESSIONID=abc; Path=/; HttpOnly;SameSite=Lax;SameSite=Lax"))
        .isEqualTo("JSESSIONID=abc; Path=/; HttpOnly;SameSite=Lax");
    assertThat(SingleSameSite.collapse("a=b; SameSite=Strict; SameSite=Strict; Secure"))
        .isEqualTo("a=b; SameSite=Strict; Secure");
    assertThat(SingleSameSite.collapse("a=b; HttpOnly")).isEqualTo("a=b; HttpOnly");
    assertThat(SingleSameSite.normalise("JSESSIONID=abc; Path=/; HttpOnly"))
        .isEqualTo("JSESSIONID=abc; Path=/; HttpOnly;SameSite=Lax");
    assertThat(SingleSameSite.normalise("JSESSIONID=abc; HttpOnly;SameSite=Lax;SameSite=Lax"))
        .isEqualTo("JSESSIONID=abc; HttpOnly;SameSite=Lax");
    assertThat(SingleSameSite.normalise("other=1; Path=/")).isEqualTo("other=1; Path=/");
  }

  @Test
  void primeFacesNonceJoinsThePortalsPolicyInsteadOfASecondPolicy() {
    String folded = NoncePolicy.policyFor("script-src 'self' 'nonce-YWJjMTIz';");
    assertThat(folded)
        .startsWith(SecurityHeadersFilter.POLICY)
        .endsWith("script-src 'self' 'nonce-YWJjMTIz'")
        .contains("frame-ancestors 'none'")
        .contains("frame-src https://www.youtube-nocookie.com https://player.vimeo.com;");
    // a policy without a nonce (or an attempt to loosen it) changes nothing
    assertThat(NoncePolicy.policyFor("script-src * 'unsafe-inline'"))
        .isEqualTo(SecurityHeadersFilter.POLICY);
    assertThat(NoncePolicy.policyFor(null)).isEqualTo(SecurityHeadersFilter.POLICY);
  }
}
