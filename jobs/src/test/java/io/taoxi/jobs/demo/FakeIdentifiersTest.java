package io.taoxi.jobs.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taoxi.filters.pii.Checksums;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FakeIdentifiersTest {
  @Test
  void residentIdCheckDigitFollowsIso7064Mod112() {
    // The worked example of GB 11643-1999: 11010519491231002 → X.
    assertEquals('X', FakeIdentifiers.residentIdCheck("11010519491231002"));
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 100; i++) {
      String id = FakeIdentifiers.residentId(random);
      assertTrue(id.matches("\\d{6}209\\d(0[1-9]|1[0-2])(0[1-9]|1\\d|2[0-8])\\d{3}[0-9X]"), id);
      assertEquals(FakeIdentifiers.residentIdCheck(id.substring(0, 17)), id.charAt(17));
    }
  }

  @Test
  void checkDigitsAgreeWithTheDetectorsIndependentImplementation() {
    // Luhn: the published test number 4111 1111 1111 1111 ends in its check digit 1.
    assertEquals(1, FakeIdentifiers.luhnCheck("411111111111111"));
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 200; i++) {
      String card = FakeIdentifiers.testCard(random).replace(" ", "");
      assertTrue(card.matches("(411111|620000)\\d{10}"), card);
      assertTrue(Checksums.luhn(card), card);
      String rrn = FakeIdentifiers.koreanRrn(random);
      assertTrue(rrn.matches("9\\d(0[1-9]|1[0-2])(0[1-9]|1\\d|2[0-8])-[34]\\d{6}"), rrn);
      String digits = rrn.replace("-", "");
      assertEquals(Checksums.krRrnCheck(digits.substring(0, 12)), digits.charAt(12) - '0', rrn);
      String id = FakeIdentifiers.residentId(random);
      assertEquals(Checksums.cnIdCheck(id.substring(0, 17)), id.charAt(17), id);
    }
  }

  @Test
  void shapesAreWellFormedAndObviouslyFake() {
    SplittableRandom random = new SplittableRandom(2);
    for (int i = 0; i < 100; i++) {
      assertTrue(FakeIdentifiers.chinaMobile(random).matches("1(38|39|50|58|86|88)0000\\d{4}"));
      assertTrue(FakeIdentifiers.japanPhone(random).matches("(0[89]0|03)-0000-\\d{4}"));
      assertTrue(FakeIdentifiers.koreaMobile(random).matches("010-0000-\\d{4}"));
      assertTrue(FakeIdentifiers.fictionalUsPhone(random).matches("\\+1 \\d{3}-555-01\\d{2}"));
      assertTrue(FakeIdentifiers.ipv4(random).matches("(192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.\\d{1,3}"));
      assertTrue(FakeIdentifiers.email(random, "taoxi-demo.cn").endsWith("@taoxi-demo.cn"));
    }
  }
}
