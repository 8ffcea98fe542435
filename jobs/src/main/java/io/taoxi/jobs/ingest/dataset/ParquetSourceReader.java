package io.taoxi.jobs.ingest.dataset;

import io.taoxi.jobs.config.PipelineConfig.IngestSpec;
import io.taoxi.jobs.config.PipelineConfig.InputSpec;
import io.taoxi.jobs.ingest.IngestRow;
import io.taoxi.jobs.ingest.ReadTask;
import io.taoxi.jobs.ingest.SourceReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Infrastructure: Parquet datasets ({@code .parquet}) whose rows are documents, one task per file, reading only
 * the columns named in {@link DatasetOptions} (top-level columns; the text column must be a string).
 *
 * <p>Records are the rows (the footer's row counts). Each becomes one row: kept; dropped {@code empty_text}
 * (null or blank) or {@code record_too_large}. A file without the text column, or whose text column is not a
 * string, is one quarantined record ({@code missing_text_column}); a row group that cannot be decoded is
 * quarantined as one record ({@code bad_row_group}) and the next group is read. Locator: ({@code source_offset}
 * = byte offset of the row group, {@code source_inner_offset} = row index in the group).
 */
public final class ParquetSourceReader implements SourceReader {
    private static final long serialVersionUID = 1L;

    @Override
    public String name() {
        return "parquet";
    }

    public static boolean accepts(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".parquet");
    }

    @Override
    public List<ReadTask> plan(InputSpec input, int inputIndex, Configuration hadoop) throws IOException {
        return DatasetOptions.planFiles(name(), input, inputIndex, hadoop, ParquetSourceReader::accepts);
    }

    @Override
    public Iterator<IngestRow> read(ReadTask task, Configuration hadoop, IngestSpec spec) {
        return new FileReader(task, hadoop, spec.maxRecordBytes());
    }

    /** The rows of one file, one row group at a time. */
    static final class FileReader extends OutcomeIterator {
        private final ReadTask task;
        private final Configuration hadoop;
        private final long maxRecordBytes;
        private DatasetOptions options;
        private ParquetFileReader reader;
        private MessageType projection;
        private List<BlockMetaData> blocks;
        private int block = -1;
        private long rowInBlock;
        private long rowsInBlock;
        private RecordReader<Group> records;

        FileReader(ReadTask task, Configuration hadoop, long maxRecordBytes) {
            super(task.source(), task.sourceFile());
            this.task = task;
            this.hadoop = hadoop;
            this.maxRecordBytes = maxRecordBytes;
        }

        @Override
        protected void open() throws IOException {
            options = DatasetOptions.forTask(task, hadoop);
            reader = ParquetFileReader.open(HadoopInputFile.fromPath(new Path(task.uri()), hadoop));
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            blocks = reader.getFooter().getBlocks();
            for (BlockMetaData b : blocks) {
                countBytes(b.getCompressedSize());
            }
            Type text = schema.containsField(options.textColumn()) ? schema.getType(options.textColumn()) : null;
            if (text == null || !isString(text)) {
                countRecord();
                emit(IngestRow.quarantined(source, sourceFile, 0, 0, null, task.length(), "missing_text_column",
                        "io.taoxi.jobs.ingest.dataset.DatasetOptions", sourceFile + ": "
                                + (text == null ? "no column '" + options.textColumn() + "'"
                                        : "column '" + options.textColumn() + "' is not a string: " + text)
                                + " in " + schema.getFields().stream().map(Type::getName).toList()));
                blocks = List.of();
                return;
            }
            List<Type> wanted = new ArrayList<>();
            for (String column : new String[] {options.textColumn(), options.idColumn(), options.urlColumn(),
                options.langColumn(), options.sourceColumn(), options.titleColumn()}) {
                if (column != null && schema.containsField(column) && schema.getType(column).isPrimitive()
                        && wanted.stream().noneMatch(t -> t.getName().equals(column))) {
                    wanted.add(schema.getType(column));
                }
            }
            projection = new MessageType(schema.getName(), wanted);
            reader.setRequestedSchema(projection);
        }

        private static boolean isString(Type t) {
            return t.isPrimitive() && !t.isRepetition(Type.Repetition.REPEATED)
                    && t.asPrimitiveType().getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.BINARY;
        }

        @Override
        protected boolean step() throws IOException {
            while (records == null || rowInBlock >= rowsInBlock) {
                block++;
                if (block >= blocks.size()) {
                    return false;
                }
                rowInBlock = 0;
                rowsInBlock = blocks.get(block).getRowCount();
                try {
                    PageReadStore pages = reader.readNextRowGroup();
                    if (pages == null) {
                        return false;
                    }
                    records = new ColumnIOFactory().getColumnIO(projection)
                            .getRecordReader(pages, new GroupRecordConverter(projection));
                } catch (IOException | RuntimeException e) {
                    // The reader's position is unknown now: the rest of the file is one quarantined record.
                    countRecord();
                    quarantineGroup(e, 0, "the rest of the file from row group " + block);
                    block = blocks.size();
                    return true;
                }
            }
            long offset = blocks.get(block).getStartingPos();
            long inner = rowInBlock++;
            countRecord();
            Group g;
            try {
                g = records.read();
            } catch (RuntimeException e) {
                // A page that cannot be decoded: the rest of this row group is one quarantined record.
                quarantineGroup(e, inner, "rows " + inner + ".. of row group " + block);
                records = null;
                return true;
            }
            DatasetRows.Columns c = new DatasetRows.Columns(value(g, options.textColumn()), value(g, options.idColumn()),
                    value(g, options.urlColumn()), value(g, options.langColumn()), value(g, options.sourceColumn()),
                    value(g, options.titleColumn()));
            long bytes = c.text() == null ? 0 : c.text().getBytes(StandardCharsets.UTF_8).length;
            emit(DatasetRows.row(source, sourceFile, offset, inner, c, bytes, maxRecordBytes, "UTF-8", "default", null));
            return true;
        }

        private void quarantineGroup(Exception e, long inner, String what) {
            BlockMetaData b = blocks.get(block);
            emit(IngestRow.quarantined(source, sourceFile, b.getStartingPos(), inner, null, b.getCompressedSize(),
                    "bad_row_group", e.getClass().getName(), sourceFile + " " + what + " at offset "
                            + b.getStartingPos() + ": " + e.getMessage()));
        }

        private String value(Group g, String column) {
            if (column == null || !projection.containsField(column)) {
                return null;
            }
            int field = projection.getFieldIndex(column);
            if (g.getFieldRepetitionCount(field) == 0) {
                return null;
            }
            return g.getValueToString(field, 0);
        }

        @Override
        protected long[] failureLocation() {
            return blocks == null || block < 0 || block >= blocks.size() ? new long[] {0, 0}
                    : new long[] {blocks.get(block).getStartingPos(), rowInBlock};
        }

        @Override
        protected void closeInput() {
            if (reader != null) {
                try {
                    reader.close();
                } catch (IOException ignored) {
                    // only read
                }
                reader = null;
            }
        }
    }
}
