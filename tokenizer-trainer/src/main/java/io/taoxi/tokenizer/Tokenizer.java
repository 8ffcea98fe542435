package io.taoxi.tokenizer;

import com.ibm.icu.text.FilteredNormalizer2;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A byte-level BPE tokenizer loaded from a Hugging Face {@code tokenizer.json} (an operator: immutable and
 * thread-safe; per-thread scratch space and pre-token cache live in a {@link ThreadLocal}).
 *
 * <p>Pipeline, as in HF tokenizers: (1) unpaired UTF-16 surrogates → U+FFFD; (2) added tokens matched
 * literally, leftmost-longest, in the raw text ({@code normalized=false}) and then in the normalized text;
 * (3) NFC if the file has that normalizer; (4) the Split pre-tokenizer ({@link PreTokenizer}); (5) UTF-8
 * bytes → {@link BpeModel}. No post-processing: nothing like BOS is added (HF's
 * {@code add_special_tokens=false}).
 *
 * <pre>
 * Tokenizer t = Tokenizer.load(Path.of("qwen3/tokenizer.json"));
 * t.encode("你好，世界")           → [108386, 3837, 99489]
 * t.encode("&lt;|im_start|&gt;user")   → [151644, 872]
 * t.encodeOrdinary("&lt;|im_start|&gt;") → the literal text's BPE ids (no added-token matching)
 * t.decode(t.encode(s))         → NFC(s) for every valid string s (s itself without a normalizer)
 * </pre>
 *
 * <p>Known differences from HF: see docs/tokenizer.md (unpaired surrogates, Unicode versions).
 */
public final class Tokenizer {
    /** Pre-tokens cached per thread before the cache is cleared (HF's default is 10,000). */
    static final int CACHE_ENTRIES = 100_000;
    /** Pre-tokens longer than this (chars) are never cached. */
    static final int CACHE_MAX_CHARS = 64;

    /**
     * NFC as HF tokenizers computes it: ICU's NFC restricted to characters assigned by Unicode 9.0. HF's
     * normalizer tables (the unicode-normalization-alignments crate) are Unicode 9: combining marks added
     * later (e.g. U+1AC1, U+10EFD) are not reordered and later compositions (Dives Akuru, the Unicode 16
     * vowel signs) are not made; checked code point by code point in {@code EveryCodePointIT}. Newer
     * characters act as unassigned: left alone (class 0), so they also block reordering around them.
     */
    static final Normalizer2 NFC = new FilteredNormalizer2(Normalizer2.getNFCInstance(),
            new UnicodeSet("[:age=9.0:]").freeze());

    private final BpeModel model;
    private final PreTokenizer preTokenizer;
    private final boolean nfc;
    private final List<AddedToken> addedTokens;
    private final AddedTokenMatcher rawMatcher;
    private final AddedTokenMatcher normalizedMatcher;
    private final Map<Integer, AddedToken> addedById = new HashMap<>();
    private final Map<String, AddedToken> addedByContent = new HashMap<>();
    private final ThreadLocal<State> state = ThreadLocal.withInitial(State::new);

    /**
     * @param model        vocabulary and merges
     * @param preTokenizer the Split pattern's implementation
     * @param nfc          whether the normalizer is NFC (else none)
     * @param addedTokens  added/special tokens
     */
    public Tokenizer(BpeModel model, PreTokenizer preTokenizer, boolean nfc, List<AddedToken> addedTokens) {
        this.model = model;
        this.preTokenizer = preTokenizer;
        this.nfc = nfc;
        this.addedTokens = List.copyOf(addedTokens);
        List<AddedToken> raw = new ArrayList<>();
        List<AddedToken> norm = new ArrayList<>();
        for (AddedToken t : addedTokens) {
            (t.normalized() ? norm : raw).add(t);
            addedById.put(t.id(), t);
            addedByContent.put(t.content(), t);
        }
        this.rawMatcher = new AddedTokenMatcher(raw);
        this.normalizedMatcher = new AddedTokenMatcher(norm);
    }

    /** Loads a {@code tokenizer.json}; fails naming the unsupported field if it is not byte-level BPE. */
    public static Tokenizer load(Path tokenizerJson) {
        try {
            return TokenizerJson.parse(Files.readString(tokenizerJson, StandardCharsets.UTF_8), tokenizerJson.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tokenizerJson, e);
        }
    }

    /** Parses {@code tokenizer.json} content (e.g. a broadcast string on a Spark executor). */
    public static Tokenizer fromJson(String json) {
        return TokenizerJson.parse(json, "<json>");
    }

    public BpeModel model() {
        return model;
    }

    public PreTokenizer preTokenizer() {
        return preTokenizer;
    }

    public boolean nfc() {
        return nfc;
    }

    public List<AddedToken> addedTokens() {
        return addedTokens;
    }

    /** Ids of the vocabulary plus added tokens: largest id + 1. */
    public int vocabSize() {
        int max = model.size() - 1;
        for (AddedToken t : addedTokens) {
            max = Math.max(max, t.id());
        }
        return max + 1;
    }

    /** Id of a token given as its byte-level string or an added token's content, or -1. */
    public int tokenId(String token) {
        AddedToken a = addedByContent.get(token);
        if (a != null) {
            return a.id();
        }
        Integer id = model.id(token);
        return id == null ? -1 : id;
    }

    /** Token string (byte-level form, or an added token's content) of an id, or null. */
    public String token(int id) {
        AddedToken a = addedById.get(id);
        return a != null ? a.content() : model.token(id);
    }

    /** Ids HF tokenizers gives for {@code encode(text, add_special_tokens=false)}. */
    public int[] encode(String text) {
        return encode(text, true);
    }

    /** Ids for the text with no added-token matching: {@code "<|endoftext|>"} is encoded as plain text. */
    public int[] encodeOrdinary(String text) {
        return encode(text, false);
    }

    private int[] encode(String text, boolean matchAdded) {
        State st = state.get();
        st.out.clear();
        String s = replaceUnpairedSurrogates(text);
        if (matchAdded && !rawMatcher.isEmpty()) {
            rawMatcher.split(s, 0, s.length(), new AddedTokenMatcher.Sink() {
                @Override
                public void text(int start, int end) {
                    encodeNormalizing(s.substring(start, end), st, true);
                }

                @Override
                public void token(AddedToken token) {
                    st.out.add(token.id());
                }
            });
        } else {
            encodeNormalizing(s, st, matchAdded);
        }
        return st.out.toArray();
    }

    private void encodeNormalizing(String s, State st, boolean matchAdded) {
        String n = normalize(s);
        if (matchAdded && !normalizedMatcher.isEmpty()) {
            normalizedMatcher.split(n, 0, n.length(), new AddedTokenMatcher.Sink() {
                @Override
                public void text(int start, int end) {
                    encodeNormalized(n, start, end, st);
                }

                @Override
                public void token(AddedToken token) {
                    st.out.add(token.id());
                }
            });
        } else {
            encodeNormalized(n, 0, n.length(), st);
        }
    }

    /** The normalizer alone (NFC or identity). */
    public String normalize(String s) {
        if (!nfc) {
            return s;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x300) { // text below U+0300 is always NFC
                return NFC.normalize(s); // ICU: returns quickly (a span check) when already NFC
            }
        }
        return s;
    }

    private void encodeNormalized(String s, int from, int to, State st) {
        preTokenizer.split(s, from, to, (start, end) -> encodePiece(s, start, end, st));
    }

    private void encodePiece(String s, int start, int end, State st) {
        int len = end - start;
        String key = null;
        if (len <= CACHE_MAX_CHARS) {
            key = s.substring(start, end);
            int[] hit = st.cache.get(key);
            if (hit != null) {
                st.out.addAll(hit);
                return;
            }
        }
        int n = utf8(s, start, end, st);
        int[] ids = model.encodeWord(st.bytes, n, st.scratch);
        st.out.addAll(ids);
        if (key != null) {
            if (st.cache.size() >= CACHE_ENTRIES) {
                st.cache.clear();
            }
            st.cache.put(key, ids);
        }
    }

    /** UTF-8 of {@code s[start, end)} (surrogates already paired) into {@code st.bytes}; returns the length. */
    private static int utf8(String s, int start, int end, State st) {
        int need = (end - start) * 3;
        if (st.bytes.length < need) {
            st.bytes = new byte[Math.max(need, st.bytes.length * 2)];
        }
        byte[] b = st.bytes;
        int k = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[k++] = (byte) c;
            } else if (c < 0x800) {
                b[k++] = (byte) (0xC0 | (c >> 6));
                b[k++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[k++] = (byte) (0xF0 | (cp >> 18));
                b[k++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[k++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[k++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                b[k++] = (byte) (0xE0 | (c >> 12));
                b[k++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[k++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return k;
    }

    /**
     * Unpaired UTF-16 surrogates → U+FFFD (one per surrogate). A Rust string cannot hold them; see
     * docs/tokenizer.md for what DJL's JNI bridge does instead.
     */
    static String replaceUnpairedSurrogates(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return replaceFrom(s, i);
            }
        }
        return s;
    }

    private static String replaceFrom(String s, int from) {
        StringBuilder b = new StringBuilder(s.length());
        b.append(s, 0, from);
        int n = s.length();
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                b.append('\uFFFD');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Text of the ids (special tokens included); invalid UTF-8 becomes U+FFFD. */
    public String decode(int[] ids) {
        return decode(ids, false);
    }

    /** Text of the ids; with {@code skipSpecial} the special added tokens are left out (as HF). */
    public String decode(int[] ids, boolean skipSpecial) {
        return new String(decodeBytes(ids, skipSpecial), StandardCharsets.UTF_8);
    }

    /** The bytes the ids stand for. */
    public byte[] decodeBytes(int[] ids, boolean skipSpecial) {
        ByteBuf out = new ByteBuf(ids.length * 4);
        for (int id : ids) {
            AddedToken a = addedById.get(id);
            if (a != null) {
                if (!(skipSpecial && a.special())) {
                    out.add(a.content().getBytes(StandardCharsets.UTF_8));
                }
                continue;
            }
            String t = model.token(id);
            if (t == null) {
                throw new IllegalArgumentException("unknown token id " + id + " (vocabulary size " + vocabSize() + ")");
            }
            for (int i = 0; i < t.length(); i++) {
                int b = ByteLevel.byteOf(t.charAt(i));
                if (b >= 0) {
                    out.add((byte) b);
                } else {
                    out.add(String.valueOf(t.charAt(i)).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return out.toArray();
    }

    private static final class State {
        final IntList out = new IntList();
        final HashMap<String, int[]> cache = new HashMap<>(1 << 16);
        final BpeModel.Scratch scratch = new BpeModel.Scratch();
        byte[] bytes = new byte[1024];
    }

    static final class IntList {
        int[] a = new int[256];
        int size;

        void clear() {
            size = 0;
        }

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        void addAll(int[] v) {
            if (size + v.length > a.length) {
                a = Arrays.copyOf(a, Math.max(a.length * 2, size + v.length));
            }
            System.arraycopy(v, 0, a, size, v.length);
            size += v.length;
        }

        int[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }

    private static final class ByteBuf {
        byte[] a;
        int size;

        ByteBuf(int cap) {
            a = new byte[Math.max(16, cap)];
        }

        void add(byte b) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = b;
        }

        void add(byte[] b) {
            if (size + b.length > a.length) {
                a = Arrays.copyOf(a, Math.max(a.length * 2, size + b.length));
            }
            System.arraycopy(b, 0, a, size, b.length);
            size += b.length;
        }

        byte[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }
}
