package io.taoxi.filters.charset;

import java.util.Objects;
import java.util.Set;

/**
 * Text decoded from a byte body, with the charset used and the evidence that chose it. A record.
 *
 * @param text NFC-normalised text, without a byte order mark
 * @param charset canonical Java name of the charset decoded with, e.g. {@code GB18030},
 *     {@code Big5-HKSCS}, {@code windows-31j}, {@code x-windows-949}, {@code UTF-8}
 * @param charsetSource which evidence won: {@code bom}, {@code http}, {@code meta}, {@code detector}
 *     or {@code default}
 * @param mojibakeRatio share of chars in {@code text} that are U+FFFD or typical mis-decoding
 *     signatures, in [0, 1]; see {@link TextDecoder}
 */
public record DecodedText(String text, String charset, String charsetSource, double mojibakeRatio) {

  /** The allowed values of {@link #charsetSource()}. */
  public static final Set<String> SOURCES = Set.of("bom", "http", "meta", "detector", "default");

  public DecodedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
    if (!SOURCES.contains(charsetSource)) {
      throw new IllegalArgumentException(
          "charsetSource must be one of " + SOURCES + ", got: " + charsetSource);
    }
    if (!(mojibakeRatio >= 0.0 && mojibakeRatio <= 1.0)) {
      throw new IllegalArgumentException("mojibakeRatio must be in [0, 1], got: " + mojibakeRatio);
    }
  }
}
