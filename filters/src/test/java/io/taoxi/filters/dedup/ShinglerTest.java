package io.taoxi.filters.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Golden behaviour of shingling: what must be equal, what must differ, and what never throws. */
class ShinglerTest {
    private final Shingler shingler = new Shingler(Shingler.Spec.defaults());

    private long[] text(String s) {
        return Shingler.distinct(shingler.shingles(s, Shingler.Mode.TEXT));
    }

    @Test
    void traditionalAndSimplifiedGiveTheSameShingles() {
        assertArrayEquals(text("门户网站每天更新新闻和天气预报。"), text("門戶網站每天更新新聞和天氣預報。"));
    }

    @Test
    void fullWidthPunctuationAndCaseAreFolded() {
        assertArrayEquals(text("Ｔｈｅ ｑｕｉｃｋ ｂｒｏｗｎ ｆｏｘ ｊｕｍｐｓ！"), text("the quick brown fox jumps!"));
        assertArrayEquals(text("东京，2024年的夏天很热。"), text("东京, ２０２４年的夏天很热."));
        assertArrayEquals(text("カタカナのテキストです"), text("ｶﾀｶﾅのﾃｷｽﾄです"));
    }

    @Test
    void cjkIsShingledByCharactersAndEnglishByWords() {
        assertEquals(4, shingler.shingles("门户网站，每天更新。", Shingler.Mode.TEXT).length);
        assertEquals(2, shingler.shingles("The quick brown fox jumps over", Shingler.Mode.TEXT).length);
        assertEquals(4, shingler.shingles("한국어 문장입니다", Shingler.Mode.TEXT).length);   // 8 syllables
        assertEquals(0, shingler.shingles("短文本", Shingler.Mode.TEXT).length);
        assertEquals(0, shingler.shingles("four words only here", Shingler.Mode.TEXT).length);
        assertEquals(0, shingler.shingles("", Shingler.Mode.TEXT).length);
        assertEquals(0, shingler.shingles(null, Shingler.Mode.TEXT).length);
    }

    @Test
    void orderMattersInsideAShingle() {
        assertNotEquals(text("甲乙丙丁戊")[0], text("戊丁丙乙甲")[0]);
    }

    @Test
    void codeKeepsCaseAndTokenisesOperators() {
        long[] a = shingler.shingles("int x = foo(y) + 1;", Shingler.Mode.CODE);
        long[] b = shingler.shingles("int  x=foo( y )+1 ;", Shingler.Mode.CODE);
        long[] c = shingler.shingles("int X = foo(y) + 1;", Shingler.Mode.CODE);
        assertEquals(10 - 5 + 1, a.length);
        assertArrayEquals(a, b);
        assertNotEquals(a[0], c[0]);
    }

    @Test
    void foldingTableAgreesWithTheTransliterator() {
        Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
        String[] samples = {"門戶網站每天更新新聞和天氣預報", "這個軟體的說明書寫得很清楚", "臺灣與香港的讀者",
            "經濟發展與環境保護", "圖書館員整理了上千份舊檔案"};
        for (String s : samples) {
            assertEquals(t2s.transliterate(s), ChineseFolding.fold(s), s);
        }
    }

    @Test
    void neverThrowsOnRandomText() {
        long seed = 20261201L;
        Random r = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(60);
            for (int j = 0; j < n; j++) {
                int kind = r.nextInt(5);
                b.append(switch (kind) {
                    case 0 -> (char) (0x4E00 + r.nextInt(0x5000));
                    case 1 -> (char) (0xD800 + r.nextInt(0x800));       // lone surrogates
                    case 2 -> (char) (0x20 + r.nextInt(0x60));
                    case 3 -> (char) r.nextInt(0x10000);
                    default -> "\uD840\uDC00";                           // a supplementary Han character
                });
            }
            String s = b.toString();
            long[] t = shingler.shingles(s, Shingler.Mode.TEXT);
            long[] c = shingler.shingles(s, Shingler.Mode.CODE);
            assertArrayEquals(t, shingler.shingles(s, Shingler.Mode.TEXT), "seed " + seed + " text " + i);
            assertTrue(t.length <= s.length() && c.length <= s.length(), "seed " + seed);
        }
    }

    @Test
    void specIsValidated() {
        assertEquals(new Shingler.Spec(5, 5, 5), Shingler.Spec.defaults());
        assertThrows(IllegalArgumentException.class, () -> new Shingler.Spec(0, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> new Shingler.Spec(5, 33, 5));
        assertThrows(IllegalArgumentException.class, () -> new Shingler.Spec(5, 5, 65));
    }
}
