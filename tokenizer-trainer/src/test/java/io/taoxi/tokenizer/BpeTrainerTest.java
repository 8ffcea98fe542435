package io.taoxi.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BpeTrainerTest {
    static final long SEED = Long.getLong("taoxi.seed", 20261130L);

    static Map<String, Long> counts(long seed, long chars) {
        PreTokenCounter counter = new PreTokenCounter(PreTokenization.qwen2());
        for (String d : MultilingualText.documents(seed, chars, true)) {
            counter.add(d);
        }
        return counter.counts(1);
    }

    /** Textbook BPE: recount every pair after every merge; same tie-break. The incremental trainer must agree. */
    static List<String> naiveMerges(Map<String, Long> counts, int vocabSize, long minPairCount) {
        int[] byteToId = new int[256];
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            byteToId[ByteLevel.BYTES_IN_ORDER[i]] = i;
            tokens.add(String.valueOf(ByteLevel.charOf(ByteLevel.BYTES_IN_ORDER[i])));
        }
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < 256; i++) {
            ids.put(tokens.get(i), i);
        }
        List<int[]> words = new ArrayList<>();
        List<Long> wc = new ArrayList<>();
        counts.forEach((k, c) -> {
            byte[] b = k.getBytes(StandardCharsets.UTF_8);
            int[] w = new int[b.length];
            for (int i = 0; i < b.length; i++) {
                w[i] = byteToId[b[i] & 0xFF];
            }
            words.add(w);
            wc.add(c);
        });
        List<String> merges = new ArrayList<>();
        while (tokens.size() < vocabSize) {
            Map<Long, Long> pc = new HashMap<>();
            for (int w = 0; w < words.size(); w++) {
                int[] s = words.get(w);
                for (int i = 0; i + 1 < s.length; i++) {
                    pc.merge(BpeModel.pair(s[i], s[i + 1]), wc.get(w), Long::sum);
                }
            }
            long best = -1;
            long bestCount = 0;
            for (Map.Entry<Long, Long> e : pc.entrySet()) {
                if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() < best)) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            if (best < 0 || bestCount < minPairCount) {
                break;
            }
            int a = (int) (best >>> 32);
            int b = (int) best;
            String m = tokens.get(a) + tokens.get(b);
            int z = ids.computeIfAbsent(m, x -> {
                tokens.add(x);
                return tokens.size() - 1;
            });
            merges.add(tokens.get(a) + " " + tokens.get(b));
            for (int w = 0; w < words.size(); w++) {
                int[] s = words.get(w);
                int[] out = new int[s.length];
                int o = 0;
                for (int i = 0; i < s.length; ) {
                    if (i + 1 < s.length && s[i] == a && s[i + 1] == b) {
                        out[o++] = z;
                        i += 2;
                    } else {
                        out[o++] = s[i++];
                    }
                }
                words.set(w, java.util.Arrays.copyOf(out, o));
            }
        }
        return merges;
    }

    @Test
    void incrementalTrainerEqualsTextbookBpe() {
        System.out.println("seed=" + SEED);
        Map<String, Long> counts = counts(SEED, 12_000);
        TrainedBpe t = BpeTrainer.train(counts, BpeTrainer.Spec.qwen2(600));
        List<String> expected = naiveMerges(counts, 600, 2);
        List<String> actual = new ArrayList<>();
        for (int r = 0; r < t.mergeCount(); r++) {
            actual.add(String.join(" ", t.merge(r)));
        }
        assertEquals(expected, actual);
        assertEquals(600, t.regularVocabSize());
    }

    @Test
    void tieBreakPrefersSmallerIds() {
        // "ab" and "cd" both occur 5 times: 'a'+'b' has the smaller left id and is merged first
        Map<String, Long> counts = Map.of("cd", 5L, "ab", 5L, "xy", 1L);
        TrainedBpe t = BpeTrainer.train(counts, BpeTrainer.Spec.qwen2(258));
        assertEquals(List.of("a", "b"), List.of(t.merge(0)));
        assertEquals(List.of("c", "d"), List.of(t.merge(1)));
        assertEquals("ab", t.token(256));
    }

    @Test
    void countsAreLong() {
        // 3 × 2^31 would overflow HF's i32 pair counts; the heavier pair must still win
        long big = 3L << 31;
        Map<String, Long> counts = Map.of("ab", big, "cd", big - 1);
        TrainedBpe t = BpeTrainer.train(counts, BpeTrainer.Spec.qwen2(257));
        assertEquals(List.of("a", "b"), List.of(t.merge(0)));
    }

    @Test
    void specValidation() {
        assertThrows(IllegalArgumentException.class, () -> BpeTrainer.Spec.qwen2(100));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BpeTrainer.Spec(1000, 0, List.of(), PreTokenization.qwen2()));
        assertTrue(e.getMessage().contains("min_pair_count"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new BpeTrainer.Spec(1000, 1, List.of("<a>", "<a>"), PreTokenization.qwen2()));
    }

    /** The written tokenizer.json loads in HF tokenizers and HF, the reloaded file and the in-memory result agree. */
    @Test
    void trainedTokenizerLoadsInHuggingFaceAndEncodesIdentically(@TempDir Path dir) throws Exception {
        Map<String, Long> counts = counts(SEED + 1, 150_000);
        TrainedBpe trained = BpeTrainer.train(counts,
                new BpeTrainer.Spec(3000, 2, List.of("<|endoftext|>", "<|im_start|>", "<|im_end|>"), PreTokenization.qwen2()));
        trained.writeAll(dir);
        assertTrue(Files.readString(dir.resolve("merges.txt")).startsWith("#version: 0.2\n"));
        Tokenizer loaded = Tokenizer.load(dir.resolve("tokenizer.json"));
        Tokenizer inMemory = trained.toTokenizer();
        assertEquals(3003, loaded.vocabSize());
        assertEquals(3000, loaded.tokenId("<|endoftext|>"));
        HuggingFaceTokenizer hf = TestTokenizers.hf(dir.resolve("tokenizer.json"));
        List<String> heldOut = MultilingualText.documents(SEED + 2, 60_000, true);
        heldOut.add("<|im_start|>user\n你好<|im_end|><|endoftext|>");
        for (String d : heldOut) {
            HfEquivalenceTest.assertSame(loaded, hf, d);
            assertArrayEquals(loaded.encode(d), inMemory.encode(d));
        }
        // the vocabulary's first 256 entries are the byte tokens in byte-to-unicode order
        assertEquals(0, loaded.tokenId("!"));
        assertEquals(255, loaded.tokenId(String.valueOf(ByteLevel.charOf(0xAD))));
    }

    @Test
    void preTokenCounterCountsWeighted() {
        PreTokenCounter c = new PreTokenCounter(PreTokenization.qwen2());
        c.add("我们 我们", 3);
        c.add("e\u0301");
        Map<String, Long> m = c.counts(1);
        assertEquals(3L, m.get("我们"));
        assertEquals(3L, m.get(" 我们"));
        assertEquals(1L, m.get("é")); // NFC before counting
        assertEquals(Map.of("我们", 3L, " 我们", 3L), c.counts(2));
    }

    @Test
    void randomSmallCorporaMatchTextbook() {
        SplittableRandom r = new SplittableRandom(SEED);
        for (int round = 0; round < 30; round++) {
            Map<String, Long> counts = new HashMap<>();
            int n = 1 + r.nextInt(40);
            for (int i = 0; i < n; i++) {
                StringBuilder b = new StringBuilder();
                int len = 1 + r.nextInt(12);
                for (int k = 0; k < len; k++) {
                    b.append("aabbc啊é".charAt(r.nextInt(7)));
                }
                counts.merge(b.toString(), 1L + r.nextInt(5), Long::sum);
            }
            int vocab = 256 + r.nextInt(30);
            TrainedBpe t = BpeTrainer.train(counts, new BpeTrainer.Spec(vocab, 1, List.of(), PreTokenization.qwen2()));
            List<String> actual = new ArrayList<>();
            for (int k = 0; k < t.mergeCount(); k++) {
                actual.add(String.join(" ", t.merge(k)));
            }
            assertEquals(naiveMerges(counts, vocab, 1), actual, "round " + round + " seed " + SEED + " counts " + counts);
        }
    }
}
