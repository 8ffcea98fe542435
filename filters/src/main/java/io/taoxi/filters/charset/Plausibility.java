package io.taoxi.filters.charset;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.Charset;
import java.util.BitSet;
import java.util.Locale;

/**
 * How much a decoded text looks like real text in the language its charset implies, in [0, 1].
 * An operator: pure, no I/O. Used to break ties between candidate charsets and to check a declared
 * label.
 *
 * <p>For CJK the score is half <em>membership</em> (share of non-ASCII chars in the common set of
 * the charset's language, derived at class load from the charsets' own level-1 tables: GB2312
 * level 1, Big5 level 1, JIS X 0208 level 1 plus kana, KS X 1001 Hangul, plus CJK punctuation) and
 * half <em>frequency</em> (share of the most frequent chars: a hand-written list of frequent
 * Simplified characters and its Traditional transliteration, hiragana for Japanese, a list of
 * frequent Hangul syllables for Korean). A mis-decoding lands on rare characters or in another
 * script. Membership alone cannot tell EUC-KR Hangul from GB2312 level 1 (the byte ranges
 * coincide); frequency does.
 *
 * <p>Cyrillic: lowercase letters count, an uppercase letter counts only at the start of a word
 * (KOI8-R read as windows-1251 swaps case). Latin single-byte: a non-ASCII letter counts when an
 * ASCII letter is next to it (mis-decoded CJK makes runs of accented letters).
 */
final class Plausibility {

  enum Family { ZH_HANS, ZH_HANT, JA, KO, CYRILLIC, LATIN, OTHER, UNICODE }

  /** About 300 frequent Simplified characters (own list; ~50% of running news text). */
  private static final String FREQUENT_HANS =
      "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年"
          + "过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心"
          + "她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间"
          + "由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给"
          + "世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变"
          + "四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直资命山金指克许统区保至队形社便"
          + "空决治展马科司五基书非则听白却界达光放强即像难且权思王象完设";

  private static final String FREQUENT_HANGUL =
      "이의에는다을를하고지가기서로한사도리자어대인일수전시정나적부해게보들있것으주아상면국내만과와"
          + "구제장여위문라스요성우동마되경중모세니년원그소신학생회화없때오까유연관러방계저공선무미개물비"
          + "실거음간발데합금단조히진같분행당심반터업산명속했습니은던려야말며들었께통람운식민집날결까지"
          + "안영호현용입법교출드린된른알번체양건무차처추치크트파표프할함후";

  private static final BitSet COMMON_HANS = new BitSet(0x10000);
  private static final BitSet COMMON_HANT = new BitSet(0x10000);
  private static final BitSet COMMON_JA = new BitSet(0x10000);
  private static final BitSet COMMON_KO = new BitSet(0x10000);
  private static final BitSet FREQ_HANS = new BitSet(0x10000);
  private static final BitSet FREQ_HANT = new BitSet(0x10000);
  private static final BitSet FREQ_KO = new BitSet(0x10000);
  /** Hiragana plus the frequent Han characters of both Chinese lists. */
  private static final BitSet FREQ_JA = new BitSet(0x10000);
  private static final BitSet CJK_PUNCTUATION = new BitSet(0x10000);

  static {
    for (int c = 0x3000; c <= 0x303F; c++) {
      CJK_PUNCTUATION.set(c);
    }
    for (int c = 0xFF01; c <= 0xFF5E; c++) {
      CJK_PUNCTUATION.set(c);
    }
    for (char c : "—―‘’“”…‥·・ー※→←↑↓○●◎□■△▲☆★".toCharArray()) {
      CJK_PUNCTUATION.set(c);
    }
    // Level-1 tables, in the order each standard lists its common characters.
    addRows(COMMON_HANS, Charset.forName("GB2312"), 0xB0, 0xD7, 0xA1, 0xFE, -1, -1);
    addRows(COMMON_HANT, Charset.forName("Big5"), 0xA4, 0xC6, 0x40, 0x7E, 0xA1, 0xFE);
    addRows(COMMON_JA, Charset.forName("EUC-JP"), 0xB0, 0xCF, 0xA1, 0xFE, -1, -1);
    addRows(COMMON_KO, Charset.forName("EUC-KR"), 0xB0, 0xC8, 0xA1, 0xFE, -1, -1);
    for (int c = 0x3041; c <= 0x30FF; c++) {
      COMMON_JA.set(c); // hiragana, katakana
    }
    for (BitSet set : new BitSet[] {COMMON_HANS, COMMON_HANT, COMMON_JA, COMMON_KO}) {
      set.or(CJK_PUNCTUATION);
    }
    String hans = FREQUENT_HANS;
    String hant;
    try {
      hant = Transliterator.getInstance("Simplified-Traditional").transliterate(hans);
    } catch (RuntimeException e) {
      hant = hans;
    }
    hans.chars().forEach(FREQ_HANS::set);
    hant.chars().forEach(FREQ_HANT::set);
    FREQUENT_HANGUL.chars().forEach(FREQ_KO::set);
    for (int c = 0x3041; c <= 0x3096; c++) {
      FREQ_JA.set(c);
    }
    FREQ_JA.or(FREQ_HANS);
    FREQ_JA.or(FREQ_HANT);
    FREQ_JA.andNot(CJK_PUNCTUATION);
  }

  private static void addRows(BitSet set, Charset charset, int leadFrom, int leadTo, int trailFrom,
      int trailTo, int trail2From, int trail2To) {
    for (int lead = leadFrom; lead <= leadTo; lead++) {
      for (int trail = 0x40; trail <= 0xFE; trail++) {
        boolean inRange = (trail >= trailFrom && trail <= trailTo)
            || (trail2From >= 0 && trail >= trail2From && trail <= trail2To);
        if (!inRange) {
          continue;
        }
        Decoding one = Decoding.of(new byte[] {(byte) lead, (byte) trail}, 0, 2,
            charset, true);
        if (one.errors() == 0 && one.text().length() == 1) {
          char c = one.text().charAt(0);
          if (Character.isLetter(c)) {
            set.set(c);
          }
        }
      }
    }
  }

  private Plausibility() {}

  static Family familyOf(Charset charset) {
    String name = charset.name().toLowerCase(Locale.ROOT);
    if (name.equals("gb18030") || name.equals("gbk") || name.equals("gb2312")
        || name.equals("iso-2022-cn") || name.equals("x-euc-cn")) {
      return Family.ZH_HANS;
    }
    if (name.startsWith("big5") || name.equals("x-windows-950")) {
      return Family.ZH_HANT;
    }
    if (name.equals("windows-31j") || name.equals("shift_jis") || name.equals("euc-jp")
        || name.equals("iso-2022-jp") || name.equals("x-euc-jp-linux")) {
      return Family.JA;
    }
    if (name.equals("x-windows-949") || name.equals("euc-kr") || name.equals("iso-2022-kr")) {
      return Family.KO;
    }
    if (name.startsWith("utf-")) {
      return Family.UNICODE;
    }
    if (name.equals("windows-1251") || name.equals("koi8-r") || name.equals("koi8-u")
        || name.equals("iso-8859-5") || name.equals("ibm866") || name.equals("x-mac-cyrillic")) {
      return Family.CYRILLIC;
    }
    if (name.equals("windows-1252") || name.equals("windows-1250") || name.equals("windows-1257")
        || name.equals("windows-1254") || name.startsWith("iso-8859-1") // 1, 10, 13, 14, 15, 16
        || name.equals("iso-8859-2") || name.equals("iso-8859-3") || name.equals("iso-8859-4")
        || name.equals("iso-8859-9")) {
      return Family.LATIN;
    }
    return Family.OTHER;
  }

  /** Plausibility of {@code text} as text in {@code family}, in [0, 1]; 1 for pure ASCII. */
  static double score(String text, Family family) {
    return switch (family) {
      case ZH_HANS -> cjk(text, COMMON_HANS, FREQ_HANS, 0.45);
      case ZH_HANT -> cjk(text, COMMON_HANT, FREQ_HANT, 0.45);
      case JA -> cjk(text, COMMON_JA, FREQ_JA, 0.35);
      case KO -> cjk(text, COMMON_KO, FREQ_KO, 0.5);
      case CYRILLIC -> cyrillic(text);
      case LATIN -> latin(text);
      case UNICODE -> Math.max(Math.max(cjkBest(text), cyrillic(text)), latin(text));
      case OTHER -> other(text);
    };
  }

  private static double cjkBest(String text) {
    return Math.max(Math.max(score(text, Family.ZH_HANS), score(text, Family.ZH_HANT)),
        Math.max(score(text, Family.JA), score(text, Family.KO)));
  }

  /**
   * Half membership, half frequency. {@code expectedFrequent} is the share of frequent chars in
   * ordinary text that earns the full frequency half.
   */
  private static double cjk(String text, BitSet common, BitSet frequent, double expectedFrequent) {
    int nonAscii = 0;
    int member = 0;
    int freq = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= 0x7F) {
        continue;
      }
      nonAscii++;
      if (common.get(c)) {
        member++;
      }
      if (frequent.get(c)) {
        freq++;
      }
    }
    if (nonAscii == 0) {
      return 1.0;
    }
    double membership = (double) member / nonAscii;
    double frequency = Math.min(1.0, (double) freq / nonAscii / expectedFrequent);
    return 0.5 * membership + 0.5 * frequency;
  }

  private static final String FREQUENT_CYRILLIC = "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё";
  private static final String CYRILLIC_PUNCTUATION = "«»—–№…„“”’‘\u00A0";

  private static double cyrillic(String text) {
    int nonAscii = 0;
    double good = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= 0x7F) {
        continue;
      }
      nonAscii++;
      if (c >= 0x0400 && c <= 0x04FF) {
        char prev = i > 0 ? text.charAt(i - 1) : ' ';
        char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (isAsciiLetter(prev) || isAsciiLetter(next)) {
          continue; // a word mixing Latin and Cyrillic letters
        }
        boolean russian = (c >= 0x0410 && c <= 0x044F) || c == 'ё' || c == 'Ё';
        double weight = russian ? 1.0 : 0.5;
        if (Character.isLowerCase(c)) {
          int rank = FREQUENT_CYRILLIC.indexOf(c);
          good += weight * (rank >= 0 && rank < 17 ? 1.0 : 0.8);
        } else if (!Character.isLetter(prev)) {
          good += weight * 0.9; // capital at the start of a word
        } else {
          good += weight * (Character.isUpperCase(prev) ? 0.3 : 0.1); // acronym, or case swapped
        }
      } else if (CYRILLIC_PUNCTUATION.indexOf(c) >= 0) {
        good += 1.0;
      }
    }
    return nonAscii == 0 ? 1.0 : good / nonAscii;
  }

  private static final String LATIN_PUNCTUATION = "“”‘’–—…«»°€£¥©®·§¡¿\u00A0•";

  private static double latin(String text) {
    int nonAscii = 0;
    int good = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= 0x7F) {
        continue;
      }
      nonAscii++;
      char prev = i > 0 ? text.charAt(i - 1) : ' ';
      char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
      if (Character.isLetter(c) && c < 0x0250) {
        if (isAsciiLetter(prev) || isAsciiLetter(next)) {
          good++;
        }
      } else if (LATIN_PUNCTUATION.indexOf(c) >= 0 && prev <= 0x7F && next <= 0x7F) {
        good++;
      }
    }
    return nonAscii == 0 ? 1.0 : (double) good / nonAscii;
  }

  /** Other single-byte scripts: share of letters of the dominant script, capped below 1. */
  private static double other(String text) {
    int nonAscii = 0;
    java.util.Map<Character.UnicodeScript, Integer> scripts = new java.util.HashMap<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= 0x7F) {
        continue;
      }
      nonAscii++;
      if (Character.isLetter(c)) {
        scripts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
      }
    }
    if (nonAscii == 0) {
      return 1.0;
    }
    int best = scripts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    return 0.8 * best / nonAscii;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
