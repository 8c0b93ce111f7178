package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletRequest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What an application-scoped page bean reads is read once per request, and only for it. */
class RequestMemoTest {

  private static ServletRequest request() {
    Map<String, Object> attributes = new HashMap<>();
    return (ServletRequest)
        Proxy.newProxyInstance(
            RequestMemoTest.class.getClassLoader(),
            new Class<?>[] {ServletRequest.class},
            (proxy, m, args) ->
                switch (m.getName()) {
                  case "getAttribute" -> attributes.get((String) args[0]);
                  case "setAttribute" -> attributes.put((String) args[0], args[1]);
                  default -> null;
                });
  }

  @Test
  void aValueIsLoadedOncePerRequestAndNeverSharedWithAnother() {
    AtomicInteger loads = new AtomicInteger();
    ServletRequest first = request();
    ServletRequest second = request();

    assertThat(RequestMemo.get(first, "k", () -> "v" + loads.incrementAndGet())).isEqualTo("v1");
    assertThat(RequestMemo.get(first, "k", () -> "v" + loads.incrementAndGet())).isEqualTo("v1");
    assertThat(RequestMemo.get(second, "k", () -> "v" + loads.incrementAndGet())).isEqualTo("v2");
    assertThat(RequestMemo.get(first, "other", () -> "w")).isEqualTo("w");
    assertThat(loads).hasValue(2);
  }

  @Test
  void nothingFoundIsRememberedToo() {
    AtomicInteger loads = new AtomicInteger();
    ServletRequest request = request();

    for (int i = 0; i < 3; i++) {
      assertThat(
              RequestMemo.<String>get(
                  request,
                  "network",
                  () -> {
                    loads.incrementAndGet();
                    return null;
                  }))
          .isNull();
    }
    assertThat(loads).hasValue(1);
  }
}
