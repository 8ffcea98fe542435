package io.taoxi.jobs.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.taoxi.jobs.config.ConfigLoader;
import io.taoxi.jobs.config.PipelineConfig.IngestSpec;
import io.taoxi.jobs.config.PipelineConfig.InputSpec;
import io.taoxi.jobs.ingest.web.SeekableInput;
import io.taoxi.jobs.ingest.web.WarcFileReader;
import io.taoxi.jobs.schema.DocSchema;
import io.taoxi.jobs.stage.Stage;
import io.taoxi.jobs.stage.StageException;
import io.taoxi.jobs.stage.StageProgress;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * Stage: {@code taoxi ingest}. Lists the input files on the driver (sorted, so partitioning is the same
 * on every run), reads each file in one task with its source's reader, and hands every outcome to the
 * {@link io.taoxi.jobs.stage.StageRunner}. Web input: {@code .warc}, {@code .warc.gz}, {@code .wet},
 * {@code .wet.gz} (and the {@code .arc.warc…}/{@code .warc.wet.gz} spellings) under each input path.
 */
public class IngestStage implements Stage {
    /** One input file to read, with everything an executor needs. */
    record FileTask(String source, String uri, String sourceFile, long length, long modified) implements Serializable {
    }

    private final IngestSpec spec;
    private transient List<FileTask> files;

    public IngestStage(IngestSpec spec) {
        this.spec = spec;
    }

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public JsonNode config() {
        return ConfigLoader.jsonMapper().valueToTree(spec);
    }

    @Override
    public List<String> inputs() {
        return spec.inputs().stream().map(InputSpec::path).toList();
    }

    /** The files that will be read, sorted by source file name. */
    public List<FileTask> files(Configuration hadoop) {
        if (files == null) {
            files = listFiles(spec, hadoop);
        }
        return files;
    }

    static List<FileTask> listFiles(IngestSpec spec, Configuration hadoop) {
        List<FileTask> tasks = new ArrayList<>();
        for (int i = 0; i < spec.inputs().size(); i++) {
            InputSpec input = spec.inputs().get(i);
            Path root = new Path(input.path());
            try {
                FileSystem fs = root.getFileSystem(hadoop);
                if (!fs.exists(root)) {
                    throw new StageException("ingest.inputs[" + i + "].path: " + input.path() + " does not exist");
                }
                FileStatus status = fs.getFileStatus(root);
                Path qualifiedRoot = status.getPath();
                if (status.isFile()) {
                    tasks.add(new FileTask(input.source(), qualifiedRoot.toString(), qualifiedRoot.getName(),
                            status.getLen(), status.getModificationTime()));
                    continue;
                }
                String rootName = qualifiedRoot.getName();
                String rootPrefix = qualifiedRoot.toUri().getPath();
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
                while (it.hasNext()) {
                    LocatedFileStatus f = it.next();
                    String name = f.getPath().getName();
                    if (!f.isFile() || name.startsWith(".") || name.startsWith("_") || !isWebFile(name)) {
                        continue;
                    }
                    String path = f.getPath().toUri().getPath();
                    String relative = path.startsWith(rootPrefix + "/") ? path.substring(rootPrefix.length() + 1) : name;
                    tasks.add(new FileTask(input.source(), f.getPath().toString(), rootName + "/" + relative,
                            f.getLen(), f.getModificationTime()));
                }
            } catch (IOException e) {
                throw new StageException("ingest.inputs[" + i + "].path: cannot list " + input.path() + ": "
                        + e.getMessage(), e);
            }
        }
        tasks.sort(Comparator.comparing(FileTask::sourceFile).thenComparing(FileTask::uri));
        return tasks;
    }

    static boolean isWebFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz") || n.endsWith(".wet") || n.endsWith(".wet.gz");
    }

    @Override
    public String inputFingerprint(SparkSession spark) {
        StringBuilder b = new StringBuilder();
        for (FileTask f : files(spark.sparkContext().hadoopConfiguration())) {
            b.append(f.source()).append('\t').append(f.sourceFile()).append('\t').append(f.length()).append('\t')
                    .append(f.modified()).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Dataset<Row> outcomes(SparkSession spark, StageProgress progress) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        List<FileTask> tasks = files(hadoop);
        if (tasks.isEmpty()) {
            throw new StageException("ingest: no WARC/WET files (.warc, .warc.gz, .wet, .wet.gz) under "
                    + String.join(", ", inputs()));
        }
        Map<String, String> conf = new HashMap<>();
        for (Map.Entry<String, String> e : hadoop) {
            conf.put(e.getKey(), e.getValue());
        }
        WarcFileReader.Options options = new WarcFileReader.Options(spec.maxRecordBytes(), spec.verifyDigests(),
                spec.html());
        LongAccumulator records = progress.records();
        LongAccumulator bytes = progress.bytes();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> rows = jsc.parallelize(tasks, tasks.size())
                .flatMap(task -> new RowIterator(readFile(task, conf, options), records, bytes));
        return spark.createDataFrame(rows, DocSchema.INGEST_OUTCOME);
    }

    static Iterator<IngestRow> readFile(FileTask task, Map<String, String> conf, WarcFileReader.Options options) {
        return new WarcFileReader(task.source(), task.sourceFile(), () -> {
            try {
                Configuration c = new Configuration(false);
                conf.forEach(c::set);
                Path path = new Path(task.uri());
                return SeekableInput.open(path.getFileSystem(c), path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, options);
    }

    /** Converts rows and feeds the progress counters. */
    private static final class RowIterator implements Iterator<Row> {
        private final Iterator<IngestRow> rows;
        private final LongAccumulator records;
        private final LongAccumulator bytes;

        RowIterator(Iterator<IngestRow> rows, LongAccumulator records, LongAccumulator bytes) {
            this.rows = rows;
            this.records = records;
            this.bytes = bytes;
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public Row next() {
            IngestRow row = rows.next();
            if (row.outcome() != IngestRow.Outcome.SOURCE) {
                records.add(1);
                bytes.add(row.recordBytes());
            }
            return DocSchema.toRow(row);
        }
    }
}
