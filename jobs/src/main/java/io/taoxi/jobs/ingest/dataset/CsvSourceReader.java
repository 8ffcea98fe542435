package io.taoxi.jobs.ingest.dataset;

import io.taoxi.filters.charset.DecodedText;
import io.taoxi.filters.charset.TextDecoder;
import io.taoxi.jobs.config.PipelineConfig.IngestSpec;
import io.taoxi.jobs.config.PipelineConfig.InputSpec;
import io.taoxi.jobs.ingest.IngestRow;
import io.taoxi.jobs.ingest.ReadTask;
import io.taoxi.jobs.ingest.SourceReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Infrastructure: CSV and TSV datasets ({@code .csv}, {@code .tsv}, optionally {@code .gz} or {@code .zst})
 * whose rows are documents; one task per file. The first row names the columns unless
 * {@code header=false} (then columns are {@code 0, 1, …}). Delimiter {@code ,} ({@code \t} for {@code .tsv}),
 * quote {@code "}, encoding {@code auto}: UTF-8 when the first MiB decodes as UTF-8, else the charset
 * {@code TextDecoder} detects (GB18030 and Big5 exports from spreadsheets are common); see
 * {@link DatasetOptions}.
 *
 * <p>Records are the data rows (a quoted field may span lines; blank lines are not records). Each becomes one
 * row: kept; dropped {@code empty_text}, {@code record_too_large}; quarantined {@code csv_malformed_row}
 * (field count differs from the header's, or a quote still open at the end of the file or after
 * max_record_bytes) or {@code undecodable_bytes} (bytes invalid in the file's charset). A header without the
 * text column quarantines the file as one record ({@code missing_text_column}). Locator: byte offset of the
 * row's first line; messages name its line number.
 */
public final class CsvSourceReader implements SourceReader {
    private static final long serialVersionUID = 1L;
    private static final int SAMPLE_BYTES = 1 << 20;

    @Override
    public String name() {
        return "csv";
    }

    public static boolean accepts(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceFirst("\\.(gz|zst)$", "");
        return n.endsWith(".csv") || n.endsWith(".tsv");
    }

    @Override
    public List<ReadTask> plan(InputSpec input, int inputIndex, Configuration hadoop) throws IOException {
        return DatasetOptions.planFiles(name(), input, inputIndex, hadoop, CsvSourceReader::accepts);
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
        private DatasetOptions options;
        private LineInput lines;
        private CsvRecords csv;
        private CharsetDecoder decoder;
        private String charset;
        private String charsetSource;
        private Map<String, Integer> columns;
        private int width = -1;
        private int textIndex = -1;
        // the record being assembled
        private long recordOffset = -1;
        private long recordLine;
        private long recordBytes;
        private boolean recordUndecodable;
        private boolean stopped;

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
            Charset cs;
            if (options.encoding().equalsIgnoreCase("auto")) {
                byte[] sample;
                try (LineInput in = LineInput.open(path.getFileSystem(hadoop).open(path))) {
                    sample = sample(in);
                }
                if (validUtf8Prefix(sample)) {
                    cs = StandardCharsets.UTF_8;
                    charsetSource = "default";
                } else {
                    DecodedText d = TextDecoder.decode(sample, null, false);
                    cs = Charset.forName(d.charset());
                    charsetSource = d.charsetSource();
                }
            } else {
                cs = Charset.forName(options.encoding());
                charsetSource = "default";
            }
            charset = cs.name();
            decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            char delimiter = options.delimiter() != null ? options.delimiter()
                    : task.sourceFile().toLowerCase(Locale.ROOT).replaceFirst("\\.(gz|zst)$", "").endsWith(".tsv")
                    ? '\t' : ',';
            csv = new CsvRecords(delimiter, options.quote());
            lines = LineInput.open(path.getFileSystem(hadoop).open(path));
        }

        private static byte[] sample(LineInput in) throws IOException {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            LineInput.Line line;
            while (out.size() < SAMPLE_BYTES && (line = in.next(SAMPLE_BYTES)) != null) {
                if (!line.tooLong()) {
                    out.write(line.bytes(), 0, line.length());
                    out.write('\n');
                }
            }
            return out.toByteArray();
        }

        /** Valid UTF-8, ignoring a sequence cut off at the end of the sample. */
        static boolean validUtf8Prefix(byte[] sample) {
            int end = sample.length;
            int back = 0;
            while (back < 3 && end - back - 1 >= 0 && (sample[end - back - 1] & 0xc0) == 0x80) {
                back++;
            }
            if (end - back - 1 >= 0 && (sample[end - back - 1] & 0x80) != 0) {
                end = end - back - 1;
            }
            return DatasetRows.firstBadUtf8(sample, end) < 0;
        }

        @Override
        protected boolean step() throws IOException {
            if (stopped) {
                return false;
            }
            LineInput.Line line = lines.next((int) Math.min(Integer.MAX_VALUE - 16, maxRecordBytes));
            if (line == null) {
                if (csv.pending()) {
                    quarantine("csv_malformed_row", "a quoted field is still open at the end of the file");
                }
                return false;
            }
            countBytes(line.rawBytes());
            if (!csv.pending()) {
                if (line.length() == 0 && !line.tooLong()) {
                    return true; // blank line: not a record
                }
                recordOffset = line.offset();
                recordLine = line.number();
                recordBytes = 0;
                recordUndecodable = false;
            }
            recordBytes += line.rawBytes();
            if (line.tooLong() || recordBytes > maxRecordBytes) {
                csv.reset();
                if (columns == null) {
                    countRecord();
                    emit(IngestRow.quarantined(source, sourceFile, lines.sourceOffset(recordOffset),
                            lines.innerOffset(recordOffset), null, recordBytes, "csv_malformed_row",
                            "io.taoxi.jobs.ingest.dataset.CsvRecords",
                            sourceFile + " line " + recordLine + ": header longer than max_record_bytes"));
                    stopped = true;
                    return false;
                }
                countRecord();
                emit(DatasetRows.dropped(source, sourceFile, lines.sourceOffset(recordOffset),
                        lines.innerOffset(recordOffset), null, null, null, recordBytes, "record_too_large"));
                return true;
            }
            String text;
            try {
                text = decoder.reset().decode(ByteBuffer.wrap(line.bytes(), 0, line.length())).toString();
            } catch (CharacterCodingException e) {
                recordUndecodable = true;
                text = new String(line.bytes(), 0, line.length(), decoder.charset());
            }
            List<String> record = csv.feed(text);
            if (record == null) {
                return true;
            }
            if (columns == null) {
                return header(record);
            }
            countRecord();
            if (recordUndecodable) {
                quarantineRecord("undecodable_bytes", "bytes invalid in " + charset);
                return true;
            }
            if (record.size() != width) {
                quarantineRecord("csv_malformed_row", record.size() + " fields, the header has " + width);
                return true;
            }
            DatasetRows.Columns c = new DatasetRows.Columns(record.get(textIndex), get(record, options.idColumn()),
                    get(record, options.urlColumn()), get(record, options.langColumn()),
                    get(record, options.sourceColumn()), get(record, options.titleColumn()));
            emit(DatasetRows.row(source, sourceFile, lines.sourceOffset(recordOffset), lines.innerOffset(recordOffset),
                    c, recordBytes, maxRecordBytes, charset, charsetSource, null));
            return true;
        }

        private boolean header(List<String> record) {
            columns = new HashMap<>();
            if (options.header()) {
                for (int i = 0; i < record.size(); i++) {
                    columns.putIfAbsent(record.get(i).strip(), i);
                }
                width = record.size();
            } else {
                for (int i = 0; i < record.size(); i++) {
                    columns.put(String.valueOf(i), i);
                }
                width = record.size();
            }
            Integer text = columns.get(options.textColumn());
            if (text == null) {
                countRecord();
                emit(IngestRow.quarantined(source, sourceFile, lines.sourceOffset(recordOffset),
                        lines.innerOffset(recordOffset), null, task.length(), "missing_text_column",
                        "io.taoxi.jobs.ingest.dataset.DatasetOptions", sourceFile + ": no column '"
                                + options.textColumn() + "' in " + columns.keySet()));
                stopped = true;
                return false;
            }
            textIndex = text;
            if (!options.header()) {
                // without a header the first row is data: feed it again as a record
                countRecord();
                if (recordUndecodable) {
                    quarantineRecord("undecodable_bytes", "bytes invalid in " + charset);
                } else {
                    emit(DatasetRows.row(source, sourceFile, lines.sourceOffset(recordOffset),
                            lines.innerOffset(recordOffset), new DatasetRows.Columns(record.get(textIndex),
                                    get(record, options.idColumn()), get(record, options.urlColumn()),
                                    get(record, options.langColumn()), get(record, options.sourceColumn()),
                                    get(record, options.titleColumn())),
                            recordBytes, maxRecordBytes, charset, charsetSource, null));
                }
            }
            return true;
        }

        private String get(List<String> record, String column) {
            if (column == null) {
                return null;
            }
            Integer i = columns.get(column);
            return i == null || i >= record.size() ? null : record.get(i);
        }

        private void quarantine(String reason, String message) {
            countRecord();
            quarantineRecord(reason, message);
        }

        private void quarantineRecord(String reason, String message) {
            emit(IngestRow.quarantined(source, sourceFile, lines.sourceOffset(recordOffset),
                    lines.innerOffset(recordOffset), null, recordBytes, reason, "io.taoxi.jobs.ingest.dataset.CsvRecords",
                    sourceFile + " line " + recordLine + " (offset " + recordOffset + "): " + message));
        }

        @Override
        protected long[] failureLocation() {
            long at = lines == null ? 0 : lines.position();
            return lines == null ? new long[] {0, 0} : new long[] {lines.sourceOffset(at), lines.innerOffset(at)};
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
