package io.taoxi.jobs.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.taoxi.jobs.config.ConfigLoader;
import io.taoxi.jobs.config.PipelineConfig.IngestSpec;
import io.taoxi.jobs.config.PipelineConfig.InputSpec;
import io.taoxi.jobs.schema.DocSchema;
import io.taoxi.jobs.stage.Stage;
import io.taoxi.jobs.stage.StageException;
import io.taoxi.jobs.stage.StageProgress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * Stage: {@code taoxi ingest}. Each input's reader ({@link SourceReaders}) plans its tasks on the driver
 * (sorted, so partitioning is the same on every run); each task is read by one Spark task and every
 * outcome goes to the {@link io.taoxi.jobs.stage.StageRunner}.
 */
public class IngestStage implements Stage {
    private final IngestSpec spec;
    private transient List<ReadTask> tasks;

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

    /** The tasks that will be read, in order. */
    public List<ReadTask> tasks(Configuration hadoop) {
        if (tasks == null) {
            List<ReadTask> all = new ArrayList<>();
            for (int i = 0; i < spec.inputs().size(); i++) {
                InputSpec input = spec.inputs().get(i);
                try {
                    all.addAll(SourceReaders.forInput(input, i).plan(input, i, hadoop));
                } catch (IOException e) {
                    throw new StageException("ingest.inputs[" + i + "].path: cannot list " + input.path() + ": "
                            + e.getMessage(), e);
                }
            }
            all.sort(Comparator.comparing(ReadTask::sourceFile).thenComparing(ReadTask::uri));
            tasks = all;
        }
        return tasks;
    }

    @Override
    public String inputFingerprint(SparkSession spark) {
        StringBuilder b = new StringBuilder();
        for (ReadTask t : tasks(spark.sparkContext().hadoopConfiguration())) {
            b.append(t.reader()).append('\t').append(t.source()).append('\t').append(t.sourceFile()).append('\t')
                    .append(t.length()).append('\t').append(t.modified()).append('\n');
            for (ReadTask.Part p : t.companions()) {
                b.append("+\t").append(p.sourceFile()).append('\t').append(p.length()).append('\t')
                        .append(p.modified()).append('\n');
            }
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
        List<ReadTask> planned = tasks(hadoop);
        if (planned.isEmpty()) {
            throw new StageException("ingest: no input files the readers accept under " + String.join(", ", inputs()));
        }
        Map<String, String> conf = new HashMap<>();
        for (Map.Entry<String, String> e : hadoop) {
            conf.put(e.getKey(), e.getValue());
        }
        Map<String, SourceReader> readers = new HashMap<>();
        for (int i = 0; i < spec.inputs().size(); i++) {
            SourceReader r = SourceReaders.forInput(spec.inputs().get(i), i);
            readers.put(r.name(), r);
        }
        IngestSpec ingestSpec = spec;
        LongAccumulator records = progress.records();
        LongAccumulator bytes = progress.bytes();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> rows = jsc.parallelize(planned, planned.size())
                .flatMap(task -> {
                    Configuration c = new Configuration(false);
                    conf.forEach(c::set);
                    return new RowIterator(readers.get(task.reader()).read(task, c, ingestSpec), records, bytes);
                });
        return spark.createDataFrame(rows, DocSchema.INGEST_OUTCOME);
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
