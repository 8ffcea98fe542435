package io.taoxi.filters.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextNormalizerTest {
    static Stream<Arguments> golden() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                TextNormalizerTest.class.getResourceAsStream("/normalize/golden.tsv")), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                out.add(Arguments.of("golden.tsv:" + number, f[0], unescape(f[1]), unescape(f[2])));
            }
        }
        return out.stream();
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                if (n == 'u') {
                    b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                    i += 5;
                    continue;
                }
                if (n == 't' || n == 'n' || n == 'r') {
                    b.append(n == 't' ? '\t' : n == 'n' ? '\n' : '\r');
                    i++;
                    continue;
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("golden")
    void golden(String where, String method, String expected, String input) {
        String actual = switch (method) {
            case "stored" -> TextNormalizer.storedText(input);
            case "key" -> TextNormalizer.matchKey(input);
            case "lines" -> TextNormalizer.matchKeyLines(input);
            case "simplified" -> TextNormalizer.simplifiedKey(input);
            default -> throw new IllegalArgumentException(method);
        };
        assertEquals(expected, actual, where);
    }

    @Test
    void simplifiedTableEqualsTheTransliterator() {
        Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 40; k++) {
                b.append((char) (0x4E00 + random.nextInt(0x9FFF - 0x4E00)));
            }
            String s = b.toString();
            assertEquals(t2s.transliterate(s), TextNormalizer.toSimplified(s), "seed 7 case " + i);
        }
        String sentence = "這個問題已經解決了，謝謝大家的幫忙。臺灣的資料庫與後來的發展";
        assertEquals(t2s.transliterate(sentence), TextNormalizer.toSimplified(sentence));
    }

    @Test
    void neverThrowsOnRandomUnicode() {
        Random random = new Random(20261130L);
        for (int i = 0; i < 500; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(300);
            for (int k = 0; k < n; k++) {
                if (random.nextInt(8) == 0) {
                    b.append((char) (0xD800 + random.nextInt(0x800)));
                } else {
                    b.appendCodePoint(random.nextInt(0x110000));
                }
            }
            String s = b.toString();
            String stored = TextNormalizer.storedText(s);
            String key = TextNormalizer.matchKey(s);
            TextNormalizer.matchKeyLines(s);
            TextNormalizer.simplifiedKey(s);
            assertEquals(stored, TextNormalizer.storedText(stored), "stored text is idempotent, seed 20261130 case " + i);
            assertEquals(key, TextNormalizer.matchKey(key), "key is idempotent, seed 20261130 case " + i);
        }
    }

    @Test
    void speedIsReported() {
        String text = "這是一個測試，我們說的話會被轉換成簡體字。Ｆｕｌｌ　ｗｉｄｔｈ text\u200B here.\n".repeat(20_000);
        Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
        for (int i = 0; i < 3; i++) {
            TextNormalizer.simplifiedKey(text);
        }
        double mb = text.length() / 1e6;
        long t0 = System.nanoTime();
        TextNormalizer.matchKey(text);
        long t1 = System.nanoTime();
        TextNormalizer.toSimplified(text);
        long t2 = System.nanoTime();
        String small = text.substring(0, text.length() / 50);
        t2s.transliterate(small);
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "matchKey %.1f Mchar/s, table T->S %.1f Mchar/s, ICU transliterator %.3f Mchar/s%n",
                mb / ((t1 - t0) / 1e9), mb / ((t2 - t1) / 1e9), mb / 50 / ((t3 - t2) / 1e9));
        assertTrue((t2 - t1) / 50 < t3 - t2, "the table is faster than the transliterator");
    }
}
