package io.taoxi.tokenizer;

import java.util.Objects;

/**
 * A token of {@code tokenizer.json}'s {@code added_tokens} (a record): matched literally in the input
 * before normalization and pre-tokenization, never split by BPE.
 *
 * @param id         its id (Qwen2: after the regular vocabulary, e.g. 151643 {@code <|endoftext|>})
 * @param content    the literal text
 * @param special    a control token ({@code <|im_start|>}); skipped by {@code decode(ids, true)}
 * @param lstrip     the match also swallows whitespace on its left
 * @param rstrip     the match also swallows whitespace on its right
 * @param normalized matched in the normalized text instead of the raw text
 * @param singleWord matched only when not inside a word (neighbours are not letters, digits or '_')
 */
public record AddedToken(int id, String content, boolean special, boolean lstrip, boolean rstrip,
                         boolean normalized, boolean singleWord) {
    public AddedToken {
        Objects.requireNonNull(content, "content");
        if (content.isEmpty()) {
            throw new IllegalArgumentException("added token " + id + " has empty content");
        }
        if (id < 0) {
            throw new IllegalArgumentException("added token '" + content + "' has negative id " + id);
        }
    }

    /** A special token as Qwen2 declares its control tokens (no strip, not normalized). */
    public static AddedToken special(int id, String content) {
        return new AddedToken(id, content, true, false, false, false, false);
    }
}
