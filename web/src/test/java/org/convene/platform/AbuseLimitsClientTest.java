package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/**
 * Who the limits count: {@code X-Forwarded-For} is believed only from a trusted proxy (an address
 * or a range), and only up to the nearest hop that is not one — what a visitor writes in the header
 * themselves never makes them someone else.
 */
class AbuseLimitsClientTest {

  @Test
  void aVisitorNotBehindATrustedProxyIsTheirConnectionWhateverTheHeaderSays() throws Exception {
    AbuseLimits limits = limits("10.0.0.0/8", "");
    assertThat(limits.client(request("203.0.113.9", "198.51.100.1"))).isEqualTo("203.0.113.9");
    // claiming to come through a trusted proxy changes nothing either
    assertThat(limits.client(request("203.0.113.9", "198.51.100.1, 10.1.1.1")))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void behindProxiesInTheRangeTheVisitorIsTheNearestHopNotInIt() throws Exception {
    AbuseLimits limits = limits("10.0.0.0/8, fd00::/8", "");
    assertThat(limits.client(request("10.244.3.17", "198.51.100.1"))).isEqualTo("198.51.100.1");
    // through two proxies of the range (an Ingress behind a cloud balancer)
    assertThat(limits.client(request("10.244.3.17", "198.51.100.1, 10.9.0.2")))
        .isEqualTo("198.51.100.1");
    assertThat(limits.client(request("fd12::4", "198.51.100.1"))).isEqualTo("198.51.100.1");
    // whatever the visitor put before their own address is not believed: the nearest hop is
    assertThat(limits.client(request("10.244.3.17", "192.0.2.77, 198.51.100.1")))
        .isEqualTo("198.51.100.1");
    // no header: the proxy itself
    assertThat(limits.client(request("10.244.3.17", null))).isEqualTo("10.244.3.17");
  }

  @Test
  void aRangeThatIsNotOneTrustsNobody() throws Exception {
    // a host name is never looked up: the entry is left out, and the header is not believed
    AbuseLimits limits = limits("localhost, 10.0.0.0/33", "");
    assertThat(limits.client(request("127.0.0.1", "198.51.100.1"))).isEqualTo("127.0.0.1");
    assertThat(limits.client(request("10.0.0.1", "198.51.100.1"))).isEqualTo("10.0.0.1");
  }

  private static AbuseLimits limits(String trusted, String exempt) throws Exception {
    AbuseLimits limits = new AbuseLimits();
    set(limits, "trustedProxies", trusted);
    set(limits, "exemptClients", exempt);
    for (String allowance :
        new String[] {"signUpPerClient", "signUpPerAddress", "resetPerClient", "resetPerAddress"}) {
      set(limits, allowance, 10);
    }
    limits.init();
    return limits;
  }

  private static void set(Object target, String field, Object value) throws Exception {
    java.lang.reflect.Field f = AbuseLimits.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(target, value);
  }

  private static HttpServletRequest request(String remote, String forwardedFor) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRemoteAddr" -> remote;
                  case "getHeader" ->
                      "X-Forwarded-For".equalsIgnoreCase((String) args[0]) ? forwardedFor : null;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
