package io.taoxi.jobs.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
      assertTrue(id.matches("\\d{6}18500230\\d{3}[0-9X]"), id);
      assertEquals(FakeIdentifiers.residentIdCheck(id.substring(0, 17)), id.charAt(17));
    }
  }

  @Test
  void shapesAreWellFormedAndObviouslyFake() {
    SplittableRandom random = new SplittableRandom(2);
    for (int i = 0; i < 100; i++) {
      assertTrue(FakeIdentifiers.chinaMobile(random).matches("1[358]\\d{9}"));
      assertTrue(FakeIdentifiers.koreanRrn(random).matches("\\d{2}13\\d{2}-[1-4]\\d{6}"));
      assertTrue(FakeIdentifiers.japanPhone(random).matches("(0[89]0|03)-\\d{4}-\\d{4}"));
      assertTrue(FakeIdentifiers.ipv4(random).matches("(192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.\\d{1,3}"));
      assertTrue(FakeIdentifiers.email(random, "example.cn").endsWith("@example.cn"));
    }
  }
}
