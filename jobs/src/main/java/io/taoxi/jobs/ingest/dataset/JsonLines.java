package io.taoxi.jobs.ingest.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.CharsetDecoder;

/**
 * Infrastructure: one JSON Lines line to a JSON object, or the reason it is not one:
 * {@code undecodable_bytes} (not UTF-8, which RFC 8259 requires), {@code json_malformed_line},
 * {@code json_not_an_object}. Messages carry the line number and byte offset. Not thread-safe (one per reader).
 */
public final class JsonLines {
    /** A parsed line: {@code node} when it is an object, else {@code reason} and {@code message}. */
    public record Parsed(JsonNode node, String reason, String errorClass, String message) {
        public boolean ok() {
            return node != null;
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE)
                    .maxNestingDepth(200).build())
            .build());

    private final CharsetDecoder utf8 = DatasetRows.strictUtf8();

    public Parsed parse(LineInput.Line line, String sourceFile) {
        String where = sourceFile + " line " + line.number() + " (offset " + line.offset() + ")";
        String json = DatasetRows.utf8OrNull(utf8, line.bytes(), line.length());
        if (json == null) {
            int bad = DatasetRows.firstBadUtf8(line.bytes(), line.length());
            return new Parsed(null, "undecodable_bytes", "java.nio.charset.MalformedInputException",
                    where + ": not UTF-8 at byte " + bad + " of the line");
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || !node.isObject()) {
                return new Parsed(null, "json_not_an_object", "com.fasterxml.jackson.databind.JsonNode",
                        where + ": a JSON " + (node == null ? "nothing" : node.getNodeType().name().toLowerCase())
                                + ", not an object");
            }
            return new Parsed(node, null, null, null);
        } catch (JsonProcessingException e) {
            return new Parsed(null, "json_malformed_line", e.getClass().getName(), where + ": "
                    + e.getOriginalMessage());
        }
    }

    /** The value at {@code path}: a field name, or a dotted path into nested objects when no field has that name. */
    public static JsonNode field(JsonNode object, String path) {
        JsonNode direct = object.get(path);
        if (direct != null || path.indexOf('.') < 0) {
            return direct;
        }
        JsonNode node = object;
        for (String part : path.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node;
    }

    /** A scalar as text (numbers and booleans too); null for missing, null, objects and arrays. */
    public static String scalar(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        return node.asText();
    }
}
