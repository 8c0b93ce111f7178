package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressRangesTest {

  @Test
  void anAddressIsARangeOfOne() {
    AddressRanges ranges = AddressRanges.parse("127.0.0.1, 2001:db8::7");
    assertThat(ranges.contains("127.0.0.1")).isTrue();
    assertThat(ranges.contains("127.0.0.2")).isFalse();
    assertThat(ranges.contains("2001:db8:0:0:0:0:0:7")).isTrue();
    assertThat(ranges.contains("[2001:db8::7]")).isTrue();
    assertThat(ranges.contains("2001:db8::8")).isFalse();
    assertThat(ranges.refused()).isEmpty();
  }

  @Test
  void cidrRangesHoldEveryAddressUnderTheirPrefix() {
    AddressRanges ranges = AddressRanges.parse("10.0.0.0/8,172.16.0.0/12, 192.168.4.0/22,fd00::/8");
    assertThat(ranges.contains("10.244.3.17")).isTrue();
    assertThat(ranges.contains("11.0.0.1")).isFalse();
    // a prefix that ends inside a byte: 172.16.0.0–172.31.255.255
    assertThat(ranges.contains("172.31.255.255")).isTrue();
    assertThat(ranges.contains("172.32.0.0")).isFalse();
    assertThat(ranges.contains("172.15.255.255")).isFalse();
    assertThat(ranges.contains("192.168.7.1")).isTrue();
    assertThat(ranges.contains("192.168.8.1")).isFalse();
    assertThat(ranges.contains("fd12:3456::1")).isTrue();
    assertThat(ranges.contains("fe80::1")).isFalse();
    // IPv4 and IPv6 never match each other's ranges, except IPv4 written as IPv6
    assertThat(ranges.contains("::a00:1")).isFalse();
    assertThat(ranges.contains("::ffff:10.1.2.3")).isTrue();
  }

  @Test
  void theWholeSpaceAndAnIpv4RangeWrittenAsIpv6() {
    assertThat(AddressRanges.parse("0.0.0.0/0").contains("203.0.113.9")).isTrue();
    assertThat(AddressRanges.parse("0.0.0.0/0").contains("2001:db8::1")).isFalse();
    AddressRanges mapped = AddressRanges.parse("::ffff:10.0.0.0/104");
    assertThat(mapped.refused()).isEmpty();
    assertThat(mapped.contains("10.9.9.9")).isTrue();
    assertThat(mapped.contains("11.9.9.9")).isFalse();
  }

  @Test
  void whatIsNotAnAddressOrRangeIsRefusedAndNamed() {
    AddressRanges ranges =
        AddressRanges.parse(
            "localhost, proxy.example.org, 300.1.1.1, 10.0.0.0/33, 10.0.0.0/x, ::1/129, 1.2.3, ,");
    assertThat(ranges.refused())
        .containsExactly(
            "localhost",
            "proxy.example.org",
            "300.1.1.1",
            "10.0.0.0/33",
            "10.0.0.0/x",
            "::1/129",
            "1.2.3");
    assertThat(ranges.contains("127.0.0.1")).isFalse();
  }

  @Test
  void whatARequestClaimsIsReadAsALiteralOnlyNeverLookedUp() {
    // "localhost" would resolve to 127.0.0.1 if it were looked up
    AddressRanges loopback = AddressRanges.parse("127.0.0.0/8");
    assertThat(loopback.contains("localhost")).isFalse();
    assertThat(AddressRanges.literal("localhost")).isNull();
    assertThat(AddressRanges.literal("unknown")).isNull();
    assertThat(AddressRanges.literal("127.0.0.1:8080")).isNull();
    assertThat(AddressRanges.literal("")).isNull();
    assertThat(AddressRanges.literal(null)).isNull();
    assertThat(loopback.contains("127.1.2.3")).isTrue();
    // the loopback address as Payara reports it, with an interface named
    assertThat(AddressRanges.parse("::1").contains("0:0:0:0:0:0:0:1%0")).isTrue();
  }
}
