package io.taoxi.tokenizer;

import java.io.Serializable;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What happens to text before BPE, as a small serialisable spec (a record) that Spark can ship to executors
 * to count pre-tokens per document: NFC (or not), then the Split pattern. Added tokens are not matched
 * here: training counts plain text.
 *
 * <pre>
 * PreTokenization p = PreTokenization.qwen2();
 * p.forEach("我们在2024年 go!", t -&gt; ...)   // "我们在", "2", "0", "2", "4", "年", " go", "!"
 * </pre>
 *
 * @param pattern Oniguruma Split pattern (Qwen2's: {@link PreTokenizer#QWEN2_PATTERN})
 * @param nfc     whether NFC is applied first
 */
public record PreTokenization(String pattern, boolean nfc) implements Serializable {
    public PreTokenization {
        Objects.requireNonNull(pattern, "pattern");
        PreTokenizer.forPattern(pattern); // fails early on a pattern java.util.regex cannot take
    }

    /** Qwen2/2.5/3's: NFC, then GPT-4's pattern with single digits. */
    public static PreTokenization qwen2() {
        return new PreTokenization(PreTokenizer.QWEN2_PATTERN, true);
    }

    /** The pre-tokenizer (cheap to build; build once per partition). */
    public PreTokenizer preTokenizer() {
        return PreTokenizer.forPattern(pattern);
    }

    /** Calls {@code sink} with every pre-token of {@code text} (unpaired surrogates → U+FFFD first). */
    public void forEach(String text, Consumer<String> sink) {
        String s = Tokenizer.replaceUnpairedSurrogates(text);
        String n = nfc ? Tokenizer.NFC.normalize(s) : s;
        preTokenizer().split(n, 0, n.length(), (a, b) -> sink.accept(n.substring(a, b)));
    }
}
