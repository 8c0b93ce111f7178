package org.convene.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The HTTP rules of the page cache's filter that need no running portal. */
class PageCacheFilterTest {

  @Test
  void ifNoneMatchNamesEitherRepresentationWeaklyOrInAList() {
    String plain = "\"abc\"";
    String zipped = "\"abc-gz\"";
    assertThat(PageCacheFilter.matches(null, plain, zipped)).isFalse();
    assertThat(PageCacheFilter.matches("\"abc\"", plain, zipped)).isTrue();
    assertThat(PageCacheFilter.matches("W/\"abc-gz\"", plain, zipped)).isTrue();
    assertThat(PageCacheFilter.matches("\"x\", \"abc\"", plain, zipped)).isTrue();
    assertThat(PageCacheFilter.matches("*", plain, zipped)).isTrue();
    assertThat(PageCacheFilter.matches("\"abd\"", plain, zipped)).isFalse();
  }

  @Test
  void gzipOnlyWhenTheClientAcceptsIt() {
    assertThat(accepts(null)).isFalse();
    assertThat(accepts("gzip, deflate, br")).isTrue();
    assertThat(accepts("br;q=1.0, gzip;q=0.8")).isTrue();
    assertThat(accepts("gzip;q=0")).isFalse();
    assertThat(accepts("identity")).isFalse();
    assertThat(accepts("*")).isTrue();
  }

  @Test
  void gzippedBodiesUnzipToTheSameBytesAndValidatorsDependOnEveryByte() throws Exception {
    byte[] page = "<p>Quality for every clinic</p>".repeat(40).getBytes(StandardCharsets.UTF_8);
    byte[] zipped = PageCacheFilter.gzip(page);
    assertThat(zipped.length).isLessThan(page.length / 4);
    assertThat(new GZIPInputStream(new ByteArrayInputStream(zipped)).readAllBytes())
        .isEqualTo(page);
    byte[] other = page.clone();
    other[other.length - 2] = 'q';
    assertThat(PageCacheFilter.digest(page))
        .isEqualTo(PageCacheFilter.digest(page.clone()))
        .isNotEqualTo(PageCacheFilter.digest(other));
  }

  @Test
  void onlyTextIsHeldBack() {
    assertThat(CapturedResponse.compressible("text/html;charset=UTF-8")).isTrue();
    assertThat(CapturedResponse.compressible("application/json")).isTrue();
    assertThat(CapturedResponse.compressible("text/calendar; charset=utf-8")).isTrue();
    assertThat(CapturedResponse.compressible("application/atom+xml")).isTrue();
    assertThat(CapturedResponse.compressible("image/png")).isFalse();
    assertThat(CapturedResponse.compressible("application/zip")).isFalse();
    assertThat(CapturedResponse.compressible("text/csv")).isFalse();
    assertThat(CapturedResponse.compressible(null)).isFalse();
  }

  private static boolean accepts(String acceptEncoding) {
    jakarta.servlet.http.HttpServletRequest request =
        (jakarta.servlet.http.HttpServletRequest)
            java.lang.reflect.Proxy.newProxyInstance(
                PageCacheFilterTest.class.getClassLoader(),
                new Class<?>[] {jakarta.servlet.http.HttpServletRequest.class},
                (proxy, method, args) ->
                    method.getName().equals("getHeader") && "Accept-Encoding".equals(args[0])
                        ? acceptEncoding
                        : null);
    return PageCacheFilter.acceptsGzip(request);
  }
}
