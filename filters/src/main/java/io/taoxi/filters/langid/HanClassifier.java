package io.taoxi.filters.langid;

import java.io.IOException;
import java.io.StringReader;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Operator part: decides among {@code zh-Hans}, {@code zh-Hant}, {@code yue} and {@code ja} for text whose letters
 * are Han (kanji-only Japanese included). Not thread-safe (one Kuromoji tokenizer per instance).
 *
 * <p>Evidence, counted over the text:
 * <ul>
 *   <li>S / T: characters only in simplified / only in traditional Chinese ({@link HanTables});</li>
 *   <li>J: Japanese-only shinjitai and kokuji (図 読 駅 楽 広 働 込 々 …) and Japanese kanji words (株式 案内 受付 …);
 *       and a mixture of S and T forms, which is what Japanese shinjitai looks like to a Chinese table
 *       (東京大学: 東 is traditional-only, 学 simplified-only);</li>
 *   <li>Z: Chinese function characters (是 了 这 們 吗 …), which kanji-only Japanese headings and lists lack;</li>
 *   <li>Y: Cantonese particles (嘅 咗 啲 冇 喺 唔 佢 …; 係 only when not part of 關係/联系…).</li>
 * </ul>
 * Japanese wins when its points reach 2 and beat Z; when enabled, Kuromoji must then know at least
 * {@code 0.6} of the Han characters (tokens with a dictionary reading), else the text stays Chinese.
 * Otherwise Cantonese wins at {@code Y ≥ max(1, 0.015 × Han)}; else Traditional when T > S, Simplified when S ≥ T,
 * and Simplified at score 0.5 when neither occurs (我在家: no variant-specific character).
 *
 * <p>Examples: 東京大学医学部附属病院 → ja; 図書館利用案内 → ja; 我们今天去吃饭 → zh-Hans; 我們今天去吃飯 → zh-Hant;
 * 佢今日唔嚟 → yue. Weaknesses: short kanji-only Japanese without any of these signals (会社概要, 大阪) is called
 * zh-Hans; Chinese text that quotes a Japanese name with 図/駅 may tip to ja when it has no function characters.
 */
final class HanClassifier {
    record Decision(String label, double score) {
    }

    private static final int KUROMOJI_MAX_CHARS = 512;

    private final HanTables tables = HanTables.get();
    private final boolean dictionaryCheck;
    private JapaneseTokenizer tokenizer;

    HanClassifier(boolean dictionaryCheck) {
        this.dictionaryCheck = dictionaryCheck;
    }

    Decision classify(CharSequence text) {
        int han = 0;
        int simplified = 0;
        int traditional = 0;
        int japanese = 0;
        double function = 0;
        double cantonese = 0;
        int previous = 0;
        int n = text.length();
        for (int i = 0; i < n; ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if ((cp >= HanTables.FIRST && cp <= HanTables.LAST) || cp == 0x3005 || cp == 0x3006 || cp > 0x20000) {
                han++;
                if (tables.simplifiedOnly.get(cp)) {
                    simplified++;
                } else if (tables.traditionalOnly.get(cp)) {
                    traditional++;
                }
                if (tables.japaneseOnly.get(cp)) {
                    japanese++;
                }
                Double f = tables.chineseFunction.get(cp);
                if (f != null && !(cp == '了' && (previous == '終' || previous == '完' || previous == '修'
                        || previous == '満' || previous == '終'))) {
                    function += f;
                }
                Double y = tables.cantonese.get(cp);
                if (y != null && !(cp == '係' && (previous == '關' || previous == '联' || previous == '聯'
                        || previous == '維' || previous == '体' || previous == '體' || previous == '関'))) {
                    cantonese += y;
                }
            }
            previous = cp;
        }
        String s = text.toString();
        int japaneseWords = countWords(s, tables.japaneseWords);
        cantonese += 1.5 * countWords(s, tables.cantoneseWords);

        boolean mixed = simplified >= 1 && traditional >= 1
                && Math.min(simplified, traditional) >= 0.15 * (simplified + traditional);
        double jaPoints = 3.0 * japanese + 2.0 * japaneseWords + (mixed ? 2 + Math.min(simplified, traditional) : 0);
        double zhPoints = 2.0 * function + 2.0 * cantonese;
        if (jaPoints >= 2 && jaPoints > zhPoints) {
            double score = Math.max(0.5, jaPoints / (jaPoints + zhPoints + 1.0));
            if (!dictionaryCheck || dictionaryCoverage(s) >= 0.6) {
                return new Decision("ja", score);
            }
        }
        if (cantonese >= Math.max(1.0, 0.015 * han)) {
            return new Decision("yue", Math.min(1.0, 0.6 + 0.1 * cantonese));
        }
        int evidence = simplified + traditional;
        if (evidence == 0) {
            return new Decision("zh-Hans", 0.5);
        }
        double share = Math.max(simplified, traditional) / (double) evidence;
        double score = share * (1.0 - 0.5 / (1.0 + evidence));
        return new Decision(traditional > simplified ? "zh-Hant" : "zh-Hans", score);
    }

    private static int countWords(String text, Iterable<String> words) {
        int count = 0;
        for (String w : words) {
            for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length())) {
                count++;
            }
        }
        return count;
    }

    /** Share of Han characters that Kuromoji's dictionary knows (tokens with a reading); 1 when none. */
    double dictionaryCoverage(String text) {
        String sample = text.length() > KUROMOJI_MAX_CHARS ? text.substring(0, KUROMOJI_MAX_CHARS) : text;
        int han = 0;
        int known = 0;
        try {
            if (tokenizer == null) {
                tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL);
            }
            CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
            ReadingAttribute reading = tokenizer.getAttribute(ReadingAttribute.class);
            tokenizer.setReader(new StringReader(sample));
            tokenizer.reset();
            try {
                while (tokenizer.incrementToken()) {
                    int h = 0;
                    for (int i = 0; i < term.length(); i++) {
                        char c = term.charAt(i);
                        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                            h++;
                        }
                    }
                    han += h;
                    if (reading.getReading() != null) {
                        known += h;
                    }
                }
                tokenizer.end();
            } finally {
                tokenizer.close();
            }
        } catch (IOException | RuntimeException e) {
            tokenizer = null;
            return 1.0;
        }
        return han == 0 ? 1.0 : known / (double) han;
    }
}
