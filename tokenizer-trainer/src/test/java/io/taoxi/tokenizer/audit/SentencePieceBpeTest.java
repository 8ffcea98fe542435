package io.taoxi.tokenizer.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taoxi.tokenizer.SentencePieceBpe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SentencePieceBpe} against Hugging Face tokenizers (DJL) on generated multilingual text: Llama 2
 * (legacy Prepend+Replace normalizer), Gemma (Replace only), and Llama 2's vocabulary rewritten to the
 * Metaspace pre-tokenizer (prepend_scheme first/always, split on and off). Seed: -Dtaoxi.seed (printed).
 */
class SentencePieceBpeTest {
    static final long SEED = Long.getLong("taoxi.seed", 20261130L);

    @ParameterizedTest
    @ValueSource(strings = {"llama2", "gemma"})
    void idsEqualHuggingFace(String name) {
        Path file = AuditTokenizers.path(name);
        compare(name, SentencePieceBpe.load(file), AuditTokenizers.hf(file), 1500, true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"first:false", "first:true", "always:true", "never:false"})
    void metaspaceVariantsEqualHuggingFace(String variant, @TempDir Path tmp) throws Exception {
        Path file = AuditTokenizers.path("llama2");
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(file.toFile());
        String[] v = variant.split(":");
        root.putNull("normalizer");
        ObjectNode meta = root.putObject("pre_tokenizer");
        meta.put("type", "Metaspace").put("replacement", "\u2581").put("prepend_scheme", v[0]).put("split", Boolean.parseBoolean(v[1]));
        ObjectNode dec = root.putObject("decoder");
        dec.put("type", "Metaspace").put("replacement", "\u2581").put("prepend_scheme", v[0]).put("split", Boolean.parseBoolean(v[1]));
        Path rewritten = tmp.resolve("tokenizer.json");
        json.writeValue(rewritten.toFile(), root);
        // ids only: the rewritten decoder (Metaspace alone) has no ByteFallback step, so HF prints <0x0A>.
        compare("llama2/metaspace " + variant, SentencePieceBpe.load(rewritten), AuditTokenizers.hf(rewritten), 400, false);
    }

    private static void compare(String label, SentencePieceBpe ours, HuggingFaceTokenizer hf, int docs, boolean decode) {
        List<String> texts = MixedText.documents(SEED, docs);
        System.out.println(label + ": seed=" + SEED + " docs=" + texts.size());
        long chars = 0;
        for (String t : texts) {
            int[] a = ours.encode(t);
            int[] b = AuditTokenizers.hfIds(hf, t);
            if (!Arrays.equals(a, b)) {
                assertEquals(tokens(ours, b), tokens(ours, a), label + " (seed " + SEED + ") text: " + t);
            }
            if (decode) {
                String hfDecoded = hf.decode(Arrays.stream(a).asLongStream().toArray(), false);
                assertEquals(hfDecoded, ours.decode(a), label + " decode (seed " + SEED + ") text: " + t);
            }
            chars += t.length();
        }
        System.out.println(label + ": " + chars + " chars identical");
    }

    private static String tokens(SentencePieceBpe t, int[] ids) {
        StringBuilder b = new StringBuilder();
        for (int id : ids) {
            b.append(id).append('=').append(t.token(id)).append(' ');
        }
        return b.toString();
    }

    @Test
    void byteFallbackAndAnatomy() {
        AnyTokenizer t = AuditTokenizers.ours("llama2");
        assertEquals("sentencepiece", t.kind());
        // U+20000 is not in Llama 2's vocabulary: four byte tokens inside running text.
        assertEquals(4, t.tokensForCharacter(0x20000));
        assertEquals(1, t.tokensForCharacter('中'));
        int e4 = ((io.taoxi.tokenizer.audit.AnyTokenizer) t).encode("\uD840\uDC00")[1];
        assertArrayEquals(new byte[] {(byte) 0xF0}, t.tokenBytes(e4));
        assertEquals("<0xF0>", t.token(e4));
        assertEquals("Hello world 你好 𠀀", t.decode(t.encode("Hello world 你好 𠀀")));
        assertTrue(t.tokenBytes(1) == null, "<s> is an added token");
    }

    @Test
    void unsupportedNormalizerNamesThePath(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("tokenizer.json");
        Files.writeString(f, "{\"normalizer\":{\"type\":\"NFKC\"},\"pre_tokenizer\":null,\"model\":{\"type\":\"BPE\","
                + "\"byte_fallback\":true,\"vocab\":{\"a\":0},\"merges\":[]}}");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> AnyTokenizer.load(f));
        assertTrue(e.getMessage().contains("normalizer") && e.getMessage().contains("NFKC"), e.getMessage());
    }
}
