package io.taoxi.jobs.ingest.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import io.taoxi.jobs.config.PipelineConfig.IngestSpec;
import io.taoxi.jobs.config.PipelineConfig.InputSpec;
import io.taoxi.jobs.ingest.IngestRow;
import io.taoxi.jobs.ingest.ReadTask;
import io.taoxi.jobs.ingest.SourceReader;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Infrastructure: JSON Lines datasets ({@code .jsonl}, {@code .ndjson}, {@code .json}, each optionally
 * {@code .gz} or {@code .zst}) whose lines are documents, one task per file. Columns are named by
 * {@link DatasetOptions}.
 *
 * <p>Records are the non-blank lines. Each becomes one row: kept; dropped {@code empty_text} (text null or
 * blank) or {@code record_too_large}; quarantined {@code undecodable_bytes}, {@code json_malformed_line},
 * {@code json_not_an_object}, {@code missing_text_column} (no such field), {@code text_not_a_string} (an
 * object or array). Locator: the line's byte offset ({@link LineInput}).
 */
public final class JsonlSourceReader implements SourceReader {
    private static final long serialVersionUID = 1L;

    @Override
    public String name() {
        return "jsonl";
    }

    public static boolean accepts(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceFirst("\\.(gz|zst)$", "");
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json");
    }

    @Override
    public List<ReadTask> plan(InputSpec input, int inputIndex, Configuration hadoop) throws IOException {
        return planJsonLines(name(), input, inputIndex, hadoop);
    }

    /**
     * The JSON-lines files of an input (also .gz/.zst), one task each; their reader options are read here so
     * a bad sidecar fails on the driver. Shared by every reader of JSON lines.
     */
    public static List<ReadTask> planJsonLines(String reader, InputSpec input, int inputIndex, Configuration hadoop)
            throws IOException {
        return planJsonLines(reader, input, inputIndex, hadoop, JsonlSourceReader::accepts);
    }

    /** The same for the files whose names {@code accept} takes (a reader that knows more names). */
    public static List<ReadTask> planJsonLines(String reader, InputSpec input, int inputIndex, Configuration hadoop,
            java.util.function.Predicate<String> accept) throws IOException {
        return DatasetOptions.planFiles(reader, input, inputIndex, hadoop, accept);
    }

    @Override
    public Iterator<IngestRow> read(ReadTask task, Configuration hadoop, IngestSpec spec) {
        return new FileReader(task, hadoop, spec.maxRecordBytes());
    }

    /** The rows of one file. */
    static final class FileReader extends OutcomeIterator {
        private final ReadTask task;
        private final Configuration hadoop;
        private final long maxRecordBytes;
        private final JsonLines json = new JsonLines();
        private DatasetOptions options;
        private LineInput lines;
        private long lineOffset;

        FileReader(ReadTask task, Configuration hadoop, long maxRecordBytes) {
            super(task.source(), task.sourceFile());
            this.task = task;
            this.hadoop = hadoop;
            this.maxRecordBytes = maxRecordBytes;
        }

        @Override
        protected void open() throws IOException {
            options = DatasetOptions.forTask(task, hadoop);
            Path path = new Path(task.uri());
            lines = LineInput.open(path.getFileSystem(hadoop).open(path));
        }

        @Override
        protected boolean step() throws IOException {
            lineOffset = lines.position();
            LineInput.Line line = lines.next((int) Math.min(Integer.MAX_VALUE - 16, maxRecordBytes));
            if (line == null) {
                return false;
            }
            countBytes(line.rawBytes());
            long off = lines.sourceOffset(line.offset());
            long inner = lines.innerOffset(line.offset());
            if (line.tooLong()) {
                countRecord();
                emit(DatasetRows.dropped(source, sourceFile, off, inner, null, null, null, line.rawBytes(),
                        "record_too_large"));
                return true;
            }
            if (isBlank(line)) {
                return true; // blank lines are not records
            }
            countRecord();
            JsonLines.Parsed parsed = json.parse(line, sourceFile);
            if (!parsed.ok()) {
                emit(IngestRow.quarantined(source, sourceFile, off, inner, null, line.rawBytes(), parsed.reason(),
                        parsed.errorClass(), parsed.message()));
                return true;
            }
            JsonNode object = parsed.node();
            JsonNode text = JsonLines.field(object, options.textColumn());
            if (text == null) {
                emit(IngestRow.quarantined(source, sourceFile, off, inner, null, line.rawBytes(),
                        "missing_text_column", "io.taoxi.jobs.ingest.dataset.DatasetOptions", sourceFile + " line "
                                + line.number() + ": no field '" + options.textColumn() + "'"));
                return true;
            }
            if (text.isContainerNode()) {
                emit(IngestRow.quarantined(source, sourceFile, off, inner, null, line.rawBytes(),
                        "text_not_a_string", "io.taoxi.jobs.ingest.dataset.DatasetOptions", sourceFile + " line "
                                + line.number() + ": field '" + options.textColumn() + "' is a JSON "
                                + text.getNodeType().name().toLowerCase(Locale.ROOT)));
                return true;
            }
            DatasetRows.Columns columns = new DatasetRows.Columns(JsonLines.scalar(text),
                    column(object, options.idColumn()), column(object, options.urlColumn()),
                    column(object, options.langColumn()), column(object, options.sourceColumn()),
                    column(object, options.titleColumn()));
            emit(DatasetRows.row(source, sourceFile, off, inner, columns, line.rawBytes(), maxRecordBytes, "UTF-8",
                    "default", null));
            return true;
        }

        private static String column(JsonNode object, String name) {
            return name == null ? null : JsonLines.scalar(JsonLines.field(object, name));
        }

        private static boolean isBlank(LineInput.Line line) {
            for (int i = 0; i < line.length(); i++) {
                byte b = line.bytes()[i];
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }

        @Override
        protected long[] failureLocation() {
            return lines == null ? new long[] {0, 0}
                    : new long[] {lines.sourceOffset(lineOffset), lines.innerOffset(lineOffset)};
        }

        @Override
        protected void closeInput() {
            if (lines != null) {
                try {
                    lines.close();
                } catch (IOException ignored) {
                    // only read
                }
                lines = null;
            }
        }
    }
}
