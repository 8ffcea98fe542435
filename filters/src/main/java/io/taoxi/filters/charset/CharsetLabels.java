package io.taoxi.filters.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a charset label from a header, a {@code <meta>} tag or ICU's detector to the Java charset
 * Taoxi decodes with. Legacy CJK labels go to their supersets, the way browsers decode them:
 *
 * <pre>
 *   GB2312, GBK, x-gbk, cp936, EUC-CN          -> GB18030
 *   Big5, cn-big5, x-x-big5, cp950             -> Big5-HKSCS
 *   Shift_JIS, sjis, x-sjis, ms_kanji, cp932   -> windows-31j
 *   EUC-KR, ks_c_5601-1987, cp949, korean      -> x-windows-949
 *   ISO-8859-1, latin1, US-ASCII               -> windows-1252 (as WHATWG does)
 *   anything else                              -> Charset.forName(label), if Java knows it
 * </pre>
 *
 * Never throws: a blank, malformed or unknown label is {@link Optional#empty()}.
 */
final class CharsetLabels {

  static final Charset GB18030 = Charset.forName("GB18030");
  static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");
  static final Charset WINDOWS_31J = Charset.forName("windows-31j");
  static final Charset EUC_JP = Charset.forName("EUC-JP");
  static final Charset WINDOWS_949 = Charset.forName("x-windows-949");
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
  static final Charset KOI8_R = Charset.forName("KOI8-R");
  static final Charset UTF_8 = StandardCharsets.UTF_8;

  private static final Map<String, Charset> ALIASES = new HashMap<>();

  static {
    alias(GB18030, "gb18030", "gb2312", "gbk", "x-gbk", "cp936", "ms936", "windows-936",
        "gb_2312-80", "gb_2312", "csgb2312", "chinese", "iso-ir-58", "euc-cn", "x-euc-cn",
        "csiso58gb231280");
    alias(BIG5_HKSCS, "big5", "big5-hkscs", "big5hkscs", "cn-big5", "x-x-big5", "csbig5",
        "x-big5", "cp950", "ms950", "x-windows-950", "windows-950");
    alias(WINDOWS_31J, "shift_jis", "shift-jis", "shiftjis", "sjis", "x-sjis", "ms_kanji",
        "csshiftjis", "windows-31j", "cp932", "ms932", "x-ms-cp932", "csWindows31J");
    alias(WINDOWS_949, "euc-kr", "euckr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601",
        "ksc_5601", "korean", "cseuckr", "csksc56011987", "iso-ir-149", "windows-949", "cp949",
        "ms949", "x-windows-949", "uhc");
    alias(EUC_JP, "euc-jp", "eucjp", "x-euc-jp", "cseucpkdfmtjapanese");
    alias(WINDOWS_1252, "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "cp819",
        "ibm819", "csisolatin1", "us-ascii", "ascii", "ansi_x3.4-1968", "windows-1252", "cp1252",
        "x-cp1252", "x-user-defined");
    alias(UTF_8, "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8");
  }

  private static void alias(Charset charset, String... labels) {
    for (String label : labels) {
      ALIASES.put(label.toLowerCase(Locale.ROOT), charset);
    }
  }

  private CharsetLabels() {}

  /** The charset for {@code label}, or empty when the label is blank or unknown to Java. */
  static Optional<Charset> resolve(String label) {
    if (label == null) {
      return Optional.empty();
    }
    String key = label.trim();
    while (key.length() >= 2 && (key.charAt(0) == '"' || key.charAt(0) == '\'')) {
      key = key.substring(1);
    }
    while (!key.isEmpty()
        && (key.endsWith("\"") || key.endsWith("'") || key.endsWith(";") || key.endsWith(","))) {
      key = key.substring(0, key.length() - 1);
    }
    key = key.trim().toLowerCase(Locale.ROOT);
    if (key.isEmpty() || key.length() > 64) {
      return Optional.empty();
    }
    Charset known = ALIASES.get(key);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Charset> cached = RESOLVED.get(key);
    if (cached != null) {
      return cached;
    }
    Optional<Charset> result;
    try {
      Charset charset = Charset.forName(key);
      // Route Java's own names for the mapped families through the same supersets.
      Charset mapped = ALIASES.get(charset.name().toLowerCase(Locale.ROOT));
      result = Optional.of(mapped != null ? mapped : charset);
    } catch (IllegalArgumentException e) { // IllegalCharsetName, UnsupportedCharset
      result = Optional.empty();
    }
    // The JDK does not remember failed lookups (each rescans the charset providers): remember both kinds.
    if (RESOLVED.size() < MAX_RESOLVED) {
      RESOLVED.put(key, result);
    }
    return result;
  }

  private static final int MAX_RESOLVED = 4096;
  private static final java.util.concurrent.ConcurrentHashMap<String, Optional<Charset>> RESOLVED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** A label declared in HTML: WHATWG treats a declared UTF-16/UTF-32 as UTF-8 there. */
  static Optional<Charset> resolveHtmlDeclared(String label) {
    Optional<Charset> charset = resolve(label);
    if (charset.isPresent()) {
      String name = charset.get().name().toUpperCase(Locale.ROOT);
      if (name.startsWith("UTF-16") || name.startsWith("UTF-32")) {
        return Optional.of(UTF_8);
      }
    }
    return charset;
  }
}
