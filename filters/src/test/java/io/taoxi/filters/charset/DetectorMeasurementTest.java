package io.taoxi.filters.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures ICU4J's detector alone against {@link TextDecoder} with no declaration, on whole pages
 * and on excerpts of decreasing length, and prints the table kept in docs/charset.md. Asserts that
 * TextDecoder is right from {@link #MIN_ASSERTED_CHARS} characters up; shorter rows are reported.
 */
class DetectorMeasurementTest {

  private static final int MIN_ASSERTED_CHARS = 8;
  private static final int[] LENGTHS = {Integer.MAX_VALUE, 200, 60, 20, 12, 8, 4, 2};
  private static final String[][] SAMPLES = {
      {"zh-hans", "GBK", "GB18030"}, {"zh-hant", "Big5", "Big5-HKSCS"},
      {"ja", "Shift_JIS", "windows-31j"}, {"ja", "EUC-JP", "EUC-JP"},
      {"ko", "EUC-KR", "x-windows-949"}, {"ru", "windows-1251", "windows-1251"},
      {"ru", "KOI8-R", "KOI8-R"}, {"en", "windows-1252", "windows-1252"}};

  @Test
  void icuAloneVersusTextDecoder() {
    List<String> failures = new ArrayList<>();
    StringBuilder table = new StringBuilder(
        "| text | bytes in | chars | ICU top (confidence) | ICU right | TextDecoder | right |\n"
            + "|---|---|---|---|---|---|---|\n");
    for (String[] sample : SAMPLES) {
      String text = CharsetSamples.text(sample[0]);
      for (int length : LENGTHS) {
        boolean whole = length == Integer.MAX_VALUE;
        String original = whole ? CharsetSamples.page(text, CharsetSamples.lang(sample[0]), null)
            : CharsetSamples.excerpt(text, length);
        if (sample[0].equals("en") && !whole) {
          original = excerptWithNonAscii(text, length);
        }
        byte[] bytes = CharsetSamples.encode(original, sample[1]);
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(whole);
        detector.setText(bytes);
        CharsetMatch top = detector.detect();
        String icuName = CharsetLabels.resolve(top.getName()).map(c -> c.name()).orElse(top.getName());
        DecodedText decoded = TextDecoder.decode(bytes, null, whole);
        boolean icuRight = icuName.equals(sample[2]);
        boolean right = decoded.text().equals(Normalizer.normalize(original, Normalizer.Form.NFC));
        table.append(String.format("| %s | %s | %s | %s (%d) | %s | %s | %s |%n", sample[0],
            sample[1], whole ? "page, " + text.length() : original.length(), top.getName(),
            top.getConfidence(), icuRight ? "yes" : "**no**", decoded.charset(),
            right ? "yes" : "**no**"));
        if (!right && original.length() >= MIN_ASSERTED_CHARS) {
          failures.add(sample[0] + "/" + sample[1] + "/" + original.length() + " -> " + decoded.charset());
        }
      }
    }
    System.out.print(table);
    assertEquals(List.of(), failures);
  }

  /** English excerpts are chosen to contain the é of "café", else they are pure ASCII. */
  private static String excerptWithNonAscii(String text, int length) {
    int at = text.indexOf('é');
    int start = Math.max(0, at - length / 2);
    return text.substring(start, Math.min(text.length(), start + length));
  }
}
