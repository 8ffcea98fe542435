package io.taoxi.tokenizer;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits (already normalized) text into pre-tokens, the units BPE merges never cross (an operator: pure,
 * thread-safe, serialisable so it can travel to Spark executors).
 *
 * <p>Hugging Face's {@code Split} pre-tokenizer with behaviour {@code Isolated}: every regex match is a
 * piece and so is every gap between matches. Examples with Qwen2's pattern:
 * {@code "Hello world"} → {@code ["Hello", " world"]}; {@code "我们在2024年"} → {@code ["我们在", "2", "0",
 * "2", "4", "年"]}; {@code "a  b\n\n"} → {@code ["a", " ", " b", "\n\n"]}; {@code "don't"} →
 * {@code ["don", "'t"]}.
 *
 * <p>Use {@link #forPattern(String)}: Qwen2's and Llama 3's patterns get the hand-written
 * {@link Gpt4StyleScanner}; anything else runs through {@link RegexPreTokenizer} (java.util.regex with
 * Oniguruma's classes substituted).
 */
public interface PreTokenizer extends Serializable {

    /** Qwen2/2.5/3's Split pattern: GPT-4's with single digits. */
    String QWEN2_PATTERN = "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";
    /** Llama 3's (and GPT-4's cl100k) Split pattern: digits in groups of up to three. */
    String LLAMA3_PATTERN = "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";

    /** Receives pre-tokens as {@code [start, end)} char ranges of the text given to {@link #split}. */
    @FunctionalInterface
    interface PieceSink {
        void piece(int start, int end);
    }

    /** Reports the pieces of {@code text[from, to)} in order; they are contiguous and cover the range. */
    void split(CharSequence text, int from, int to, PieceSink sink);

    /** The Oniguruma pattern this pre-tokenizer implements. */
    String pattern();

    /** Convenience: the pieces as strings. */
    default List<String> split(String text) {
        List<String> out = new ArrayList<>();
        split(text, 0, text.length(), (s, e) -> out.add(text.substring(s, e)));
        return out;
    }

    /** The fastest exact implementation of an Oniguruma Split pattern. */
    static PreTokenizer forPattern(String onigurumaPattern) {
        if (QWEN2_PATTERN.equals(onigurumaPattern)) {
            return new Gpt4StyleScanner(1, onigurumaPattern);
        }
        if (LLAMA3_PATTERN.equals(onigurumaPattern)) {
            return new Gpt4StyleScanner(3, onigurumaPattern);
        }
        return new RegexPreTokenizer(onigurumaPattern);
    }
}
