package io.taoxi.tokenizer;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained byte-level BPE (a record-like result): the regular vocabulary (byte-level token strings by id:
 * the 256 byte tokens first, in byte-to-unicode order, then merged tokens by creation), the merges by rank
 * and the special tokens, which get ids right after the regular vocabulary.
 *
 * <p>Writes Qwen2's file layout: {@code tokenizer.json} (NFC normalizer, Sequence[Split(pattern, Isolated),
 * ByteLevel(use_regex=false)] pre-tokenizer, ByteLevel post-processor and decoder, BPE model with
 * {@code "a b"} merges), {@code vocab.json} and {@code merges.txt} ({@code #version: 0.2} header).
 */
public final class TrainedBpe {
    private final List<String> tokens;
    private final List<int[]> merges;
    private final BpeTrainer.Spec spec;

    TrainedBpe(List<String> tokens, List<int[]> merges, BpeTrainer.Spec spec) {
        this.tokens = List.copyOf(tokens);
        this.merges = List.copyOf(merges);
        this.spec = spec;
    }

    /** Regular vocabulary size (byte tokens included, special tokens excluded). */
    public int regularVocabSize() {
        return tokens.size();
    }

    public int mergeCount() {
        return merges.size();
    }

    /** Byte-level string of regular token {@code id}. */
    public String token(int id) {
        return tokens.get(id);
    }

    /** Merge {@code rank} as (left, right) byte-level strings. */
    public String[] merge(int rank) {
        int[] m = merges.get(rank);
        return new String[] {tokens.get(m[0]), tokens.get(m[1])};
    }

    /** Special tokens with their ids (after the regular vocabulary). */
    public List<AddedToken> specialTokens() {
        List<AddedToken> out = new ArrayList<>();
        for (int i = 0; i < spec.specialTokens().size(); i++) {
            out.add(AddedToken.special(tokens.size() + i, spec.specialTokens().get(i)));
        }
        return out;
    }

    /** The trained tokenizer, ready to encode (same as loading the written tokenizer.json). */
    public Tokenizer toTokenizer() {
        Map<String, Integer> vocab = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            vocab.putIfAbsent(tokens.get(i), i);
        }
        List<String[]> m = new ArrayList<>();
        for (int r = 0; r < merges.size(); r++) {
            m.add(merge(r));
        }
        return new Tokenizer(new BpeModel(vocab, m, false), spec.preTokenization().preTokenizer(),
                spec.preTokenization().nfc(), specialTokens());
    }

    /** Writes tokenizer.json, vocab.json and merges.txt into {@code dir}. */
    public void writeAll(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        writeTokenizerJson(dir.resolve("tokenizer.json"));
        writeVocabJson(dir.resolve("vocab.json"));
        writeMergesTxt(dir.resolve("merges.txt"));
    }

    public void writeTokenizerJson(Path file) {
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator g = TokenizerJson.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("version", "1.0");
            g.writeNullField("truncation");
            g.writeNullField("padding");
            g.writeArrayFieldStart("added_tokens");
            for (AddedToken t : specialTokens()) {
                g.writeStartObject();
                g.writeNumberField("id", t.id());
                g.writeStringField("content", t.content());
                g.writeBooleanField("single_word", false);
                g.writeBooleanField("lstrip", false);
                g.writeBooleanField("rstrip", false);
                g.writeBooleanField("normalized", false);
                g.writeBooleanField("special", true);
                g.writeEndObject();
            }
            g.writeEndArray();
            if (spec.preTokenization().nfc()) {
                g.writeObjectFieldStart("normalizer");
                g.writeStringField("type", "NFC");
                g.writeEndObject();
            } else {
                g.writeNullField("normalizer");
            }
            g.writeObjectFieldStart("pre_tokenizer");
            g.writeStringField("type", "Sequence");
            g.writeArrayFieldStart("pretokenizers");
            g.writeStartObject();
            g.writeStringField("type", "Split");
            g.writeObjectFieldStart("pattern");
            g.writeStringField("Regex", spec.preTokenization().pattern());
            g.writeEndObject();
            g.writeStringField("behavior", "Isolated");
            g.writeBooleanField("invert", false);
            g.writeEndObject();
            writeByteLevel(g, null);
            g.writeEndArray();
            g.writeEndObject();
            writeByteLevel(g, "post_processor");
            writeByteLevel(g, "decoder");
            g.writeObjectFieldStart("model");
            g.writeStringField("type", "BPE");
            g.writeNullField("dropout");
            g.writeNullField("unk_token");
            g.writeStringField("continuing_subword_prefix", "");
            g.writeStringField("end_of_word_suffix", "");
            g.writeBooleanField("fuse_unk", false);
            g.writeBooleanField("byte_fallback", false);
            g.writeBooleanField("ignore_merges", false);
            writeVocab(g, "vocab");
            g.writeArrayFieldStart("merges");
            for (int r = 0; r < merges.size(); r++) {
                String[] m = merge(r);
                g.writeString(m[0] + " " + m[1]);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void writeByteLevel(JsonGenerator g, String field) throws IOException {
        if (field == null) {
            g.writeStartObject();
        } else {
            g.writeObjectFieldStart(field);
        }
        g.writeStringField("type", "ByteLevel");
        g.writeBooleanField("add_prefix_space", false);
        g.writeBooleanField("trim_offsets", false);
        g.writeBooleanField("use_regex", false);
        g.writeEndObject();
    }

    private void writeVocab(JsonGenerator g, String field) throws IOException {
        if (field == null) {
            g.writeStartObject();
        } else {
            g.writeObjectFieldStart(field);
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (seen.add(tokens.get(i))) {
                g.writeNumberField(tokens.get(i), i);
            }
        }
        g.writeEndObject();
    }

    /** {@code {"token": id, ...}} in id order (regular vocabulary only, as Qwen2's vocab.json). */
    public void writeVocabJson(Path file) {
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator g = TokenizerJson.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            writeVocab(g, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** {@code #version: 0.2} then one {@code "left right"} line per merge, by rank. */
    public void writeMergesTxt(Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("#version: 0.2\n");
            for (int r = 0; r < merges.size(); r++) {
                String[] m = merge(r);
                w.write(m[0]);
                w.write(' ');
                w.write(m[1]);
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
