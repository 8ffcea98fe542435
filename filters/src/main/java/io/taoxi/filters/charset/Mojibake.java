package io.taoxi.filters.charset;

/**
 * Share of a text's chars that look mis-decoded. An operator: pure. Counted:
 *
 * <ul>
 *   <li>U+FFFD (bytes that did not decode) and C1 controls U+0080..U+009F (UTF-8 read as
 *       ISO-8859-1);
 *   <li>UTF-8 read as windows-1252 or ISO-8859-1: a lead such as {@code Ã Â} followed by a
 *       continuation image ({@code Ã©} for é), a lead {@code à..ï} followed by two ({@code ä¸­}
 *       for 中, {@code â€™} for ’), a lead {@code ð..ô} followed by three;
 *   <li>the classic CJK signatures: {@code 锟斤拷} (UTF-8 U+FFFD bytes read as GBK),
 *       {@code 烫烫烫}/{@code 屯屯屯} (uninitialised memory), and {@code 鈥}/{@code 銆} (UTF-8
 *       punctuation read as GBK).
 * </ul>
 *
 * Weakness: other UTF-8-read-as-GBK/Big5 text is made of real but rare characters and is not
 * counted here; {@link Plausibility} sees it, this ratio does not.
 */
final class Mojibake {

  private Mojibake() {}

  static double ratio(String text) {
    if (text.isEmpty()) {
      return 0.0;
    }
    int bad = 0;
    int chars = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      chars++;
      if (c < 0x80) { // ASCII is never counted
        i++;
        continue;
      }
      if (c == '\uFFFD' || (c >= 0x80 && c <= 0x9F)) {
        bad++;
        i++;
        continue;
      }
      int needed = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
      if (needed > 0) {
        int k = 0;
        while (k < needed && i + 1 + k < text.length() && isContinuationImage(text.charAt(i + 1 + k), c)) {
          k++;
        }
        if (k == needed) {
          bad += 1 + needed;
          chars += needed;
          i += 1 + needed;
          continue;
        }
      }
      if ((c == '锟' && text.startsWith("锟斤拷", i)) || (c == '烫' && text.startsWith("烫烫烫", i))
          || (c == '屯' && text.startsWith("屯屯屯", i))) {
        bad += 3;
        chars += 2;
        i += 3;
        continue;
      }
      if (c == '鈥' || c == '銆') {
        bad++;
      }
      i++;
    }
    return Math.min(1.0, (double) bad / chars);
  }

  /** A char that windows-1252 or ISO-8859-1 makes of a UTF-8 continuation byte 0x80..0xBF. */
  private static boolean isContinuationImage(char c, char lead) {
    if (c == 0xA0) {
      return lead == 'Â' || lead == 'Ã'; // NBSP after other letters is usually real
    }
    if (c >= 0x80 && c <= 0xBF) {
      return true;
    }
    return "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".indexOf(c) >= 0;
  }
}
