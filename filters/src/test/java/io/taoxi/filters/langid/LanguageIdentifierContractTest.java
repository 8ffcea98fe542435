package io.taoxi.filters.langid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taoxi.filters.core.Doc;
import io.taoxi.filters.core.SignalColumn;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Operator contract: columns, types, empty text, determinism, huge input, surrogates, mixed text, spec checks. */
class LanguageIdentifierContractTest {
    private static LanguageIdentifier identifier;

    @BeforeAll
    static void build() {
        identifier = new LanguageIdentifier();
    }

    @Test
    void columnsAndTypes() {
        assertEquals("langid_v1", identifier.name());
        assertEquals(List.of("lang", "lang_score", "lang_scripts", "lang_mixed"),
                identifier.columns().stream().map(SignalColumn::name).toList());
        Object[] values = identifier.compute(Doc.of("", "東京大学医学部附属病院"));
        assertEquals("ja", values[0]);
        assertTrue(values[1] instanceof Double d && d > 0 && d <= 1);
        assertEquals("Hani:1.00", values[2]);
        assertEquals(Boolean.FALSE, values[3]);
    }

    @Test
    void emptyAndLetterless() {
        assertEquals("und", identifier.identify("").label());
        assertEquals("und", identifier.identify(null).label());
        assertEquals(0.0, identifier.identify("  12:30 — ¥500 !!").score());
    }

    @Test
    void scriptShares() {
        LanguageIdentifier.Result r = identifier.identify("我在用iPhone");
        assertEquals("Latn:0.67,Hani:0.33", r.scripts());
        assertEquals("zh-Hans", r.label());
    }

    @Test
    void codeDocumentsSkipIdentification() {
        Doc code = new Doc("1", "web", "", "text/x-python", "def main():\n    print('你好')\n", Map.of());
        assertEquals("code", identifier.compute(code)[0]);
        assertTrue(LanguageIdentifier.isCode(new Doc("2", "code", "", "text/plain", "x", Map.of())));
        assertFalse(LanguageIdentifier.isCode(Doc.of("", "x")));
    }

    @Test
    void mixedDocumentsTakeTheLineMajorityAndAreFlagged() {
        String text = "今天我们去公园散步，天气非常好。\n"
                + "晚上我们一起吃了火锅，大家都很开心。\n"
                + "明天还要早起上班，所以早点睡觉。\n"
                + "The park was full of people walking their dogs.\n";
        LanguageIdentifier.Result r = identifier.identify(text);
        assertEquals("zh-Hans", r.label());
        assertTrue(r.mixed(), r.toString());
        LanguageIdentifier.Result pure = identifier.identify(text.substring(0, text.lastIndexOf("The")));
        assertFalse(pure.mixed());
    }

    @Test
    void deterministic() {
        String s = "Je ne sais pas si elle viendra demain.";
        LanguageIdentifier other = new LanguageIdentifier();
        assertArrayEquals(identifier.compute(Doc.of("", s)), other.compute(Doc.of("", s)));
        assertArrayEquals(identifier.compute(Doc.of("", s)), identifier.compute(Doc.of("", s)));
    }

    @Test
    void hugeDocumentIsSampledAndFast() {
        StringBuilder b = new StringBuilder();
        while (b.length() < 10_000_000) {
            b.append("這是一個很長的文件，我們只讀取其中的一部分。\n");
        }
        long t0 = System.nanoTime();
        LanguageIdentifier.Result r = identifier.identify(b.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals("zh-Hant", r.label());
        assertTrue(ms < 2000, "took " + ms + " ms");
    }

    @Test
    void randomUnicodeNeverThrows() {
        long seed = 20261130L;
        Random random = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            int length = random.nextInt(i % 100 == 0 ? 20_000 : 200);
            StringBuilder b = new StringBuilder(length);
            for (int k = 0; k < length; k++) {
                int kind = random.nextInt(10);
                if (kind == 0) {
                    b.append((char) (0xD800 + random.nextInt(0x800)));
                } else if (kind < 4) {
                    b.append((char) (0x3000 + random.nextInt(0x7000)));
                } else if (kind == 4) {
                    b.append('\n');
                } else {
                    b.appendCodePoint(random.nextInt(0x110000));
                }
            }
            String text = b.toString();
            try {
                Object[] values = identifier.compute(Doc.of("", text));
                assertEquals(4, values.length);
                double score = (Double) values[1];
                assertTrue(score >= 0 && score <= 1, "score " + score);
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError("seed " + seed + " case " + i, e);
            }
        }
    }

    @Test
    void specDefaultsAndValidation() {
        LanguageIdentifier.Spec d = LanguageIdentifier.Spec.defaults();
        assertEquals(8192, d.maxSampleChars());
        assertEquals(64, d.maxLines());
        assertEquals(12, d.minLineLetters());
        assertEquals(0.2, d.mixedLineShare());
        assertTrue(d.japaneseDictionaryCheck());
        assertEquals(0.0, d.minScore());
        assertEquals(Map.of(), d.minScoreByLang());
        assertThrows(IllegalArgumentException.class, () -> new LanguageIdentifier.Spec(10, 64, 12, 0.2, true, 0, null));
        assertThrows(IllegalArgumentException.class,
                () -> new LanguageIdentifier.Spec(8192, 64, 12, 0.7, true, 0, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LanguageIdentifier.Spec(8192, 64, 12, 0.2, true, 0, Map.of("ja", 1.5)));
        assertTrue(e.getMessage().contains("minScoreByLang.ja"));
        LanguageIdentifier.Spec strict = new LanguageIdentifier.Spec(8192, 64, 12, 0.2, true, 0.3, Map.of("en", 0.9));
        assertEquals("und", strict.threshold("en", 0.8));
        assertEquals("fr", strict.threshold("fr", 0.8));
        assertEquals("code", strict.threshold("code", 0.0));
    }
}
