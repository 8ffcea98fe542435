package io.taoxi.tokenizer.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link AnyTokenizer#load} picks the right implementation and its ids equal Hugging Face's (DJL) for all
 * five real tokenizers (DeepSeek-V3's three chained Split pre-tokenizers included) on generated multilingual text; token bytes laid end to end give back the text
 * (byte-level: exactly; SentencePiece: with the prepended space). Seed: -Dtaoxi.seed (printed).
 */
class AnyTokenizerHfTest {
    static final long SEED = Long.getLong("taoxi.seed", 20261201L);

    @ParameterizedTest
    @ValueSource(strings = {"qwen3", "llama3", "deepseek_v3", "llama2", "gemma"})
    void idsEqualHuggingFaceAndBytesRebuildTheText(String name) throws Exception {
        Path file = AuditTokenizers.path(name);
        AnyTokenizer ours = AuditTokenizers.ours(name);
        assertEquals(name.equals("llama2") || name.equals("gemma") ? "sentencepiece" : "byte_level", ours.kind());
        List<String> docs = MixedText.documents(SEED, 400);
        System.out.println(name + ": seed=" + SEED + " docs=" + docs.size());
        try (HuggingFaceTokenizer hf = AuditTokenizers.hf(file)) {
            for (String d : docs) {
                int[] ids = ours.encode(d);
                assertArrayEquals(AuditTokenizers.hfIds(hf, d), ids, name + " (seed " + SEED + "): " + d);
                if (!d.contains("<") && (name.equals("llama3") || name.equals("deepseek_v3"))) { // no added-token literals, no normalizer
                    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
                    for (int id : ids) {
                        b.writeBytes(ours.tokenBytes(id));
                    }
                    assertEquals(d, b.toString(StandardCharsets.UTF_8));
                }
            }
        }
    }

    /** The audit's own parallel set (audit/parallel, 10 languages × 200 lines): every line's ids equal HF's. */
    @ParameterizedTest
    @ValueSource(strings = {"qwen3", "llama3", "deepseek_v3", "llama2", "gemma"})
    void parallelSetIdsEqualHuggingFace(String name) throws Exception {
        Path dir = Path.of("../audit/parallel");
        List<Path> files;
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(10, files.size(), "language files in " + dir);
        AnyTokenizer ours = AuditTokenizers.ours(name);
        long tokens = 0;
        try (HuggingFaceTokenizer hf = AuditTokenizers.hf(AuditTokenizers.path(name))) {
            for (Path f : files) {
                for (String line : java.nio.file.Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    int[] ids = ours.encode(line);
                    assertArrayEquals(AuditTokenizers.hfIds(hf, line), ids, name + " " + f.getFileName() + ": " + line);
                    tokens += ids.length;
                }
            }
        }
        System.out.println(name + ": parallel set " + tokens + " tokens, equal to HF");
    }
}
