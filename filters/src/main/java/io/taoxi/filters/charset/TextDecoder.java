package io.taoxi.filters.charset;

import com.ibm.icu.text.Normalizer2;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

/**
 * Decodes a web or file body to NFC text, choosing the charset from the strongest evidence that
 * survives verification. An operator: pure, deterministic, never throws.
 *
 * <p>Order of evidence:
 *
 * <ol>
 *   <li>{@code bom}: a UTF-8, UTF-16LE/BE or UTF-32LE/BE byte order mark (removed from the text);
 *   <li>{@code http}: the {@code charset} parameter of the Content-Type header;
 *   <li>{@code meta}: {@code <meta charset>}, {@code <meta http-equiv=Content-Type>} or an XML
 *       declaration in the first 4 KB, when {@code isHtml};
 *   <li>{@code detector}: {@link CharsetDetection} (ICU4J plus strict-decode error counts and
 *       {@link Plausibility});
 *   <li>{@code default}: UTF-8, for pure ASCII or bytes nothing explains.
 * </ol>
 *
 * A declared label ({@code http}, {@code meta}) is resolved through {@link CharsetLabels} (GBK to
 * GB18030, Big5 to Big5-HKSCS, Shift_JIS to windows-31j, EUC-KR to x-windows-949, Latin-1 to
 * windows-1252) and then verified: an unknown label is skipped; a label under which the bytes
 * decode with errors, while the detector's choice decodes with fewer and is as plausible, loses to
 * the detector; so does a single-byte label on bytes that are valid UTF-8, and a label whose text
 * is far less plausible than the detector's (Big5 bytes declared GB2312). The source then reads
 * {@code detector}.
 *
 * <p>Examples:
 *
 * <pre>
 *   GBK bytes of 中文, header "text/html; charset=gb2312"  -> GB18030, http
 *   UTF-8 bytes, header "text/html; charset=iso-8859-1"   -> UTF-8, detector
 *   Big5 page, no header, no meta                          -> Big5-HKSCS, detector
 *   "hello"                                                -> UTF-8, default
 * </pre>
 *
 * <p>Known weaknesses: fewer than ~4 CJK characters can be decoded with the wrong CJK charset;
 * kanji-only Japanese in EUC-JP can read as GB18030; windows-1250 vs windows-1252 and other
 * same-script single-byte pairs follow ICU; a declaration after the first 4 KB is not seen.
 */
public final class TextDecoder {

  /** Versioned operator name; bump when any output can change. */
  public static final String NAME = "charset_v1";

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  /** An error-free declared label loses only to a candidate this much more plausible... */
  private static final double MIN_PLAUSIBILITY_GAIN = 0.15;
  /** ...whose detector score (2 * plausibility + ICU confidence / 100) is also this much higher. */
  private static final double MIN_SCORE_GAIN = 0.6;
  /** A declared label with errors loses only when errors are at least this share of non-ASCII. */
  private static final double MIN_ERROR_RATE = 0.005;
  /** Fewer non-ASCII chars than this are too little evidence to overrule an error-free label. */
  private static final int MIN_EVIDENCE_CHARS = 10;

  private TextDecoder() {}

  /**
   * Decodes {@code body}.
   *
   * @param body the bytes; null is treated as empty
   * @param contentTypeHeader the HTTP Content-Type header value, or null
   * @param isHtml whether to look for a {@code <meta>} charset declaration
   * @return the decoded text; never null
   */
  public static DecodedText decode(byte[] body, String contentTypeHeader, boolean isHtml) {
    byte[] bytes = body == null ? new byte[0] : body;
    try {
      return decodeChecked(bytes, contentTypeHeader, isHtml);
    } catch (RuntimeException e) { // a bug, not a data outcome; still never throw
      return finish(Decoding.of(bytes, 0, CharsetLabels.UTF_8), CharsetLabels.UTF_8, "default");
    }
  }

  private static DecodedText decodeChecked(byte[] bytes, String contentTypeHeader, boolean isHtml) {
    Optional<Bom> bom = Bom.of(bytes);
    if (bom.isPresent()) {
      Charset charset = bom.get().charset();
      return finish(Decoding.ofExpectingClean(bytes, bom.get().length(), charset), charset, "bom");
    }
    Optional<Charset> http =
        HtmlCharsetPrescan.headerLabel(contentTypeHeader).flatMap(CharsetLabels::resolve);
    if (http.isPresent()) {
      return verified(bytes, http.get(), "http", isHtml);
    }
    if (isHtml) {
      Optional<Charset> meta = HtmlCharsetPrescan.declaredLabel(bytes, 0)
          .flatMap(CharsetLabels::resolveHtmlDeclared);
      if (meta.isPresent()) {
        return verified(bytes, meta.get(), "meta", isHtml);
      }
    }
    return detected(bytes, isHtml);
  }

  private static DecodedText detected(byte[] bytes, boolean isHtml) {
    if (CharsetDetection.isAscii(bytes, 0)) {
      return finish(Decoding.of(bytes, 0, CharsetLabels.UTF_8), CharsetLabels.UTF_8, "default");
    }
    Decoding utf8 = Decoding.validUtf8OrNull(bytes, 0);
    if (utf8 != null) {
      return finish(utf8, CharsetLabels.UTF_8, "detector");
    }
    CharsetDetection.Candidate best = CharsetDetection.rank(bytes, 0, isHtml).get(0);
    if (best.score() < 0.5) { // nothing explains these bytes
      return finish(Decoding.of(bytes, 0, CharsetLabels.UTF_8), CharsetLabels.UTF_8, "default");
    }
    return finish(fullDecoding(bytes, best), best.charset(), "detector");
  }

  /** Plausibility at which a cleanly decoding declared multi-byte charset is trusted without the detector. */
  static final double TRUSTED_PLAUSIBILITY = 0.9;

  private static DecodedText verified(byte[] bytes, Charset declared, String source,
      boolean isHtml) {
    Decoding full = Decoding.ofExpectingClean(bytes, 0, declared);
    if (declared.equals(CharsetLabels.UTF_8) && full.errors() == 0) {
      return finish(full, declared, source);
    }
    if (full.errors() == 0 && full.nonAsciiChars() == 0) {
      return finish(full, declared, source); // ASCII-compatible label on ASCII bytes
    }
    boolean singleByte = isSingleByte(declared);
    if (singleByte && full.errors() == 0 && full.nonAsciiChars() > 0) {
      Decoding utf8 = Decoding.validUtf8OrNull(bytes, 0);
      if (utf8 != null) {
        return finish(utf8, CharsetLabels.UTF_8, "detector");
      }
    }
    if (full.errors() == 0 && !singleByte) {
      // A multi-byte label that decodes cleanly and reads as plausible text in its language is taken
      // without ranking every candidate (the costly part); a clean but implausible reading (Big5 bytes
      // declared GB2312) still goes to the detector below.
      int to = Math.min(bytes.length, CharsetDetection.SAMPLE_BYTES);
      CharsetDetection.Candidate claimed = to == bytes.length
          ? CharsetDetection.evaluate(full, declared, 0) // the sample is the whole body: decoded already
          : CharsetDetection.evaluate(bytes, 0, to, false, declared, 0);
      if (claimed.sample().errors() == 0 && claimed.plausibility() >= TRUSTED_PLAUSIBILITY) {
        return finish(full, declared, source);
      }
    }
    List<CharsetDetection.Candidate> ranked = detectorRanking(bytes, isHtml);
    CharsetDetection.Candidate best = ranked.get(0);
    if (best.charset().equals(declared)) {
      return finish(full, declared, source);
    }
    CharsetDetection.Candidate claimed = ranked.stream()
        .filter(candidate -> candidate.charset().equals(declared))
        .findFirst()
        .orElseGet(() -> {
          int to = Math.min(bytes.length, CharsetDetection.SAMPLE_BYTES);
          return CharsetDetection.evaluate(bytes, 0, to, to == bytes.length, declared, 0);
        });
    int claimedErrors = claimed.sample().errors();
    int bestErrors = best.sample().errors();
    boolean fewerErrors = claimedErrors >= 2
        && claimed.sample().errorRate() >= MIN_ERROR_RATE
        && bestErrors * 4 < claimedErrors
        && best.plausibility() >= claimed.plausibility() - 0.1;
    boolean clearlyBetter = bestErrors <= claimedErrors
        && best.sample().nonAsciiChars() >= MIN_EVIDENCE_CHARS
        && best.plausibility() >= claimed.plausibility() + MIN_PLAUSIBILITY_GAIN
        && best.score() >= claimed.score() + MIN_SCORE_GAIN;
    if (fewerErrors || clearlyBetter) {
      return finish(fullDecoding(bytes, best), best.charset(), "detector");
    }
    return finish(full, declared, source);
  }

  /** The detector's candidates, best first, with UTF-8 first when the bytes are valid UTF-8. */
  private static List<CharsetDetection.Candidate> detectorRanking(byte[] bytes, boolean isHtml) {
    int to = Math.min(bytes.length, CharsetDetection.SAMPLE_BYTES);
    CharsetDetection.Candidate utf8 = CharsetDetection.evaluate(bytes, 0, to,
        to == bytes.length, CharsetLabels.UTF_8, 100);
    List<CharsetDetection.Candidate> ranked =
        new java.util.ArrayList<>(CharsetDetection.rank(bytes, 0, isHtml));
    ranked.add(utf8.sample().errors() == 0 ? 0 : ranked.size(), utf8);
    return ranked;
  }

  private static Decoding fullDecoding(byte[] bytes, CharsetDetection.Candidate candidate) {
    return bytes.length <= CharsetDetection.SAMPLE_BYTES
        ? candidate.sample()
        : Decoding.ofExpectingClean(bytes, 0, candidate.charset());
  }

  private static final java.util.Map<Charset, Boolean> SINGLE_BYTE =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static boolean isSingleByte(Charset charset) {
    return SINGLE_BYTE.computeIfAbsent(charset, c -> {
      try {
        return c.newEncoder().maxBytesPerChar() <= 1.0f;
      } catch (UnsupportedOperationException e) { // decode-only charsets
        return false;
      }
    });
  }

  private static DecodedText finish(Decoding decoding, Charset charset, String source) {
    String text = decoding.text();
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (!NFC.isNormalized(text)) { // most text is NFC already; normalize() would copy it anyway
      text = NFC.normalize(text);
    }
    return new DecodedText(text, charset.name(), source, Mojibake.ratio(text));
  }

  /** A byte order mark. A record. */
  private record Bom(Charset charset, int length) {
    static Optional<Bom> of(byte[] b) {
      if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
        return Optional.of(new Bom(CharsetLabels.UTF_8, 3));
      }
      if (b.length >= 4 && b.length % 4 == 0 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
          && b[2] == 0 && b[3] == 0) {
        return Optional.of(new Bom(Charset.forName("UTF-32LE"), 4));
      }
      if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE
          && (b[3] & 0xFF) == 0xFF) {
        return Optional.of(new Bom(Charset.forName("UTF-32BE"), 4));
      }
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
        return Optional.of(new Bom(Charset.forName("UTF-16BE"), 2));
      }
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
        return Optional.of(new Bom(Charset.forName("UTF-16LE"), 2));
      }
      return Optional.empty();
    }
  }
}
