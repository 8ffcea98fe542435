package io.taoxi.filters.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeTest {

  @ParameterizedTest
  @ValueSource(strings = {"zh-hans", "zh-hant", "ja", "ko", "en", "ru"})
  void cleanTextScoresZero(String name) {
    assertEquals(0.0, Mojibake.ratio(CharsetSamples.text(name)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-hans", "ja", "ko", "ru", "en"})
  void utf8ReadAsWindows1252IsMostlyMojibake(String name) {
    String text = CharsetSamples.text(name);
    String wrong = new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    double ratio = Mojibake.ratio(wrong);
    double nonAscii = (double) text.chars().filter(c -> c > 0x7F).count() / text.length();
    // Every non-ASCII char of the original turns into 2-3 bad chars; ASCII stays good.
    assertTrue(ratio > 0.5 * nonAscii, name + ": ratio " + ratio + ", non-ASCII share " + nonAscii);
  }

  @org.junit.jupiter.api.Test
  void knownSignatures() {
    assertEquals(1.0, Mojibake.ratio("锟斤拷锟斤拷"));
    assertEquals(1.0, Mojibake.ratio("\uFFFD\uFFFD"));
    assertEquals(0.5, Mojibake.ratio("Ã©ab"));
    assertEquals(0.0, Mojibake.ratio("Ça va, déjà vu, naïve façade, Größe, Øresund"));
    assertEquals(0.0, Mojibake.ratio(""));
  }

  @Test
  void utf8ReadAsGbkShowsTheUsualSignatures() {
    String text = "“今天天气很好。”他说，“我们出去走走吧。”";
    String wrong = new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName("GBK"));
    assertTrue(Mojibake.ratio(wrong) > 0.1, wrong + " " + Mojibake.ratio(wrong));
  }
}
