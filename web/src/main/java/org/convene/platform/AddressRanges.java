package org.convene.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A list of IP addresses and ranges in CIDR notation ({@code 127.0.0.1}, {@code 10.0.0.0/8}, {@code
 * fd00::/8}), as the settings give them: behind a Kubernetes Ingress the load balancer's pods come
 * and go within their network's range. Only literal addresses are read, never a host name, so
 * nothing here asks DNS — neither for the settings nor for an address a request claims. An IPv4
 * address written as IPv6 ({@code ::ffff:10.1.2.3}) is the IPv4 address.
 */
final class AddressRanges {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private record Range(byte[] network, int bits) {

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int whole = bits / 8;
      for (int i = 0; i < whole; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = 0xff << (8 - rest) & 0xff;
      return (address[whole] & mask) == (network[whole] & mask);
    }
  }

  private final List<Range> ranges;
  private final List<String> refused;

  private AddressRanges(List<Range> ranges, List<String> refused) {
    this.ranges = List.copyOf(ranges);
    this.refused = List.copyOf(refused);
  }

  /**
   * The comma-separated entries of {@code list}; an entry that is neither an address nor a range is
   * left out and listed in {@link #refused()}.
   */
  static AddressRanges parse(String list) {
    List<Range> ranges = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (String entry : list == null ? new String[0] : list.split(",")) {
      String text = entry.strip();
      if (text.isEmpty()) {
        continue;
      }
      Range range = range(text);
      if (range == null) {
        refused.add(text);
      } else {
        ranges.add(range);
      }
    }
    return new AddressRanges(ranges, refused);
  }

  /** Whether {@code address} (a literal address; anything else is in no range) is in the list. */
  boolean contains(String address) {
    byte[] bytes = literal(address);
    if (bytes == null) {
      return false;
    }
    for (Range range : ranges) {
      if (range.contains(bytes)) {
        return true;
      }
    }
    return false;
  }

  /** The entries that were neither an address nor a range (the portal logs them). */
  List<String> refused() {
    return refused;
  }

  private static Range range(String text) {
    int slash = text.indexOf('/');
    byte[] network = literal(slash < 0 ? text : text.substring(0, slash));
    if (network == null) {
      return null;
    }
    if (slash < 0) {
      return new Range(network, network.length * 8);
    }
    // an IPv4 range written in IPv6 form (::ffff:10.0.0.0/104) counts 96 bits before the IPv4 one
    boolean written6 = text.substring(0, slash).contains(":");
    String length = text.substring(slash + 1);
    if (!length.matches("\\d{1,3}") || Integer.parseInt(length) > (written6 ? 128 : 32)) {
      return null;
    }
    int bits = Integer.parseInt(length) - (written6 && network.length == 4 ? 96 : 0);
    return bits < 0 ? null : new Range(network, bits);
  }

  /** The address's bytes, or null when the text is not a literal IPv4 or IPv6 address. */
  static byte[] literal(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    if (s.startsWith("[") && s.endsWith("]")) {
      s = s.substring(1, s.length() - 1);
    }
    int zone = s.indexOf('%');
    if (zone >= 0 && s.contains(":")) {
      s = s.substring(0, zone);
    }
    if (IPV4.matcher(s).matches()) {
      if (Arrays.stream(s.split("\\.")).anyMatch(octet -> Integer.parseInt(octet) > 255)) {
        return null;
      }
    } else if (!IPV6.matcher(s).matches() || s.length() > 45) {
      return null;
    }
    try {
      // a literal by the checks above: parsed, never looked up
      return InetAddress.getByName(s).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
