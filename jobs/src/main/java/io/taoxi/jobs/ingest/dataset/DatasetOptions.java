package io.taoxi.jobs.ingest.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taoxi.jobs.config.ConfigException;
import io.taoxi.jobs.ingest.ReadTask;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Record: per-input options of the dataset and forum readers, from a {@code Map<String, String>} (keys
 * {@code snake_case}; unknown keys fail with the key's name).
 *
 * <table>
 *   <caption>keys</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code text_column}</td><td>{@code text}</td><td>column (JSON: field, dotted path for nested
 *       objects; CSV without header: 0-based index) holding the document text</td></tr>
 *   <tr><td>{@code id_column}, {@code url_column}, {@code lang_column}, {@code source_column},
 *       {@code title_column}</td><td>none</td><td>optional columns; url → {@code url}, lang →
 *       {@code lang_hint}, title → {@code title}; id and source are read and validated but have no column yet
 *       (docs/ingest-forums.md)</td></tr>
 *   <tr><td>{@code delimiter}</td><td>{@code ,} ({@code \t} for {@code .tsv})</td><td>CSV field separator:
 *       one character, or {@code tab}</td></tr>
 *   <tr><td>{@code quote}</td><td>{@code "}</td><td>CSV quote character, or {@code none}</td></tr>
 *   <tr><td>{@code header}</td><td>{@code true}</td><td>whether the first CSV row names the columns</td></tr>
 *   <tr><td>{@code encoding}</td><td>{@code auto}</td><td>CSV bytes: {@code auto} (UTF-8 when the first
 *       MiB is valid UTF-8, else the charset detector) or a charset name</td></tr>
 *   <tr><td>{@code thread_buffer_mb}</td><td>{@code 256}</td><td>Reddit: text of open threads held in memory
 *       before the oldest are written out</td></tr>
 * </table>
 *
 * <p>Where options come from: {@link #forTask} reads a sidecar {@code _options.json} (a flat JSON object of
 * strings) from the file's folder or the nearest folder above it (hidden from the file listing by its
 * {@code _}). Once {@code ingest.inputs[].options} exists in the pipeline config, those win over the sidecar.
 */
public record DatasetOptions(String textColumn, String idColumn, String urlColumn, String langColumn,
        String sourceColumn, String titleColumn, Character delimiter, Character quote, boolean header,
        String encoding, int threadBufferMb) implements Serializable {

    public static final String SIDECAR = "_options.json";
    private static final Set<String> KEYS = Set.of("text_column", "id_column", "url_column", "lang_column",
            "source_column", "title_column", "delimiter", "quote", "header", "encoding", "thread_buffer_mb");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_SIDECAR_DEPTH = 8;

    public DatasetOptions {
        if (textColumn == null || textColumn.isBlank()) {
            throw new ConfigException("options.text_column: must name a column");
        }
        if (threadBufferMb < 1 || threadBufferMb > 65_536) {
            throw ConfigException.outOfRange("options.thread_buffer_mb", threadBufferMb, "must be in [1, 65536]");
        }
    }

    public static DatasetOptions defaults() {
        return of(Map.of());
    }

    /** Parses and validates {@code options}; null means none. */
    public static DatasetOptions of(Map<String, String> options) {
        Map<String, String> o = options == null ? Map.of() : options;
        for (String key : o.keySet()) {
            if (!KEYS.contains(key)) {
                throw ConfigException.outOfRange("options." + key, o.get(key), "unknown key; known: "
                        + new java.util.TreeSet<>(KEYS));
            }
        }
        String delimiter = blankToNull(o.get("delimiter"));
        Character delimiterChar = null;
        if (delimiter != null) {
            delimiterChar = delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t") ? '\t' : single(
                    "options.delimiter", delimiter);
        }
        String quote = o.getOrDefault("quote", "\"");
        Character quoteChar = quote.equalsIgnoreCase("none") || quote.isEmpty() ? null : single("options.quote", quote);
        String header = o.getOrDefault("header", "true").toLowerCase(Locale.ROOT);
        if (!header.equals("true") && !header.equals("false")) {
            throw ConfigException.outOfRange("options.header", header, "must be true or false");
        }
        String encoding = o.getOrDefault("encoding", "auto");
        if (!encoding.equalsIgnoreCase("auto")) {
            try {
                java.nio.charset.Charset.forName(encoding);
            } catch (RuntimeException e) {
                throw ConfigException.outOfRange("options.encoding", encoding, "must be auto or a charset Java knows");
            }
        }
        int buffer;
        try {
            buffer = Integer.parseInt(o.getOrDefault("thread_buffer_mb", "256").trim());
        } catch (NumberFormatException e) {
            throw ConfigException.outOfRange("options.thread_buffer_mb", o.get("thread_buffer_mb"), "must be an integer");
        }
        return new DatasetOptions(o.getOrDefault("text_column", "text"), blankToNull(o.get("id_column")),
                blankToNull(o.get("url_column")), blankToNull(o.get("lang_column")),
                blankToNull(o.get("source_column")), blankToNull(o.get("title_column")), delimiterChar, quoteChar,
                header.equals("true"), encoding, buffer);
    }

    /**
     * The options of one task: the sidecar {@value #SIDECAR} nearest to the file (its folder, then up to
     * {@value #MAX_SIDECAR_DEPTH} folders above), else the defaults. A sidecar that cannot be parsed fails
     * with its path (a configuration error, not a data outcome).
     */
    /**
     * The files of an input whose names {@code accept} takes, one task each, with their reader options
     * read here so a bad sidecar fails on the driver (the planning of every dataset reader).
     */
    public static java.util.List<ReadTask> planFiles(String reader,
            io.taoxi.jobs.config.PipelineConfig.InputSpec input, int inputIndex, Configuration hadoop,
            java.util.function.Predicate<String> accept) throws IOException {
        java.util.List<ReadTask> tasks = io.taoxi.jobs.ingest.FileListing.files(reader, input, inputIndex, hadoop, accept);
        for (ReadTask t : tasks) {
            forTask(t, hadoop);
        }
        return tasks;
    }

    public static DatasetOptions forTask(ReadTask task, Configuration hadoop) throws IOException {
        if (!task.options().isEmpty()) {
            // ingest.inputs[].options from the pipeline configuration win over any sidecar.
            return of(task.options());
        }
        Path file = new Path(task.uri());
        FileSystem fs = file.getFileSystem(hadoop);
        Path dir = file.getParent();
        for (int depth = 0; dir != null && depth < MAX_SIDECAR_DEPTH; depth++, dir = dir.getParent()) {
            Path sidecar = new Path(dir, SIDECAR);
            if (fs.exists(sidecar)) {
                return of(readSidecar(fs, sidecar));
            }
        }
        return defaults();
    }

    static Map<String, String> readSidecar(FileSystem fs, Path sidecar) throws IOException {
        try (InputStream in = fs.open(sidecar)) {
            JsonNode node = JSON.readTree(in);
            if (node == null || !node.isObject()) {
                throw new ConfigException(sidecar + ": must be a JSON object of strings");
            }
            Map<String, String> map = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                map.put(e.getKey(), e.getValue().isTextual() ? e.getValue().textValue() : e.getValue().toString());
            }
            return map;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ConfigException(sidecar + ": not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Character single(String key, String value) {
        if (value.length() != 1) {
            throw ConfigException.outOfRange(key, value, "must be one character (or 'tab')");
        }
        return value.charAt(0);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
