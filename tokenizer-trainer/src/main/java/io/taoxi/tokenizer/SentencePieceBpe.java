package io.taoxi.tokenizer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A SentencePiece-style BPE tokenizer loaded from a Hugging Face {@code tokenizer.json}: BPE over
 * characters (not bytes), {@code ▁} (U+2581) for spaces, and byte fallback ({@code <0xE4>}) for characters
 * outside the vocabulary, as in Llama 2, Mistral 7B v0.1 and Gemma (an operator: immutable, thread-safe).
 *
 * <p>Pipeline, as HF tokenizers runs it with {@code add_special_tokens=false}:
 * <ol>
 *   <li>unpaired UTF-16 surrogates → U+FFFD;</li>
 *   <li>added tokens with {@code normalized=false} found in the raw text, leftmost-longest; each text run
 *       between them is normalized and encoded on its own;</li>
 *   <li>normalizer: a Sequence of {@code Prepend("▁")} (only on a non-empty run) and
 *       {@code Replace(" ", "▁")}, applied in file order (Llama 2's "legacy" files), or {@code Replace}
 *       alone (Gemma), or none;</li>
 *   <li>pre-tokenizer: none (the whole run is one BPE word) or {@code Metaspace} (spaces → the
 *       replacement; prepend scheme {@code always}, {@code first} = only on the run at offset 0 of the
 *       input, {@code never}; with {@code split=true} the run is cut before every {@code ▁}, as HF's
 *       {@code MergedWithNext} does: {@code "a▁▁b"} → {@code a}, {@code ▁}, {@code ▁b});</li>
 *   <li>BPE: each character that is a vocabulary entry is one symbol; any other character becomes its
 *       UTF-8 byte tokens {@code <0xNN>} (or {@code unk}, consecutive unknowns fused, when a byte token is
 *       missing); then the adjacent pair of lowest merge rank is merged, leftmost on ties, until none
 *       is left (HF's {@code Word::merge_all}).</li>
 * </ol>
 *
 * <pre>
 * SentencePieceBpe t = SentencePieceBpe.load(Path.of("llama2/tokenizer.json"));
 * t.encode("Hello world")  → [15043, 3186]           ("▁Hello", "▁world")
 * t.encode("𠀀")           → [29871, 243, 163, 131, 131]  ("▁" then four byte-fallback tokens)
 * t.decode(t.encode(s))    → s for Llama 2 (its decoder strips the prepended space), " " + s… never:
 *                            the decoder chain in the file is followed
 * </pre>
 *
 * <p>Not supported (fail at load with the JSON path): BPE dropout, continuing-subword prefix, end-of-word
 * suffix, other normalizers (NFKC, Lowercase…), other pre-tokenizers, post-processors are ignored (no BOS).
 */
public final class SentencePieceBpe {
    private static final long NONE = -1L;

    private final Map<String, Integer> vocab;
    private final String[] idToToken;
    /** {@code <0xNN>} ids by byte value, -1 where missing. */
    private final int[] byteIds = new int[256];
    /** Token id → the byte it stands for if it is a byte-fallback token, else -1. */
    private final short[] byteOfId;
    private final LongLongMap merges;
    private final boolean byteFallback;
    private final int unkId;
    private final boolean fuseUnk;
    private final List<Normalize> normalizers;
    private final Metaspace metaspace;
    private final boolean stripLeadingSpace;
    private final List<AddedToken> addedTokens;
    private final AddedTokenMatcher rawMatcher;
    private final Map<Integer, AddedToken> addedById = new HashMap<>();

    /** One normalizer step: {@code Prepend} or {@code Replace} (String pattern). */
    record Normalize(boolean prepend, String pattern, String content) {}

    /** HF's Metaspace pre-tokenizer; {@code scheme} is always, first or never. */
    record Metaspace(String replacement, String scheme, boolean split) {}

    private SentencePieceBpe(Map<String, Integer> vocab, List<String[]> mergeList, boolean byteFallback, String unk,
            boolean fuseUnk, List<Normalize> normalizers, Metaspace metaspace, boolean stripLeadingSpace,
            List<AddedToken> addedTokens, String source) {
        this.vocab = new HashMap<>(vocab);
        int max = vocab.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
        for (AddedToken t : addedTokens) {
            max = Math.max(max, t.id());
        }
        this.idToToken = new String[max + 1];
        vocab.forEach((t, id) -> idToToken[id] = t);
        this.byteOfId = new short[max + 1];
        Arrays.fill(byteOfId, (short) -1);
        for (int b = 0; b < 256; b++) {
            Integer id = vocab.get(byteToken(b));
            byteIds[b] = id == null ? -1 : id;
            if (id != null) {
                byteOfId[id] = (short) b;
            }
        }
        this.merges = new LongLongMap(mergeList.size());
        for (int rank = 0; rank < mergeList.size(); rank++) {
            String[] m = mergeList.get(rank);
            Integer a = vocab.get(m[0]);
            Integer b = vocab.get(m[1]);
            Integer ab = vocab.get(m[0] + m[1]);
            if (a == null || b == null || ab == null) {
                throw new IllegalArgumentException(source + ": model.merges[" + rank + "] (" + m[0] + " " + m[1]
                        + ") uses a token not in the vocabulary");
            }
            merges.put(BpeModel.pair(a, b), ((long) rank << 32) | ab); // a repeated merge keeps its last rank (HF)
        }
        this.byteFallback = byteFallback;
        Integer u = unk == null ? null : vocab.get(unk);
        this.unkId = u == null ? -1 : u;
        this.fuseUnk = fuseUnk;
        this.normalizers = List.copyOf(normalizers);
        this.metaspace = metaspace;
        this.stripLeadingSpace = stripLeadingSpace;
        this.addedTokens = List.copyOf(addedTokens);
        List<AddedToken> raw = new ArrayList<>();
        for (AddedToken t : addedTokens) {
            addedById.put(t.id(), t);
            if (!t.normalized()) {
                raw.add(t);
            }
        }
        this.rawMatcher = new AddedTokenMatcher(raw);
    }

    /** {@code <0xNN>}: the byte-fallback token of a byte, as HF formats it ({@code format!("<{b:#04X}>")}). */
    public static String byteToken(int b) {
        return String.format("<0x%02X>", b & 0xFF);
    }

    /** Loads a SentencePiece-style {@code tokenizer.json}; fails naming the unsupported field. */
    public static SentencePieceBpe load(Path tokenizerJson) {
        try {
            return fromJson(Files.readString(tokenizerJson, StandardCharsets.UTF_8), tokenizerJson.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tokenizerJson, e);
        }
    }

    /** Parses {@code tokenizer.json} content; {@code source} names it in errors. */
    public static SentencePieceBpe fromJson(String json, String source) {
        JsonNode root;
        try {
            root = TokenizerJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not JSON: " + e.getOriginalMessage(), e);
        }
        return fromTree(root, source);
    }

    /** True if the file looks SentencePiece-style: byte fallback, or ▁ in the normalizer or pre-tokenizer. */
    public static boolean isSentencePieceStyle(JsonNode root) {
        return root.path("model").path("byte_fallback").asBoolean(false)
                || root.path("normalizer").toString().contains("\u2581")
                || root.path("pre_tokenizer").path("type").asText().equals("Metaspace");
    }

    static SentencePieceBpe fromTree(JsonNode root, String source) {
        JsonNode model = root.path("model");
        require(model.path("type").asText().equals("BPE"), source, "model.type", model.path("type"), "BPE");
        require(model.path("dropout").isNull() || model.path("dropout").isMissingNode(), source, "model.dropout",
                model.path("dropout"), "null");
        require(emptyOrNull(model.path("continuing_subword_prefix")), source, "model.continuing_subword_prefix",
                model.path("continuing_subword_prefix"), "null or \"\"");
        require(emptyOrNull(model.path("end_of_word_suffix")), source, "model.end_of_word_suffix",
                model.path("end_of_word_suffix"), "null or \"\"");
        require(!model.path("ignore_merges").asBoolean(false), source, "model.ignore_merges", model.path("ignore_merges"), "false");
        Map<String, Integer> vocab = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = model.path("vocab").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            vocab.put(e.getKey(), e.getValue().asInt());
        }
        List<String[]> merges = new ArrayList<>();
        int i = 0;
        for (JsonNode m : model.path("merges")) {
            if (m.isArray() && m.size() == 2) {
                merges.add(new String[] {m.get(0).asText(), m.get(1).asText()});
            } else if (m.isTextual()) {
                merges.add(splitMerge(m.asText(), vocab, source, i));
            } else {
                throw new IllegalArgumentException(source + ": model.merges[" + i + "] is neither \"a b\" nor [\"a\",\"b\"]");
            }
            i++;
        }
        List<Normalize> normalizers = parseNormalizer(root.path("normalizer"), source);
        Metaspace metaspace = parsePreTokenizer(root.path("pre_tokenizer"), source);
        List<AddedToken> added = new ArrayList<>();
        for (JsonNode t : root.path("added_tokens")) {
            added.add(new AddedToken(t.path("id").asInt(), t.path("content").asText(), t.path("special").asBoolean(false),
                    t.path("lstrip").asBoolean(false), t.path("rstrip").asBoolean(false),
                    t.path("normalized").asBoolean(false), t.path("single_word").asBoolean(false)));
        }
        for (AddedToken t : added) {
            require(!t.normalized(), source, "added_tokens[" + t.content() + "].normalized", root.path("added_tokens"), "false");
        }
        String unk = model.path("unk_token").isTextual() ? model.path("unk_token").asText() : null;
        return new SentencePieceBpe(vocab, merges, model.path("byte_fallback").asBoolean(false), unk,
                model.path("fuse_unk").asBoolean(false), normalizers, metaspace, decoderStrips(root.path("decoder"), metaspace),
                added, source);
    }

    /** A merge line "a b"; if a token itself holds a space, the split whose parts are in the vocabulary. */
    private static String[] splitMerge(String s, Map<String, Integer> vocab, String source, int index) {
        for (int sp = s.indexOf(' '); sp >= 0; sp = s.indexOf(' ', sp + 1)) {
            String a = s.substring(0, sp);
            String b = s.substring(sp + 1);
            if (vocab.containsKey(a) && vocab.containsKey(b) && vocab.containsKey(a + b)) {
                return new String[] {a, b};
            }
        }
        throw new IllegalArgumentException(source + ": model.merges[" + index + "] = \"" + s
                + "\" is not two vocabulary tokens separated by a space");
    }

    private static List<Normalize> parseNormalizer(JsonNode n, String source) {
        List<Normalize> out = new ArrayList<>();
        if (n.isMissingNode() || n.isNull()) {
            return out;
        }
        List<JsonNode> steps = new ArrayList<>();
        if (n.path("type").asText().equals("Sequence")) {
            n.path("normalizers").forEach(steps::add);
        } else {
            steps.add(n);
        }
        for (JsonNode s : steps) {
            String type = s.path("type").asText();
            if (type.equals("Prepend")) {
                out.add(new Normalize(true, null, s.path("prepend").asText()));
            } else if (type.equals("Replace") && s.path("pattern").has("String")) {
                out.add(new Normalize(false, s.path("pattern").path("String").asText(), s.path("content").asText()));
            } else {
                throw new IllegalArgumentException(source + ": unsupported normalizer step = " + abbreviate(s.toString())
                        + " (supported: Prepend, Replace with a String pattern, a Sequence of these, or null)");
            }
        }
        return out;
    }

    private static Metaspace parsePreTokenizer(JsonNode n, String source) {
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        if (n.path("type").asText().equals("Metaspace")) {
            String scheme;
            if (n.has("prepend_scheme")) {
                scheme = n.path("prepend_scheme").asText();
            } else {
                scheme = n.path("add_prefix_space").asBoolean(true) ? "always" : "never";
            }
            require(scheme.equals("always") || scheme.equals("first") || scheme.equals("never"), source,
                    "pre_tokenizer.prepend_scheme", n.path("prepend_scheme"), "always, first, never");
            String replacement = n.path("replacement").asText("\u2581");
            require(replacement.codePointCount(0, replacement.length()) == 1, source, "pre_tokenizer.replacement",
                    n.path("replacement"), "one character");
            return new Metaspace(replacement, scheme, n.path("split").asBoolean(true));
        }
        throw new IllegalArgumentException(source + ": unsupported pre_tokenizer = " + abbreviate(n.toString())
                + " (supported: null or Metaspace)");
    }

    /** Whether decoding strips one leading space: a {@code Strip(start=1)} step or Metaspace's prepend. */
    private static boolean decoderStrips(JsonNode n, Metaspace metaspace) {
        List<JsonNode> steps = new ArrayList<>();
        if (n.path("type").asText().equals("Sequence")) {
            n.path("decoders").forEach(steps::add);
        } else if (!n.isMissingNode() && !n.isNull()) {
            steps.add(n);
        }
        for (JsonNode s : steps) {
            String type = s.path("type").asText();
            if (type.equals("Strip") && s.path("content").asText().equals(" ") && s.path("start").asInt() >= 1) {
                return true;
            }
            if (type.equals("Metaspace")) {
                String scheme = s.has("prepend_scheme") ? s.path("prepend_scheme").asText()
                        : s.path("add_prefix_space").asBoolean(true) ? "always" : "never";
                return !scheme.equals("never");
            }
        }
        return false;
    }

    private static boolean emptyOrNull(JsonNode n) {
        return n.isMissingNode() || n.isNull() || n.asText().isEmpty();
    }

    private static void require(boolean ok, String source, String path, JsonNode value, String allowed) {
        if (!ok) {
            throw new IllegalArgumentException(source + ": unsupported " + path + " = " + abbreviate(String.valueOf(value))
                    + " (supported: " + allowed + ")");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** Ids of the vocabulary plus added tokens: largest id + 1. */
    public int vocabSize() {
        return idToToken.length;
    }

    /** Token string (with {@code ▁}, {@code <0xNN>}, or an added token's content) of an id, or null. */
    public String token(int id) {
        AddedToken a = addedById.get(id);
        if (a != null) {
            return a.content();
        }
        return id >= 0 && id < idToToken.length ? idToToken[id] : null;
    }

    /** Id of a token string, or -1. */
    public int tokenId(String token) {
        for (AddedToken a : addedTokens) {
            if (a.content().equals(token)) {
                return a.id();
            }
        }
        Integer id = vocab.get(token);
        return id == null ? -1 : id;
    }

    public List<AddedToken> addedTokens() {
        return addedTokens;
    }

    /** The byte a byte-fallback id stands for ({@code <0xE4>} → 0xE4), or -1. */
    public int fallbackByte(int id) {
        return id >= 0 && id < byteOfId.length ? byteOfId[id] : -1;
    }

    /**
     * The bytes a regular (non-added) token stands for, as the decoder produces them: {@code ▁} → space,
     * a byte-fallback token → its byte; null for added tokens and unknown ids.
     */
    public byte[] tokenBytes(int id) {
        if (addedById.containsKey(id) || id < 0 || id >= idToToken.length || idToToken[id] == null) {
            return null;
        }
        int b = byteOfId[id];
        if (b >= 0) {
            return new byte[] {(byte) b};
        }
        String replacement = metaspace != null ? metaspace.replacement() : "\u2581";
        return idToToken[id].replace(replacement, " ").getBytes(StandardCharsets.UTF_8);
    }

    /** Ids HF tokenizers gives for {@code encode(text, add_special_tokens=false)}. */
    public int[] encode(String text) {
        String s = Tokenizer.replaceUnpairedSurrogates(text);
        Tokenizer.IntList out = new Tokenizer.IntList();
        if (rawMatcher.isEmpty()) {
            encodeRun(s, 0, out);
        } else {
            rawMatcher.split(s, 0, s.length(), new AddedTokenMatcher.Sink() {
                @Override
                public void text(int start, int end) {
                    encodeRun(s.substring(start, end), start, out);
                }

                @Override
                public void token(AddedToken token) {
                    out.add(token.id());
                }
            });
        }
        return out.toArray();
    }

    /**
     * The model alone on one word, no normalizer or pre-tokenizer: {@code encodeWord("中")} is the one id of
     * 中 if the vocabulary holds it, else its byte-fallback ids (what a character costs inside a word).
     */
    public int[] encodeWord(String word) {
        Tokenizer.IntList out = new Tokenizer.IntList();
        bpe(word, out);
        return out.toArray();
    }

    private void encodeRun(String run, int offset, Tokenizer.IntList out) {
        String n = run;
        for (Normalize step : normalizers) {
            if (step.prepend()) {
                if (!n.isEmpty()) {
                    n = step.content() + n;
                }
            } else if (!step.pattern().isEmpty()) {
                n = n.replace(step.pattern(), step.content());
            }
        }
        if (metaspace == null) {
            if (!n.isEmpty()) {
                bpe(n, out);
            }
            return;
        }
        String r = metaspace.replacement();
        n = n.replace(" ", r);
        boolean prepend = switch (metaspace.scheme()) {
            case "always" -> true;
            case "first" -> offset == 0;
            default -> false;
        };
        if (prepend && !n.startsWith(r) && !n.isEmpty()) { // HF prepends only to a non-empty string
            n = r + n;
        }
        if (!metaspace.split()) {
            if (!n.isEmpty()) {
                bpe(n, out);
            }
            return;
        }
        // MergedWithNext: every replacement char starts a piece ("a▁▁b" → "a", "▁", "▁b"; measured against HF).
        int start = 0;
        for (int i = 1; i < n.length(); i++) {
            if (n.startsWith(r, i)) {
                bpe(n.substring(start, i), out);
                start = i;
            }
        }
        if (start < n.length()) {
            bpe(n.substring(start), out);
        }
    }

    /** BPE on one word: characters (or byte fallback) → merges by rank, leftmost on ties. */
    private void bpe(String w, Tokenizer.IntList out) {
        int cps = w.codePointCount(0, w.length());
        int[] sym = new int[cps * 4 + 1];
        int n = 0;
        int pendingUnk = -1; // HF keeps one pending unk and flushes it before the next known character
        for (int i = 0; i < w.length(); ) {
            int cp = w.codePointAt(i);
            int next = i + Character.charCount(cp);
            Integer id = vocab.get(w.substring(i, next));
            if (id != null) {
                if (pendingUnk >= 0) {
                    sym[n++] = unkId;
                    pendingUnk = -1;
                }
                sym[n++] = id;
            } else {
                boolean done = false;
                if (byteFallback) {
                    byte[] bytes = w.substring(i, next).getBytes(StandardCharsets.UTF_8);
                    boolean all = true;
                    for (byte b : bytes) {
                        all &= byteIds[b & 0xFF] >= 0;
                    }
                    if (all) {
                        for (byte b : bytes) { // as HF: a pending unk is not flushed before byte tokens
                            sym[n++] = byteIds[b & 0xFF];
                        }
                        done = true;
                    }
                }
                if (!done && unkId >= 0) {
                    if (pendingUnk >= 0 && !fuseUnk) {
                        sym[n++] = unkId;
                    }
                    pendingUnk = unkId;
                }
            }
            i = next;
        }
        if (pendingUnk >= 0) {
            sym[n++] = unkId;
        }
        mergeAll(sym, n, out);
    }

    private void mergeAll(int[] sym, int n, Tokenizer.IntList out) {
        if (n == 1) {
            out.add(sym[0]);
            return;
        }
        int[] prev = new int[n];
        int[] next = new int[n];
        boolean[] gone = new boolean[n];
        PriorityQueue<long[]> heap = new PriorityQueue<>(Math.max(1, n),
                (x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        for (int i = 0; i < n; i++) {
            prev[i] = i - 1;
            next[i] = i + 1 < n ? i + 1 : -1;
            if (i + 1 < n) {
                long m = merges.get(BpeModel.pair(sym[i], sym[i + 1]), NONE);
                if (m != NONE) {
                    heap.add(new long[] {m >>> 32, i});
                }
            }
        }
        while (!heap.isEmpty()) {
            long[] top = heap.poll();
            int pos = (int) top[1];
            if (gone[pos] || next[pos] < 0) {
                continue;
            }
            int right = next[pos];
            long m = merges.get(BpeModel.pair(sym[pos], sym[right]), NONE);
            if (m == NONE || (m >>> 32) != top[0]) {
                continue; // stale: the pair at pos changed since it was queued
            }
            sym[pos] = (int) m;
            gone[right] = true;
            next[pos] = next[right];
            if (next[right] >= 0) {
                prev[next[right]] = pos;
            }
            if (prev[pos] >= 0) {
                long pm = merges.get(BpeModel.pair(sym[prev[pos]], sym[pos]), NONE);
                if (pm != NONE) {
                    heap.add(new long[] {pm >>> 32, prev[pos]});
                }
            }
            if (next[pos] >= 0) {
                long nm = merges.get(BpeModel.pair(sym[pos], sym[next[pos]]), NONE);
                if (nm != NONE) {
                    heap.add(new long[] {nm >>> 32, pos});
                }
            }
        }
        for (int i = 0; i >= 0; i = next[i]) {
            out.add(sym[i]);
        }
    }

    /** Text of the ids (added tokens included) through the file's decoder chain. */
    public String decode(int[] ids) {
        return decode(ids, false);
    }

    /**
     * Text of the ids as HF's decoders Replace(▁→space), ByteFallback, Fuse and Strip/Metaspace produce it:
     * runs of byte tokens that are not valid UTF-8 become one U+FFFD per byte; with {@code skipSpecial}
     * special added tokens are left out.
     */
    public String decode(int[] ids, boolean skipSpecial) {
        StringBuilder b = new StringBuilder();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        String replacement = metaspace != null ? metaspace.replacement() : "\u2581";
        for (int id : ids) {
            int fb = fallbackByte(id);
            if (fb >= 0 && !addedById.containsKey(id)) {
                bytes.write(fb);
                continue;
            }
            flushBytes(bytes, b);
            AddedToken a = addedById.get(id);
            if (a != null) {
                if (!(skipSpecial && a.special())) {
                    b.append(a.content());
                }
                continue;
            }
            String t = token(id);
            if (t == null) {
                throw new IllegalArgumentException("unknown token id " + id + " (vocabulary size " + vocabSize() + ")");
            }
            b.append(t.replace(replacement, " "));
        }
        flushBytes(bytes, b);
        if (stripLeadingSpace && b.length() > 0 && b.charAt(0) == ' ') {
            b.deleteCharAt(0);
        }
        return b.toString();
    }

    private static void flushBytes(java.io.ByteArrayOutputStream bytes, StringBuilder b) {
        if (bytes.size() == 0) {
            return;
        }
        byte[] run = bytes.toByteArray();
        bytes.reset();
        java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder();
        try {
            b.append(d.decode(java.nio.ByteBuffer.wrap(run)));
        } catch (java.nio.charset.CharacterCodingException e) {
            b.append("\uFFFD".repeat(run.length)); // HF's ByteFallback: one U+FFFD per byte of an invalid run
        }
    }
}
