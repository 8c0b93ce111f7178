package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.SessionCookieConfig;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The session cookie is Secure when a deployment behind TLS says so, and never forced otherwise.
 */
class SessionCookieSettingsTest {

  private final Map<String, Object> set = new HashMap<>();

  private SessionCookieConfig config() {
    return (SessionCookieConfig)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {SessionCookieConfig.class},
            (proxy, m, args) -> {
              if (m.getName().startsWith("set")) {
                set.put(m.getName(), args[0]);
              }
              return null;
            });
  }

  @Test
  void secureOnlyWhenConfiguredHttpOnlyAlways() {
    SessionCookieSettings.apply(config(), true);
    assertThat(set).containsEntry("setSecure", true).containsEntry("setHttpOnly", true);

    set.clear();
    SessionCookieSettings.apply(config(), false);
    assertThat(set).doesNotContainKey("setSecure").containsEntry("setHttpOnly", true);
  }
}
