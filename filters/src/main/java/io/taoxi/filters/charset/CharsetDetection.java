package io.taoxi.filters.charset;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses a charset for bytes that declare none (or whose declaration failed verification). An
 * operator: pure.
 *
 * <ol>
 *   <li>Bytes that are valid UTF-8 with at least one multi-byte sequence are UTF-8.
 *   <li>Otherwise every candidate — the CJK family (GB18030, Big5-HKSCS, windows-31j, EUC-JP,
 *       x-windows-949), windows-1251, KOI8-R, windows-1252, and every charset ICU's
 *       {@link CharsetDetector} names with confidence of at least 10 — is decoded strictly over the
 *       first {@link #SAMPLE_BYTES} and scored
 *       {@code 2 * plausibility + icuConfidence / 100 - 8 * errorsPerNonAsciiChar}; the highest
 *       wins.
 * </ol>
 *
 * ICU alone is right on whole pages (see docs/charset.md) but ties or guesses a Latin/Hebrew
 * charset on strings of under ~10 CJK or ~20 Cyrillic characters; {@link Plausibility} and the
 * strict error count decide those.
 */
final class CharsetDetection {

  static final int SAMPLE_BYTES = 64 * 1024;
  private static final int MIN_ICU_CONFIDENCE = 10;

  /** A scored candidate. A record. */
  record Candidate(Charset charset, int icuConfidence, Decoding sample, double plausibility,
      double score) {}

  private CharsetDetection() {}

  /** True when {@code bytes[from..]} has only bytes below 0x80 and no ESC (ISO-2022). */
  static boolean isAscii(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] < 0 || bytes[i] == 0x1B) {
        return false;
      }
    }
    return true;
  }

  /** True when the bytes decode as UTF-8 without a single error. */
  static boolean isValidUtf8(byte[] bytes, int from) {
    return Decoding.of(bytes, from, CharsetLabels.UTF_8).errors() == 0;
  }

  /** Best candidate first. Never empty: windows-1252 is always a candidate. */
  static List<Candidate> rank(byte[] bytes, int from, boolean isHtml) {
    int to = Math.min(bytes.length, from + SAMPLE_BYTES);
    boolean endOfInput = to == bytes.length;
    Map<Charset, Integer> confidences = new LinkedHashMap<>();
    for (Charset charset : new Charset[] {CharsetLabels.GB18030, CharsetLabels.BIG5_HKSCS,
        CharsetLabels.WINDOWS_31J, CharsetLabels.EUC_JP, CharsetLabels.WINDOWS_949,
        CharsetLabels.WINDOWS_1251, CharsetLabels.KOI8_R, CharsetLabels.WINDOWS_1252}) {
      confidences.put(charset, 0);
    }
    for (CharsetMatch match : icuMatches(bytes, from, to, isHtml)) {
      Optional<Charset> charset = CharsetLabels.resolve(match.getName());
      if (charset.isPresent() && match.getConfidence() >= MIN_ICU_CONFIDENCE) {
        confidences.merge(charset.get(), match.getConfidence(), Math::max);
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Map.Entry<Charset, Integer> entry : confidences.entrySet()) {
      candidates.add(evaluate(bytes, from, to, endOfInput, entry.getKey(), entry.getValue()));
    }
    candidates.sort((a, b) -> Double.compare(b.score(), a.score()));
    return candidates;
  }

  static Candidate evaluate(byte[] bytes, int from, int to, boolean endOfInput, Charset charset,
      int icuConfidence) {
    return evaluate(Decoding.of(bytes, from, to, charset, endOfInput), charset, icuConfidence);
  }

  /** The same for a sample decoded already. */
  static Candidate evaluate(Decoding sample, Charset charset, int icuConfidence) {
    double plausibility = Plausibility.score(sample.text(), Plausibility.familyOf(charset));
    double score = 2 * plausibility + icuConfidence / 100.0 - 8 * sample.errorRate();
    return new Candidate(charset, icuConfidence, sample, plausibility, score);
  }

  private static CharsetMatch[] icuMatches(byte[] bytes, int from, int to, boolean isHtml) {
    try {
      byte[] sample = from == 0 && to == bytes.length ? bytes : java.util.Arrays.copyOfRange(bytes, from, to);
      CharsetDetector detector = new CharsetDetector();
      detector.enableInputFilter(isHtml);
      detector.setText(sample);
      CharsetMatch[] matches = detector.detectAll();
      return matches == null ? new CharsetMatch[0] : matches;
    } catch (RuntimeException e) { // ICU is not documented to throw here; never let it escape.
      return new CharsetMatch[0];
    }
  }
}
