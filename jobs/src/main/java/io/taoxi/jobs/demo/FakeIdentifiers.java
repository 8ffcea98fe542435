package io.taoxi.jobs.demo;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Fake personal identifiers for the PII pages: each one passes the validator of the PII detector
 * ({@code io.taoxi.filters.pii.PiiScanner}: prefixes, check digits, calendar dates), so the demo shows the
 * detector at work, and each one is fake on its face:
 * <ul>
 *   <li>mainland resident IDs and Korean RRNs are born in the 2090s (valid calendar dates, valid check
 *       digits, a birth that has not happened);
 *   <li>card numbers come from the test BINs that payment processors publish for sandboxes (Visa 411111…,
 *       UnionPay 620000…), with a Luhn check digit;
 *   <li>mainland and Korean mobile numbers have 0000 as their middle block; North American numbers use
 *       555-0100 to 555-0199, the block reserved for fiction;
 *   <li>emails use the invented domains {@code taoxi-demo.*} and local parts such as {@code zhang.test};
 *   <li>IPv4 addresses come from the RFC 5737 documentation ranges: they are the hard negatives of the
 *       pages (public addresses only are PII), recorded apart from the identifiers.
 * </ul>
 */
final class FakeIdentifiers {
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECK = "10X98765432";
  private static final int[] RRN_WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
  private static final String[] AREAS = {"110105", "310104", "440106", "510107", "330106"};
  private static final String[] NAMES = {"wang.demo", "li_na", "zhang.test", "chen88", "liu.sample", "zhao.x"};
  private static final String[] CN_MOBILE_PREFIXES = {"138", "139", "150", "158", "186", "188"};
  private static final String[] CARD_TEST_BINS = {"411111", "620000"};

  private FakeIdentifiers() {}

  /** Mainland China mobile number: an allocated prefix (138, 139, 150, 158, 186, 188), 0000, four digits. */
  static String chinaMobile(SplittableRandom random) {
    return CN_MOBILE_PREFIXES[random.nextInt(CN_MOBILE_PREFIXES.length)] + "0000" + digits(random, 4);
  }

  /** 18-character resident ID: area, a birth date in the 2090s, sequence, ISO 7064 MOD 11-2 check. */
  static String residentId(SplittableRandom random) {
    String first17 = AREAS[random.nextInt(AREAS.length)] + date2090s(random, true) + digits(random, 3);
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

  /**
   * Korean resident registration number {@code YYMMDD-SNNNNNC}: born in the 2090s (sex digit 3 or 4 = born
   * 2000–2099), with the check digit of the pre-2020 scheme.
   */
  static String koreanRrn(SplittableRandom random) {
    String first12 = date2090s(random, false) + (3 + random.nextInt(2)) + digits(random, 5);
    return first12.substring(0, 6) + "-" + first12.substring(6) + koreanRrnCheck(first12);
  }

  /** Check digit of a Korean RRN from its first 12 digits: (11 − Σ wᵢdᵢ mod 11) mod 10. */
  static int koreanRrnCheck(String first12) {
    if (first12.length() != 12) {
      throw new IllegalArgumentException("need 12 digits, got " + first12.length());
    }
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (first12.charAt(i) - '0') * RRN_WEIGHTS[i];
    }
    return (11 - sum % 11) % 10;
  }

  /** A 16-digit card number from a published test BIN (Visa 411111, UnionPay 620000), Luhn-valid, in groups of 4. */
  static String testCard(SplittableRandom random) {
    String first15 = CARD_TEST_BINS[random.nextInt(CARD_TEST_BINS.length)] + digits(random, 9);
    String number = first15 + luhnCheck(first15);
    return number.substring(0, 4) + " " + number.substring(4, 8) + " " + number.substring(8, 12) + " "
        + number.substring(12);
  }

  /** The digit that makes {@code payload} + digit pass the Luhn check. */
  static int luhnCheck(String payload) {
    int sum = 0;
    boolean twice = true;
    for (int i = payload.length() - 1; i >= 0; i--) {
      int d = payload.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return (10 - sum % 10) % 10;
  }

  static String email(SplittableRandom random, String domain) {
    return NAMES[random.nextInt(NAMES.length)] + random.nextInt(100) + "@" + domain;
  }

  /** IPv4 from 192.0.2.0/24, 198.51.100.0/24 or 203.0.113.0/24 (RFC 5737 documentation ranges): not PII. */
  static String ipv4(SplittableRandom random) {
    String[] nets = {"192.0.2.", "198.51.100.", "203.0.113."};
    return nets[random.nextInt(3)] + (1 + random.nextInt(254));
  }

  /** Japanese mobile (090/080) or Tokyo landline (03) number, hyphenated, with 0000 as the middle block. */
  static String japanPhone(SplittableRandom random) {
    String[] prefixes = {"090", "080", "03"};
    return prefixes[random.nextInt(prefixes.length)] + "-0000-" + digits(random, 4);
  }

  /** Korean mobile number 010-0000-NNNN. */
  static String koreaMobile(SplittableRandom random) {
    return "010-0000-" + digits(random, 4);
  }

  /** North American number in E.164 form from the 555-0100–0199 block reserved for fiction: +1 202-555-01NN. */
  static String fictionalUsPhone(SplittableRandom random) {
    String[] areas = {"202", "312", "415", "617"};
    return "+1 " + areas[random.nextInt(areas.length)] + "-555-01" + digits(random, 2);
  }

  /** YYYYMMDD (withCentury) or YYMMDD of a date in 2090–2099; day 1–28 so every month has it. */
  private static String date2090s(SplittableRandom random, boolean withCentury) {
    String date = String.format(Locale.ROOT, "%d%02d%02d", 2090 + random.nextInt(10), 1 + random.nextInt(12),
        1 + random.nextInt(28));
    return withCentury ? date : date.substring(2);
  }

  private static String digits(SplittableRandom random, int count) {
    StringBuilder out = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      out.append((char) ('0' + random.nextInt(10)));
    }
    return out.toString();
  }
}
