package io.taoxi.filters.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

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
    if (charset.equals(StandardCharsets.UTF_8)) { // the JDK's UTF-8 String decoding is cheap to try
      Decoding clean = cleanOrNull(bytes, from, to, charset);
      if (clean != null) {
        return clean;
      }
    }
    return strict(bytes, from, to, charset, endOfInput);
  }

  /**
   * The same as {@link #of(byte[], int, Charset)}, for a charset the bytes are expected to decode cleanly
   * with (a declared one): tries the JDK's String decoding first for any charset.
   */
  static Decoding ofExpectingClean(byte[] bytes, int from, Charset charset) {
    Decoding clean = cleanOrNull(bytes, from, bytes.length, charset);
    return clean != null ? clean : strict(bytes, from, bytes.length, charset, true);
  }

  /**
   * The UTF-8 decoding of {@code bytes[from..]} when it has no error, else null. Invalid bytes cost only a
   * scan to their first error (not a full strict decode with every error counted).
   */
  static Decoding validUtf8OrNull(byte[] bytes, int from) {
    Decoding clean = cleanOrNull(bytes, from, bytes.length, StandardCharsets.UTF_8);
    if (clean != null) {
      return clean;
    }
    if (!utf8WithoutError(bytes, from)) {
      return null;
    }
    return strict(bytes, from, bytes.length, StandardCharsets.UTF_8, true); // valid, with a real U+FFFD
  }

  /** Strict UTF-8 decoding of {@code bytes[from..]} meets no error; stops at the first one. */
  private static boolean utf8WithoutError(byte[] bytes, int from) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(Math.min(8192, bytes.length - from + 16));
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return false;
      }
      if (!result.isOverflow()) {
        return true; // underflow: everything decoded (UTF-8 has nothing to flush)
      }
      out.clear();
    }
  }

  private static Decoding strict(byte[] bytes, int from, int to, Charset charset, boolean endOfInput) {
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

  /**
   * The common case, fast: the JDK's own {@code new String(bytes, charset)} (intrinsified for UTF-8 and
   * single-byte charsets) replaces every malformed or unmappable sequence, and a cut final character, with
   * U+FFFD. No U+FFFD in its result therefore means the strict decoding has no error and the same text.
   * Null when there is a U+FFFD (an error, or a real U+FFFD in the input): the caller decodes strictly.
   */
  private static Decoding cleanOrNull(byte[] bytes, int from, int to, Charset charset) {
    if (!REPLACES_WITH_FFFD.computeIfAbsent(charset, Decoding::replacesWithFffd)) {
      return null;
    }
    String text = new String(bytes, from, to - from, charset);
    if (text.indexOf('\uFFFD') >= 0) {
      return null;
    }
    return new Decoding(text, 0, nonAscii(text));
  }

  private static final java.util.Map<Charset, Boolean> REPLACES_WITH_FFFD =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static boolean replacesWithFffd(Charset charset) {
    try {
      return "\uFFFD".equals(charset.newDecoder().replacement());
    } catch (UnsupportedOperationException e) {
      return false;
    }
  }

  private static int nonAscii(String text) {
    int nonAscii = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7F) {
        nonAscii++;
      }
    }
    return nonAscii;
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
