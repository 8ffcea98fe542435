package io.taoxi.filters.quality;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import com.ibm.icu.text.Transliterator;

/**
 * Operator helper: splits text into words with a segmenter chosen per language, so that word-based rules
 * never treat Chinese, Japanese or Korean as if it had spaces.
 *
 * <table>
 * <caption>Routes</caption>
 * <tr><th>language</th><th>segmenter</th></tr>
 * <tr><td>{@code zh}, {@code zh-Hans} (and zh-CN, zh-SG)</td><td>Lucene SmartCN (HMM, Simplified dictionary)</td></tr>
 * <tr><td>{@code zh-Hant}, {@code yue} (and zh-TW, zh-HK, zh-MO)</td><td>ICU {@code Traditional-Simplified}
 *     on a copy, SmartCN on the copy, words cut from the original at the same offsets</td></tr>
 * <tr><td>{@code ja}</td><td>Kuromoji, normal mode (no search-mode compound splitting)</td></tr>
 * <tr><td>{@code ko}</td><td>Nori, no decompounding: eojeols split into morphemes (학교에 → 학교 / 에)</td></tr>
 * <tr><td>anything else</td><td>ICU tokenizer (UAX #29 words, dictionary break for Thai, Lao, Khmer, Myanmar)</td></tr>
 * <tr><td>empty or {@code und}</td><td>by script: kana → ja, Hangul → ko, Han → zh, else ICU</td></tr>
 * </table>
 *
 * <p>Words are tokens with at least one letter or digit; punctuation-only and symbol-only tokens (emoji,
 * "…", "—") are dropped, whichever tokenizer emitted them, so counts are comparable across routes.
 * Examples: {@code zh-Hans "我们今天去北京大学。"} → [我们, 今天, 去, 北京, 大学];
 * {@code ja "東京都に住んでいます。"} → [東京, 都, に, 住ん, で, い, ます];
 * {@code ko "학교에 갑니다."} → [학교, 에, 갑니다] (Nori's exact split depends on its dictionary);
 * {@code en "Don't panic — 42 towels."} → [Don't, panic, 42, towels].
 *
 * <p><b>Threads.</b> Not thread safe: Lucene tokenizers are stateful. Use one instance per thread (operators
 * get theirs from {@link Segmenters}, one per thread, shared by the operators of a task so a document is
 * segmented once); tokenizers are created lazily and reused for every document the thread sees. The dictionaries behind SmartCN, Kuromoji and Nori are loaded once per
 * JVM by Lucene itself and shared read-only.
 *
 * <p><b>Why the conversion for Traditional Chinese</b> (measured, {@code SegmenterTest}): SmartCN's
 * dictionary is Simplified, and on Traditional text it falls back to near single-character output
 * (e.g. 資訊 and 圖書館 come out split); segmenting a Simplified copy gives the same words as for the Simplified
 * original. ICU's Traditional-Simplified transform maps code point for code point in almost all cases; where
 * it changes the length, the converted words are returned instead of original slices.
 *
 * <p><b>Known weaknesses.</b> SmartCN splits many names and new words into single characters, which lowers
 * mean word length; Kuromoji splits verb inflections (住ん / で / い / ます), so Japanese word counts run
 * about 1.5–2× a human's; Nori morphemes are shorter than eojeols, so Korean mean word length is lower than
 * with whitespace words. Thresholds for these languages must be set on these segmenters' output, not copied
 * from a peer that used another segmenter.
 */
public final class Segmenter {

    /** Which segmenter a language goes to. */
    public enum Route { SMARTCN, SMARTCN_VIA_SIMPLIFIED, KUROMOJI, NORI, ICU }

    private HMMChineseTokenizer smartcn;
    private JapaneseTokenizer kuromoji;
    private KoreanTokenizer nori;
    private ICUTokenizer icu;
    private Transliterator toSimplified;

    /** The route for a language label; empty or {@code und} decides by the scripts in {@code text}. */
    public static Route route(String lang, String text) {
        String l = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
        if (l.equals("zh-hant") || l.equals("yue") || l.startsWith("yue-") || l.equals("zh-tw") || l.equals("zh-hk")
                || l.equals("zh-mo")) {
            return Route.SMARTCN_VIA_SIMPLIFIED;
        }
        if (l.equals("zh") || l.startsWith("zh-")) {
            return Route.SMARTCN;
        }
        if (l.equals("ja") || l.startsWith("ja-")) {
            return Route.KUROMOJI;
        }
        if (l.equals("ko") || l.startsWith("ko-")) {
            return Route.NORI;
        }
        if (!l.isEmpty() && !l.equals("und")) {
            return Route.ICU;
        }
        return routeByScript(text);
    }

    private static Route routeByScript(String text) {
        long han = 0;
        long kana = 0;
        long hangul = 0;
        long letters = 0;
        int limit = Math.min(text.length(), 4096);
        for (int i = 0; i < limit; ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (Texts.isKana(cp)) {
                    kana++;
                } else if (Texts.isHangul(cp)) {
                    hangul++;
                } else if (Texts.isHan(cp)) {
                    han++;
                }
            }
            i += Character.charCount(cp);
        }
        if (letters == 0) {
            return Route.ICU;
        }
        if (kana * 20 >= letters) {
            return Route.KUROMOJI;
        }
        if (hangul * 4 >= letters) {
            return Route.NORI;
        }
        if (han * 4 >= letters) {
            return Route.SMARTCN_VIA_SIMPLIFIED; // a no-op conversion on Simplified text
        }
        return Route.ICU;
    }

    /** Words of {@code text} (see the class comment), in order. */
    public List<String> words(String text, String lang) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        Route route = route(lang, text);
        switch (route) {
            case SMARTCN -> collect(smartcn(), text, text, out);
            case SMARTCN_VIA_SIMPLIFIED -> {
                String simplified = simplifier().transliterate(text);
                if (simplified.length() == text.length()) {
                    collect(smartcn(), simplified, text, out);
                } else {
                    collect(smartcn(), simplified, null, out);
                }
            }
            case KUROMOJI -> collect(kuromoji(), text, null, out);
            case NORI -> collect(nori(), text, null, out);
            case ICU -> collect(icu(), text, null, out);
            default -> throw new IllegalStateException("route " + route);
        }
        return out;
    }

    /**
     * Runs {@code tokenizer} over {@code text}; when {@code original} (same length) is given, words are cut
     * from it at the token offsets, so SmartCN's lower-casing and width folding do not leak into the words.
     */
    private static void collect(Tokenizer tokenizer, String text, String original, List<String> out) {
        try {
            tokenizer.setReader(new StringReader(text));
            CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokenizer.getAttribute(OffsetAttribute.class);
            try {
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    int start = offset.startOffset();
                    int end = offset.endOffset();
                    String word = original != null && start >= 0 && start <= end && end <= original.length()
                            ? original.substring(start, end) : term.toString();
                    if (isWord(word)) {
                        out.add(word);
                    }
                }
                tokenizer.end();
            } finally {
                tokenizer.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading a String cannot fail", e);
        }
    }

    /** At least one letter, digit or combining mark. */
    static boolean isWord(String token) {
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private HMMChineseTokenizer smartcn() {
        if (smartcn == null) {
            smartcn = new HMMChineseTokenizer();
        }
        return smartcn;
    }

    private Transliterator simplifier() {
        if (toSimplified == null) {
            toSimplified = Transliterator.getInstance("Traditional-Simplified");
        }
        return toSimplified;
    }

    private JapaneseTokenizer kuromoji() {
        if (kuromoji == null) {
            kuromoji = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL);
        }
        return kuromoji;
    }

    private KoreanTokenizer nori() {
        if (nori == null) {
            nori = new KoreanTokenizer(org.apache.lucene.util.AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, null,
                    KoreanTokenizer.DecompoundMode.NONE, false, true);
        }
        return nori;
    }

    private ICUTokenizer icu() {
        if (icu == null) {
            icu = new ICUTokenizer();
        }
        return icu;
    }
}
