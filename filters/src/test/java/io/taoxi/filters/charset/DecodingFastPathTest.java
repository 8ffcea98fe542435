package io.taoxi.filters.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Decoding} takes the JDK's String decoding when it yields no U+FFFD; the result must be the one
 * a strict decode gives (text, error count, non-ASCII count), for clean and broken bytes alike.
 */
class DecodingFastPathTest {

  /** Strict decoding with every error counted and replaced, written out independently. */
  private static Decoding strict(byte[] bytes, int from, int to, Charset charset, boolean endOfInput) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    StringBuilder text = new StringBuilder();
    CharBuffer out = CharBuffer.allocate(64);
    int errors = 0;
    while (true) {
      CoderResult result = decoder.decode(in, out, endOfInput);
      out.flip();
      text.append(out);
      out.clear();
      if (result.isOverflow()) {
        continue;
      }
      if (result.isError()) {
        errors++;
        text.append('\uFFFD');
        in.position(Math.min(in.limit(), in.position() + Math.max(1, result.length())));
        continue;
      }
      break;
    }
    if (endOfInput) {
      while (true) {
        CoderResult flushed = decoder.flush(out);
        out.flip();
        text.append(out);
        out.clear();
        if (!flushed.isOverflow()) {
          break;
        }
      }
    }
    String s = text.toString();
    return new Decoding(s, errors, (int) s.chars().filter(c -> c > 0x7F).count());
  }

  private static final Charset[] CHARSETS = {StandardCharsets.UTF_8, CharsetLabels.GB18030,
      CharsetLabels.BIG5_HKSCS, CharsetLabels.WINDOWS_31J, CharsetLabels.EUC_JP, CharsetLabels.WINDOWS_949,
      CharsetLabels.WINDOWS_1251, CharsetLabels.KOI8_R, CharsetLabels.WINDOWS_1252, Charset.forName("ISO-2022-JP")};

  @Test
  void cleanAndBrokenBytesDecodeAsStrictDecodingDoes() {
    String text = "新馆开放：市图书馆今天上午向公众开放。図書館は本日開館しました。도서관이 문을 열었습니다. "
        + "Библиотека открылась. Café déjà vu — “quotes” € ½ 😀 end";
    Random random = new Random(42);
    for (Charset charset : CHARSETS) {
      byte[] clean = text.getBytes(charset); // unmappable chars become the charset's replacement byte(s)
      check(clean, charset);
      for (int n = 0; n < 300; n++) {
        byte[] broken = clean.clone();
        for (int k = random.nextInt(4); k >= 0; k--) {
          broken[random.nextInt(broken.length)] = (byte) random.nextInt(256);
        }
        check(broken, charset);
        int cut = random.nextInt(broken.length + 1);
        assertEquals(strict(broken, 0, cut, charset, false), Decoding.of(broken, 0, cut, charset, false),
            charset + " cut at " + cut);
      }
      byte[] noise = new byte[200];
      random.nextBytes(noise);
      check(noise, charset);
    }
  }

  @Test
  void aRealReplacementCharacterInTheInputIsNotAnError() {
    byte[] bytes = "a\uFFFDb".getBytes(StandardCharsets.UTF_8);
    Decoding decoding = Decoding.ofExpectingClean(bytes, 0, StandardCharsets.UTF_8);
    assertEquals(new Decoding("a\uFFFDb", 0, 1), decoding);
    assertEquals(new Decoding("a\uFFFDb", 0, 1), Decoding.validUtf8OrNull(bytes, 0));
  }

  private static void check(byte[] bytes, Charset charset) {
    Decoding expected = strict(bytes, 0, bytes.length, charset, true);
    assertEquals(expected, Decoding.of(bytes, 0, charset), charset.name());
    assertEquals(expected, Decoding.ofExpectingClean(bytes, 0, charset), charset.name());
    if (charset.equals(StandardCharsets.UTF_8)) {
      assertEquals(expected.errors() == 0 ? expected : null, Decoding.validUtf8OrNull(bytes, 0));
    }
  }
}
