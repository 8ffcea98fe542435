package io.taoxi.filters.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Edge cases and random input: decode never throws and always returns a valid result. */
class TextDecoderRobustnessTest {

  private static void assertValid(DecodedText decoded, String context) {
    assertNotNull(decoded, context);
    assertTrue(decoded.mojibakeRatio() >= 0 && decoded.mojibakeRatio() <= 1, context);
    assertTrue(DecodedText.SOURCES.contains(decoded.charsetSource()), context);
    assertTrue(Normalizer.isNormalized(decoded.text(), Normalizer.Form.NFC), context);
  }

  @Test
  void randomBytesNeverThrow() {
    long seed = Long.getLong("taoxi.test.seed", System.nanoTime());
    System.out.println("TextDecoderRobustnessTest seed: " + seed + " (rerun with -Dtaoxi.test.seed)");
    Random random = new Random(seed);
    String[] headers = {null, "text/html", "text/html; charset=gbk", "text/html; charset=utf-8",
        "text/html; charset=\"", "charset=", "text/html; charset=utf-16", "text/html; charset=x-nope",
        "text/html; charset=koi8-r", "text/html; charset=iso-2022-jp", ";;;charset==="};
    for (int i = 0; i < 3000; i++) {
      int length = random.nextInt(4) == 0 ? random.nextInt(8) : random.nextInt(3000);
      byte[] bytes = new byte[length];
      random.nextBytes(bytes);
      if (random.nextBoolean() && length > 40) { // plant a meta declaration
        byte[] meta = "<meta charset=big5>".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(meta, 0, bytes, random.nextInt(length - meta.length), meta.length);
      }
      String header = headers[random.nextInt(headers.length)];
      boolean isHtml = random.nextBoolean();
      String context = "seed " + seed + " case " + i;
      assertValid(TextDecoder.decode(bytes, header, isHtml), context);
    }
  }

  @Test
  void nullAndEmptyBodies() {
    DecodedText none = TextDecoder.decode(null, null, true);
    assertEquals("", none.text());
    assertEquals("UTF-8", none.charset());
    assertEquals("default", none.charsetSource());
    assertEquals(0.0, none.mojibakeRatio());
    assertEquals("", TextDecoder.decode(new byte[0], "text/html; charset=gbk", true).text());
  }

  @Test
  void pureAsciiIsUtf8ByDefault() {
    DecodedText decoded = TextDecoder.decode("<p>hello</p>".getBytes(StandardCharsets.US_ASCII), null, true);
    assertEquals("UTF-8/default", decoded.charset() + "/" + decoded.charsetSource());
  }

  @Test
  void unknownHeaderLabelFallsThroughToMeta() {
    byte[] page = "<html><head><meta charset=\"gbk\"></head><body>中文网页内容</body></html>"
        .getBytes(java.nio.charset.Charset.forName("GBK"));
    DecodedText decoded = TextDecoder.decode(page, "text/html; charset=klingon-8", true);
    assertEquals("GB18030/meta", decoded.charset() + "/" + decoded.charsetSource());
    assertTrue(decoded.text().contains("中文网页内容"));
  }

  @Test
  void metaIsIgnoredWhenNotHtml() {
    byte[] page = "<meta charset=\"utf-8\">中文网页内容，没有声明以外的证据。"
        .getBytes(java.nio.charset.Charset.forName("GBK"));
    DecodedText decoded = TextDecoder.decode(page, null, false);
    assertEquals("GB18030/detector", decoded.charset() + "/" + decoded.charsetSource());
  }

  @Test
  void metaDeclaringUtf16MeansUtf8() {
    byte[] page = "<meta charset=\"utf-16\"><p>测试页面</p>".getBytes(StandardCharsets.UTF_8);
    DecodedText decoded = TextDecoder.decode(page, null, true);
    assertEquals("UTF-8/meta", decoded.charset() + "/" + decoded.charsetSource());
    assertTrue(decoded.text().contains("测试页面"));
  }

  @Test
  void truncatedLastCharacterKeepsTheDeclaredCharset() {
    String text = CharsetSamples.text("zh-hans");
    byte[] full = text.getBytes(java.nio.charset.Charset.forName("GBK"));
    byte[] cut = java.util.Arrays.copyOf(full, full.length - 1 - (full[full.length - 1] == '\n' ? 1 : 0));
    DecodedText decoded = TextDecoder.decode(cut, "text/plain; charset=gbk", false);
    assertEquals("GB18030/http", decoded.charset() + "/" + decoded.charsetSource());
    assertTrue(decoded.mojibakeRatio() > 0, "the cut character shows as U+FFFD");
  }

  @Test
  void outputIsNfc() {
    byte[] decomposed = "Cafe\u0301 e\u0301te\u0301".getBytes(StandardCharsets.UTF_8);
    assertEquals("Café été", TextDecoder.decode(decomposed, "text/plain; charset=utf-8", false).text());
  }

  @Test
  void mojibakeInTheBytesThemselvesIsMeasured() {
    // Text that was already double-encoded before it was stored: correct decoding keeps the damage.
    String damaged = "Le cafÃ© de la gare a rouvert, â€œenfinâ€\u009D disent les habitants.";
    DecodedText decoded = TextDecoder.decode(
        damaged.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8", false);
    assertEquals(damaged, decoded.text());
    assertTrue(decoded.mojibakeRatio() > 0.1, "ratio " + decoded.mojibakeRatio());
  }

  @Test
  void isDeterministic() {
    byte[] page = CharsetSamples.encode(CharsetSamples.page(CharsetSamples.text("ko"), "ko", null), "EUC-KR");
    assertEquals(TextDecoder.decode(page, null, true), TextDecoder.decode(page, null, true));
  }
}
