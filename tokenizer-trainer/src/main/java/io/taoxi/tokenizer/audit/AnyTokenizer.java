package io.taoxi.tokenizer.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taoxi.tokenizer.AddedToken;
import io.taoxi.tokenizer.ByteLevel;
import io.taoxi.tokenizer.SentencePieceBpe;
import io.taoxi.tokenizer.Tokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * What the audit needs of a tokenizer, whichever kind its {@code tokenizer.json} is (an operator:
 * implementations are immutable and thread-safe).
 *
 * <p>{@link #load(Path)} picks the implementation from the file: SentencePiece-style BPE (byte fallback,
 * or {@code ▁} in the normalizer, or a Metaspace pre-tokenizer: Llama 2, Gemma) → {@link SentencePieceBpe};
 * anything else → the byte-level {@link Tokenizer} (Qwen2/3, Llama 3, DeepSeek-V3, Taoxi's own), which
 * rejects what it cannot read with the JSON path of the field.
 */
public interface AnyTokenizer {
    /** {@code byte_level} or {@code sentencepiece}. */
    String kind();

    /** Ids as HF tokenizers' {@code encode(text, add_special_tokens=false)}. */
    int[] encode(String text);

    /** Text of the ids. */
    String decode(int[] ids);

    /** Largest id + 1. */
    int vocabSize();

    /** The token's string as the file spells it ({@code "ĠThe"}, {@code "▁The"}, {@code "<0xE4>"}), or null. */
    String token(int id);

    /**
     * The bytes a regular token stands for in the decoded text (byte-level alphabet undone, {@code ▁} →
     * space, {@code <0xE4>} → byte E4); null for added/special tokens and unused ids.
     */
    byte[] tokenBytes(int id);

    /**
     * How many tokens one character costs inside running text, with no normalizer or prefix space:
     * 1 if it is a vocabulary entry, else its byte pieces (2–4).
     */
    int tokensForCharacter(int codePoint);

    /** Loads a {@code tokenizer.json} of either kind. */
    static AnyTokenizer load(Path tokenizerJson) {
        try {
            return fromJson(Files.readString(tokenizerJson, StandardCharsets.UTF_8), tokenizerJson.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tokenizerJson, e);
        }
    }

    /** Parses {@code tokenizer.json} content; {@code source} names it in errors. */
    static AnyTokenizer fromJson(String json, String source) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not JSON: " + e.getOriginalMessage(), e);
        }
        if (SentencePieceBpe.isSentencePieceStyle(root)) {
            return of(SentencePieceBpe.fromJson(json, source));
        }
        try {
            return of(Tokenizer.fromJson(json));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replace("<json>", source), e);
        }
    }

    /** Wraps a byte-level tokenizer. */
    static AnyTokenizer of(Tokenizer t) {
        Set<Integer> added = new HashSet<>();
        for (AddedToken a : t.addedTokens()) {
            added.add(a.id());
        }
        return new AnyTokenizer() {
            @Override
            public String kind() {
                return "byte_level";
            }

            @Override
            public int[] encode(String text) {
                return t.encode(text);
            }

            @Override
            public String decode(int[] ids) {
                return t.decode(ids);
            }

            @Override
            public int vocabSize() {
                return t.vocabSize();
            }

            @Override
            public String token(int id) {
                return t.token(id);
            }

            @Override
            public byte[] tokenBytes(int id) {
                if (added.contains(id)) {
                    return null;
                }
                String s = t.model().token(id);
                return s == null ? null : ByteLevel.decode(s);
            }

            @Override
            public int tokensForCharacter(int codePoint) {
                return t.encodeOrdinary(new String(Character.toChars(codePoint))).length;
            }
        };
    }

    /** Wraps a SentencePiece-style tokenizer. */
    static AnyTokenizer of(SentencePieceBpe t) {
        return new AnyTokenizer() {
            @Override
            public String kind() {
                return "sentencepiece";
            }

            @Override
            public int[] encode(String text) {
                return t.encode(text);
            }

            @Override
            public String decode(int[] ids) {
                return t.decode(ids);
            }

            @Override
            public int vocabSize() {
                return t.vocabSize();
            }

            @Override
            public String token(int id) {
                return t.token(id);
            }

            @Override
            public byte[] tokenBytes(int id) {
                return t.tokenBytes(id);
            }

            @Override
            public int tokensForCharacter(int codePoint) {
                return t.encodeWord(new String(Character.toChars(codePoint))).length;
            }
        };
    }
}
