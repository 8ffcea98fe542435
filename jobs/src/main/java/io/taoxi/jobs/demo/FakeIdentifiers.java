package io.taoxi.jobs.demo;

import java.util.SplittableRandom;

/**
 * Fake but well-formed personal identifiers for the PII pages. None of them can belong to a person:
 * resident IDs carry an impossible birth date (30 February 1850), emails use example.com/example.cn,
 * IPv4 addresses come from the documentation ranges of RFC 5737, Korean RRNs have month 13.
 */
final class FakeIdentifiers {
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECK = "10X98765432";
  private static final String[] AREAS = {"110105", "310104", "440106", "510107", "330106"};
  private static final String[] NAMES = {"wang.demo", "li_na", "zhang.test", "chen88", "liu.sample", "zhao.x"};

  private FakeIdentifiers() {}

  /** Mainland China mobile number: 13x, 15x or 18x followed by eight digits. */
  static String chinaMobile(SplittableRandom random) {
    String[] prefixes = {"13", "15", "18"};
    return prefixes[random.nextInt(3)] + random.nextInt(10) + digits(random, 8);
  }

  /** 18-character resident ID: area, impossible date 18500230, sequence, ISO 7064 MOD 11-2 check. */
  static String residentId(SplittableRandom random) {
    String first17 = AREAS[random.nextInt(AREAS.length)] + "18500230" + digits(random, 3);
    return first17 + residentIdCheck(first17);
  }

  /** ISO 7064 MOD 11-2 check character of the first 17 digits of a resident ID. */
  static char residentIdCheck(String first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException("need 17 digits, got " + first17.length());
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return ID_CHECK.charAt(sum % 11);
  }

  static String email(SplittableRandom random, String domain) {
    return NAMES[random.nextInt(NAMES.length)] + random.nextInt(100) + "@" + domain;
  }

  /** IPv4 from 192.0.2.0/24, 198.51.100.0/24 or 203.0.113.0/24 (RFC 5737 documentation ranges). */
  static String ipv4(SplittableRandom random) {
    String[] nets = {"192.0.2.", "198.51.100.", "203.0.113."};
    return nets[random.nextInt(3)] + (1 + random.nextInt(254));
  }

  /** Japanese mobile (090/080) or Tokyo landline (03) number, hyphenated. */
  static String japanPhone(SplittableRandom random) {
    return random.nextBoolean()
        ? (random.nextBoolean() ? "090-" : "080-") + digits(random, 4) + "-" + digits(random, 4)
        : "03-" + digits(random, 4) + "-" + digits(random, 4);
  }

  /** Korean resident registration number shape YYMMDD-SNNNNNN with the impossible month 13. */
  static String koreanRrn(SplittableRandom random) {
    return String.format(java.util.Locale.ROOT, "%02d13%02d-%d%s", random.nextInt(100), 1 + random.nextInt(28), 1 + random.nextInt(4),
        digits(random, 6));
  }

  private static String digits(SplittableRandom random, int count) {
    StringBuilder out = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      out.append((char) ('0' + random.nextInt(10)));
    }
    return out.toString();
  }
}
