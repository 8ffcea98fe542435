package io.taoxi.filters.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Bytes decoded strictly with one charset: every malformed or unmappable sequence is counted and
 * replaced by U+FFFD. A record.
 *
 * @param text the decoded text, U+FFFD where the bytes did not decode
 * @param errors number of malformed or unmappable sequences
 * @param nonAsciiChars number of decoded chars above U+007F, replacements included
 */
record Decoding(String text, int errors, int nonAsciiChars) {

  /** Error count per non-ASCII char; 0 for pure ASCII. */
  double errorRate() {
    return nonAsciiChars == 0 ? 0.0 : (double) errors / nonAsciiChars;
  }

  /**
   * Decodes {@code bytes[from, to)}. With {@code endOfInput} false, an incomplete sequence at the
   * end (a sample cut mid-character) is dropped instead of counted.
   */
  static Decoding of(byte[] bytes, int from, int to, Charset charset, boolean endOfInput) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    CharBuffer out = CharBuffer.allocate(Math.max(16, (to - from) + 16));
    int errors = 0;
    while (true) {
      CoderResult result = decoder.decode(in, out, endOfInput);
      if (result.isOverflow()) {
        out = grow(out);
      } else if (result.isError()) {
        errors++;
        if (!out.hasRemaining()) {
          out = grow(out);
        }
        out.put('\uFFFD');
        in.position(Math.min(in.limit(), in.position() + Math.max(1, result.length())));
      } else { // underflow
        break;
      }
    }
    if (endOfInput) {
      while (decoder.flush(out).isOverflow()) {
        out = grow(out);
      }
    }
    out.flip();
    String text = out.toString();
    int nonAscii = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7F) {
        nonAscii++;
      }
    }
    return new Decoding(text, errors, nonAscii);
  }

  static Decoding of(byte[] bytes, int from, Charset charset) {
    return of(bytes, from, bytes.length, charset, true);
  }

  private static CharBuffer grow(CharBuffer out) {
    CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
    out.flip();
    bigger.put(out);
    return bigger;
  }
}
