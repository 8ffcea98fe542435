package io.taoxi.tokenizer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Hugging Face {@code tokenizer.json} files of byte-level BPE tokenizers (infrastructure).
 *
 * <p>Accepted: {@code model.type = BPE} with {@code merges} as {@code "a b"} strings or {@code ["a","b"]}
 * pairs, {@code ignore_merges}, no dropout, no continuing-subword prefix or end-of-word suffix; a normalizer
 * that is null, NFC, or a Sequence of NFC; a pre-tokenizer that is ByteLevel alone (GPT-2's regex, no
 * prefix space) or a Sequence of one or more Split (Isolated, not inverted, a Regex; several as DeepSeek-V3:
 * {@link SplitSequence}) then ByteLevel without regex.
 * Anything else is rejected with the JSON path of the field.
 */
final class TokenizerJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** The pattern HF's ByteLevel pre-tokenizer uses when {@code use_regex} is true (GPT-2's). */
    static final String GPT2_PATTERN = "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+";

    private TokenizerJson() {}

    static Tokenizer parse(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode model = root.path("model");
        require(model.path("type").asText().equals("BPE"), source, "model.type", model.path("type"), "BPE");
        require(model.path("dropout").isNull() || model.path("dropout").isMissingNode(), source, "model.dropout", model.path("dropout"), "null");
        require(emptyOrNull(model.path("continuing_subword_prefix")), source, "model.continuing_subword_prefix",
                model.path("continuing_subword_prefix"), "null or \"\"");
        require(emptyOrNull(model.path("end_of_word_suffix")), source, "model.end_of_word_suffix",
                model.path("end_of_word_suffix"), "null or \"\"");
        require(!model.path("byte_fallback").asBoolean(false), source, "model.byte_fallback", model.path("byte_fallback"), "false");

        Map<String, Integer> vocab = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = model.path("vocab").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            vocab.put(e.getKey(), e.getValue().asInt());
        }
        List<String[]> merges = new ArrayList<>();
        int i = 0;
        for (JsonNode m : model.path("merges")) {
            if (m.isTextual()) {
                String s = m.asText();
                int sp = s.indexOf(' ');
                if (sp < 0 || s.indexOf(' ', sp + 1) >= 0) {
                    throw new IllegalArgumentException(source + ": model.merges[" + i + "] = \"" + s + "\" is not two tokens separated by one space");
                }
                merges.add(new String[] {s.substring(0, sp), s.substring(sp + 1)});
            } else if (m.isArray() && m.size() == 2) {
                merges.add(new String[] {m.get(0).asText(), m.get(1).asText()});
            } else {
                throw new IllegalArgumentException(source + ": model.merges[" + i + "] is neither \"a b\" nor [\"a\",\"b\"]");
            }
            i++;
        }
        boolean ignoreMerges = model.path("ignore_merges").asBoolean(false);
        BpeModel bpe = new BpeModel(vocab, merges, ignoreMerges);

        boolean nfc = parseNormalizer(root.path("normalizer"), source);
        PreTokenizer pre = parsePreTokenizer(root.path("pre_tokenizer"), source);

        List<AddedToken> added = new ArrayList<>();
        for (JsonNode t : root.path("added_tokens")) {
            added.add(new AddedToken(t.path("id").asInt(), t.path("content").asText(), t.path("special").asBoolean(false),
                    t.path("lstrip").asBoolean(false), t.path("rstrip").asBoolean(false),
                    t.path("normalized").asBoolean(false), t.path("single_word").asBoolean(false)));
        }
        return new Tokenizer(bpe, pre, nfc, added);
    }

    private static boolean emptyOrNull(JsonNode n) {
        return n.isMissingNode() || n.isNull() || n.asText().isEmpty();
    }

    private static void require(boolean ok, String source, String path, JsonNode value, String allowed) {
        if (!ok) {
            throw new IllegalArgumentException(source + ": unsupported " + path + " = " + value + " (supported: " + allowed + ")");
        }
    }

    private static boolean parseNormalizer(JsonNode n, String source) {
        if (n.isMissingNode() || n.isNull()) {
            return false;
        }
        String type = n.path("type").asText();
        if (type.equals("NFC")) {
            return true;
        }
        if (type.equals("Sequence")) {
            JsonNode list = n.path("normalizers");
            if (list.size() == 0) {
                return false;
            }
            if (list.size() == 1 && list.get(0).path("type").asText().equals("NFC")) {
                return true;
            }
        }
        throw new IllegalArgumentException(source + ": unsupported normalizer = " + n + " (supported: null, NFC)");
    }

    private static PreTokenizer parsePreTokenizer(JsonNode n, String source) {
        String type = n.path("type").asText();
        if (type.equals("ByteLevel")) {
            require(!n.path("add_prefix_space").asBoolean(false), source, "pre_tokenizer.add_prefix_space", n.path("add_prefix_space"), "false");
            return n.path("use_regex").asBoolean(true) ? PreTokenizer.forPattern(GPT2_PATTERN) : new RegexPreTokenizer("(?s).+");
        }
        if (type.equals("Sequence")) {
            JsonNode list = n.path("pretokenizers");
            int last = list.size() - 1;
            if (last >= 1 && list.get(last).path("type").asText().equals("ByteLevel")) {
                JsonNode bl = list.get(last);
                List<PreTokenizer> splits = new ArrayList<>();
                for (int k = 0; k < last; k++) {
                    JsonNode split = list.get(k);
                    String at = "pre_tokenizer.pretokenizers[" + k + "]";
                    require(split.path("type").asText().equals("Split"), source, at + ".type", split.path("type"), "Split");
                    require(split.path("behavior").asText().equals("Isolated"), source, at + ".behavior", split.path("behavior"), "Isolated");
                    require(!split.path("invert").asBoolean(false), source, at + ".invert", split.path("invert"), "false");
                    require(split.path("pattern").has("Regex"), source, at + ".pattern", split.path("pattern"), "{\"Regex\": ...}");
                    splits.add(PreTokenizer.forPattern(split.path("pattern").path("Regex").asText()));
                }
                String at = "pre_tokenizer.pretokenizers[" + last + "]";
                require(!bl.path("use_regex").asBoolean(true), source, at + ".use_regex", bl.path("use_regex"), "false");
                require(!bl.path("add_prefix_space").asBoolean(false), source, at + ".add_prefix_space", bl.path("add_prefix_space"), "false");
                return splits.size() == 1 ? splits.get(0) : new SplitSequence(splits);
            }
        }
        throw new IllegalArgumentException(source + ": unsupported pre_tokenizer = " + abbreviate(n.toString())
                + " (supported: ByteLevel, or Sequence[Split(Isolated, Regex)..., ByteLevel(use_regex=false)])");
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
