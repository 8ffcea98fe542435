package io.taoxi.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Public-API behaviour of the encoder/decoder on the real Qwen3 and Llama 3 files. */
class TokenizerTest {
    static final long SEED = Long.getLong("taoxi.seed", 20261130L);

    @Test
    void byteLevelAlphabet() {
        assertEquals('Ġ', ByteLevel.charOf(' '));
        assertEquals('Ċ', ByteLevel.charOf('\n'));
        assertEquals('!', ByteLevel.charOf('!'));
        assertEquals("ä½łå¥½", ByteLevel.encode("你好"));
        for (int i = 1; i < 256; i++) { // vocabulary order is ascending by character
            assertTrue(ByteLevel.charOf(ByteLevel.BYTES_IN_ORDER[i - 1]) < ByteLevel.charOf(ByteLevel.BYTES_IN_ORDER[i]));
        }
        for (int b = 0; b < 256; b++) {
            assertEquals(b, ByteLevel.byteOf(ByteLevel.charOf(b)));
        }
    }

    @Test
    void qwenPreTokenizerExamples() {
        PreTokenizer p = PreTokenizer.forPattern(PreTokenizer.QWEN2_PATTERN);
        assertEquals(List.of("Hello", " world"), p.split("Hello world"));
        assertEquals(List.of("我们在", "2", "0", "2", "4", "年"), p.split("我们在2024年"));
        assertEquals(List.of("a", " ", " b", "\n\n"), p.split("a  b\n\n"));
        assertEquals(List.of("don", "'t", " I", "'M"), p.split("don't I'M"));
        assertEquals(List.of("'ſ"), p.split("'ſ")); // a letter after an apostrophe that is no contraction
        assertEquals(List.of("，世界", "。\n"), p.split("，世界。\n"));
        assertEquals(List.of("\u3000", "\u3000日本"), p.split("\u3000\u3000日本"));
        assertEquals(List.of(" \n", " x"), p.split(" \n x"));
        assertEquals(List.of("123"), PreTokenizer.forPattern(PreTokenizer.LLAMA3_PATTERN).split("1234").subList(0, 1));
    }

    /**
     * The hand-written scanner and the java.util.regex path agree on random hostile text, once code points
     * whose category differs between the JVM's Unicode 13 and ICU are masked (the regex path's documented gap).
     */
    @Test
    void scannerEqualsRegexPath() {
        System.out.println("seed=" + SEED);
        for (String pattern : List.of(PreTokenizer.QWEN2_PATTERN, PreTokenizer.LLAMA3_PATTERN)) {
            PreTokenizer scanner = PreTokenizer.forPattern(pattern);
            PreTokenizer regex = new RegexPreTokenizer(pattern);
            for (String doc : MultilingualText.documents(SEED, 300_000, false)) {
                StringBuilder b = new StringBuilder();
                doc.codePoints().forEach(c -> b.appendCodePoint(
                        Character.getType(c) == com.ibm.icu.lang.UCharacter.getType(c) ? c : 'x'));
                String d = b.toString();
                assertEquals(regex.split(d), scanner.split(d), "seed " + SEED);
            }
        }
    }

    @Test
    void addedTokensAndOrdinaryEncoding() {
        Tokenizer t = TestTokenizers.ours("qwen3");
        int[] ids = t.encode("<|im_start|>user\n你好<|im_end|>");
        assertEquals(151644, ids[0]);
        assertEquals(151645, ids[ids.length - 1]);
        int[] plain = t.encodeOrdinary("<|im_start|>");
        assertTrue(plain.length > 1);
        assertEquals("<|im_start|>", t.decode(plain));
        assertEquals("user\n你好", t.decode(ids, true));
    }

    /** decode(encode(s)) == NFC(s) (Qwen, NFC) and == s (Llama 3, no normalizer) for valid strings. */
    @Test
    void decodeEncodeRoundTrip() {
        Tokenizer qwen = TestTokenizers.ours("qwen3");
        Tokenizer llama = TestTokenizers.ours("llama3");
        SplittableRandom r = new SplittableRandom(SEED);
        System.out.println("seed=" + SEED);
        for (String d : MultilingualText.documents(SEED, 200_000, false)) {
            assertEquals(qwen.normalize(d), qwen.decode(qwen.encodeOrdinary(d)));
            assertEquals(d, llama.decode(llama.encodeOrdinary(d)));
            assertEquals(d, llama.decode(llama.encode(d)));
        }
        for (int i = 0; i < 2000; i++) { // random code points of every plane
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(20);
            for (int k = 0; k < n; k++) {
                b.appendCodePoint(MultilingualText.randomCodePoint(r));
            }
            String s = b.toString();
            assertEquals(s, llama.decode(llama.encodeOrdinary(s)), "seed " + SEED);
        }
    }

    @Test
    void unpairedSurrogatesBecomeReplacementCharacters() {
        Tokenizer t = TestTokenizers.ours("qwen3");
        assertEquals("a\uFFFDb\uFFFD😀", t.decode(t.encode("a\uD800b\uDC00😀")));
    }

    @Test
    void bothMergeFormatsLoad() {
        // Qwen3's file has ["a","b"] pairs, Llama 3's "a b" strings
        assertEquals(151387, TestTokenizers.ours("qwen3").model().mergeCount());
        assertEquals(280147, TestTokenizers.ours("llama3").model().mergeCount());
        assertTrue(TestTokenizers.ours("llama3").model().ignoreMerges());
    }

    @Test
    void rejectsWhatItCannotEncode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tokenizer.fromJson(
                "{\"model\":{\"type\":\"WordPiece\",\"vocab\":{}}}"));
        assertTrue(e.getMessage().contains("model.type"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TestTokenizers.ours("qwen3").decode(new int[] {999_999}));
    }

    @Test
    void threadsShareOneTokenizer() throws Exception {
        Tokenizer t = TestTokenizers.ours("qwen3");
        List<String> docs = MultilingualText.documents(SEED, 40_000, true);
        int[][] expected = docs.stream().map(t::encode).toArray(int[][]::new);
        Thread[] threads = new Thread[4];
        Throwable[] failure = new Throwable[1];
        for (int k = 0; k < threads.length; k++) {
            threads[k] = new Thread(() -> {
                try {
                    for (int i = 0; i < docs.size(); i++) {
                        assertArrayEquals(expected[i], t.encode(docs.get(i)));
                    }
                } catch (Throwable x) {
                    failure[0] = x;
                }
            });
            threads[k].start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertEquals(null, failure[0]);
    }
}
