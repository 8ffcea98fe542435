package io.taoxi.tokenizer;

import static org.junit.jupiter.api.Assertions.fail;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our ids equal Hugging Face tokenizers' (Rust, through DJL) on ~200 KB of generated hostile multilingual
 * text per tokenizer. The 10 MB run is {@code bench/tokenizer-encode.sh}. Seed: -Dtaoxi.seed (printed).
 */
class HfEquivalenceTest {
    static final long SEED = Long.getLong("taoxi.seed", 20261130L);

    @ParameterizedTest
    @ValueSource(strings = {"qwen3", "llama3"})
    void idsEqualHuggingFace(String name) {
        Tokenizer ours = TestTokenizers.ours(name);
        HuggingFaceTokenizer hf = TestTokenizers.hf(name);
        List<String> docs = MultilingualText.documents(SEED, 200_000, true);
        System.out.println(name + ": seed=" + SEED + " docs=" + docs.size());
        long chars = 0;
        for (String d : docs) {
            assertSame(ours, hf, d);
            chars += d.length();
        }
        System.out.println(name + ": " + chars + " chars identical");
    }

    /** Compares one text; unpaired surrogates are given to HF already replaced (docs/tokenizer.md). */
    static void assertSame(Tokenizer ours, HuggingFaceTokenizer hf, String text) {
        int[] a = ours.encode(text);
        int[] b = TestTokenizers.hfIds(hf, Tokenizer.replaceUnpairedSurrogates(text));
        if (!Arrays.equals(a, b)) {
            int i = 0;
            while (i < Math.min(a.length, b.length) && a[i] == b[i]) {
                i++;
            }
            StringBuilder m = new StringBuilder("first difference at token " + i + " (seed " + SEED + ")\n");
            int from = Math.max(0, i - 3);
            m.append("ours: ");
            for (int k = from; k < Math.min(a.length, i + 4); k++) {
                m.append(a[k]).append('=').append(escape(ours.token(a[k]))).append(' ');
            }
            m.append("\nhf:   ");
            for (int k = from; k < Math.min(b.length, i + 4); k++) {
                m.append(b[k]).append('=').append(escape(ours.token(b[k]))).append(' ');
            }
            String prefix = ours.decode(Arrays.copyOf(a, Math.min(i, a.length)));
            m.append("\ntext near: ").append(escape(text.substring(Math.max(0, Math.min(text.length(), prefix.length()) - 20),
                    Math.min(text.length(), prefix.length() + 30))));
            fail(m.toString());
        }
    }

    static String escape(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || Character.isWhitespace(c) || c > 0xFFFF
                    || Character.getType(c) == Character.FORMAT || Character.isSurrogate((char) c)) {
                b.append(String.format("\\u{%X}", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
