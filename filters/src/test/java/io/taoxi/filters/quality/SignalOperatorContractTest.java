package io.taoxi.filters.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import io.taoxi.filters.core.Doc;
import io.taoxi.filters.core.SignalColumn;
import io.taoxi.filters.core.SignalOperator;

/**
 * Contract every quality signal operator passes: shape and types of the output, empty text, determinism,
 * a 10 MB document in bounded time (the work cap), unpaired surrogates, mixed scripts under every language
 * label, thread safety of one shared instance, invalid Specs naming their field, and seeded random Unicode
 * (never throws; the seed is printed on failure).
 */
abstract class SignalOperatorContractTest {

    static final long SEED = 20240917L;
    static final List<String> LANGS = List.of("zh-Hans", "zh-Hant", "yue", "ja", "ko", "en", "th", "und", "", "x-bad-LABEL");

    /** A fresh operator with the default Spec. */
    abstract SignalOperator newOperator();

    /** The default Spec, and what it must equal (a test of the defaults, Trino-style). */
    abstract Object defaultSpec();

    abstract Object expectedDefaultSpec();

    /** Invalid Spec constructions, keyed by the field name the message must contain. */
    abstract Map<String, Executable> invalidSpecs();

    static final String MIXED = String.join("\n",
            "北京时间今天上午，国家统计局发布了最新数据。",
            "東京都の天気は晴れです。明日も晴れるでしょう。",
            "오늘 서울의 날씨는 맑습니다.",
            "The quick brown fox jumps over the lazy dog.",
            "• 列表项目 one",
            "مرحبا بالعالم",
            "Здравствуй, мир!",
            "สวัสดีครับ ยินดีต้อนรับ",
            "emoji 😀👍🏽 and ZWJ 👩‍👩‍👧 family",
            "电话 13812345678 …",
            "版权所有 © 2024",
            "",
            "北京时间今天上午，国家统计局发布了最新数据。");

    @Test
    void nameAndColumns() {
        SignalOperator op = newOperator();
        assertTrue(op.name().matches("[a-z0-9_]+_v[0-9]+"), op.name());
        Set<String> names = new HashSet<>();
        for (SignalColumn c : op.columns()) {
            assertTrue(names.add(c.name()), "duplicate column " + c.name());
            assertFalse(c.description().isBlank(), c.name());
        }
        assertFalse(op.columns().isEmpty());
    }

    @Test
    void specDefaults() {
        assertEquals(expectedDefaultSpec(), defaultSpec());
    }

    @Test
    void emptyAndBlankText() {
        SignalOperator op = newOperator();
        for (String lang : LANGS) {
            for (String text : new String[] {"", " ", "\n\n\n", "\t \u3000 \n", null}) {
                checkShape(op, compute(op, lang, text), lang + " / " + text);
            }
        }
    }

    @Test
    void deterministicAcrossCallsAndInstances() {
        SignalOperator a = newOperator();
        SignalOperator b = newOperator();
        for (String lang : LANGS) {
            Object[] first = compute(a, lang, MIXED);
            assertArrayEquals(first, compute(a, lang, MIXED), lang);
            assertArrayEquals(first, compute(b, lang, MIXED), lang);
        }
    }

    @Test
    void tenMegabyteDocumentTerminatesInBoundedTimeByTheCap() {
        StringBuilder sb = new StringBuilder(10 * 1024 * 1024 + 1024);
        while (sb.length() < 10 * 1024 * 1024) {
            sb.append(MIXED).append('\n');
        }
        String huge = sb.toString();
        SignalOperator op = newOperator();
        Object[] result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> compute(op, "zh-Hans", huge));
        checkShape(op, result, "10 MB");
        // one long line without any newline or space also terminates
        String oneLine = "重复的内容".repeat(2 * 1024 * 1024);
        Object[] line = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> compute(op, "", oneLine));
        checkShape(op, line, "10 MB one line");
    }

    @Test
    void unpairedSurrogatesAnywhere() {
        SignalOperator op = newOperator();
        String[] texts = {"\uD800", "\uDC00", "a\uD800b", "中\uDC00文", "\uDBFF\uDBFF\uDFFF", "😀\uD83D", "\uDE00😀",
            "line\n\uD800\n\uD800\nend", "東京\uD800都に住んでいます。", "학교\uDFFF에 갑니다."};
        for (String lang : LANGS) {
            for (String text : texts) {
                checkShape(op, compute(op, lang, text), lang + " / " + escape(text));
            }
        }
    }

    @Test
    void mixedScriptsUnderEveryLabel() {
        SignalOperator op = newOperator();
        for (String lang : LANGS) {
            checkShape(op, compute(op, lang, MIXED), lang);
        }
        checkShape(op, op.compute(new Doc("id", "web", null, null, MIXED, null)), "null lang");
    }

    @Test
    void oneInstanceIsSafeToShareBetweenThreads() throws Exception {
        SignalOperator op = newOperator();
        List<String> texts = new ArrayList<>();
        for (String line : MIXED.split("\n")) {
            texts.add(line.repeat(5));
        }
        List<Object[]> expected = new ArrayList<>();
        for (String t : texts) {
            expected.add(compute(op, LANGS.get(texts.indexOf(t) % LANGS.size()), t));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                futures.add(pool.submit(() -> {
                    for (int round = 0; round < 20; round++) {
                        for (int i = 0; i < texts.size(); i++) {
                            Object[] got = compute(op, LANGS.get(i % LANGS.size()), texts.get(i));
                            if (!java.util.Arrays.equals(got, expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : futures) {
                assertTrue(f.get(), "same results from 4 threads");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void invalidSpecsFailNamingTheField() {
        Map<String, Executable> cases = invalidSpecs();
        assertFalse(cases.isEmpty());
        cases.forEach((field, construct) -> {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construct, field);
            assertTrue(e.getMessage().contains(field), e.getMessage());
            assertTrue(e.getMessage().contains("["), "message gives the allowed range: " + e.getMessage());
        });
    }

    @Test
    void randomUnicodeNeverThrows() {
        SignalOperator op = newOperator();
        Random random = new Random(SEED);
        for (int i = 0; i < 300; i++) {
            String text = randomText(random, random.nextInt(600));
            String lang = LANGS.get(random.nextInt(LANGS.size()));
            try {
                checkShape(op, compute(op, lang, text), lang);
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError("seed " + SEED + " iteration " + i + " lang " + lang + ": " + escape(text), e);
            }
        }
    }

    /** Random UTF-16: CJK, kana, Hangul, Latin, punctuation, whitespace, controls, emoji, lone surrogates. */
    static String randomText(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        int[][] ranges = {{0x20, 0x7E}, {0x4E00, 0x9FFF}, {0x3040, 0x30FF}, {0xAC00, 0xD7A3}, {0x3000, 0x303F},
            {0xFF00, 0xFFEF}, {0x0, 0x1F}, {0x1F300, 0x1F6FF}, {0xD800, 0xDFFF}, {0x0600, 0x06FF}, {0x0E00, 0x0E7F},
            {0x0, 0x10FFFF}};
        for (int i = 0; i < length; i++) {
            int r = random.nextInt(ranges.length + 3);
            if (r >= ranges.length) {
                sb.append(r == ranges.length ? '\n' : r == ranges.length + 1 ? ' ' : "。…#•{".charAt(random.nextInt(5)));
                continue;
            }
            int[] range = ranges[r];
            int cp = range[0] + random.nextInt(range[1] - range[0] + 1);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                sb.append((char) cp);
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    static Object[] compute(SignalOperator op, String lang, String text) {
        return op.compute(new Doc("id", "web", lang, "text/html", text, Map.of()));
    }

    static void checkShape(SignalOperator op, Object[] values, String context) {
        assertEquals(op.columns().size(), values.length, context);
        for (int i = 0; i < values.length; i++) {
            SignalColumn c = op.columns().get(i);
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Class<?> expected = switch (c.type()) {
                case DOUBLE -> Double.class;
                case LONG -> Long.class;
                case INT -> Integer.class;
                case BOOLEAN -> Boolean.class;
                case STRING -> String.class;
            };
            assertEquals(expected, v.getClass(), c.name() + " " + context);
            if (v instanceof Double d) {
                assertTrue(Double.isFinite(d) && d >= 0, c.name() + "=" + d + " " + context);
                if (c.name().endsWith("_frac")) {
                    assertTrue(d <= 1.0 + 1e-9, c.name() + "=" + d + " " + context);
                }
            }
            if (v instanceof Long l) {
                assertTrue(l >= 0, c.name() + "=" + l + " " + context);
            }
        }
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || Character.isSurrogate(c)) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
