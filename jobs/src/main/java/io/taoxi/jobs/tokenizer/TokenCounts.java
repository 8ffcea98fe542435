package io.taoxi.jobs.tokenizer;

import io.taoxi.jobs.schema.DocSchema;
import io.taoxi.jobs.stage.StageException;
import io.taoxi.tokenizer.Tokenizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * Infrastructure: tokens per outcome and per reason of a finished stage, counted with a tokenizer (the
 * one the pipeline trained), so the report's funnel can show tokens at every stage, not only after
 * tokenization. Every document's text is encoded with {@link Tokenizer#encodeOrdinary} (no end token); a
 * document without text counts 0.
 */
public final class TokenCounts {
    private TokenCounts() {
    }

    /** Tokens of one stage: per outcome ({@code kept}, {@code dropped}, {@code quarantined}) and per reason. */
    public record StageTokens(Map<String, Long> byOutcome, Map<String, Long> byReason) {
        public long in() {
            return byOutcome.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Counts the text tokens of {@code stageDir}'s kept/, dropped/ and quarantine/ Parquet. */
    public static StageTokens count(SparkSession spark, String stageDir, String tokenizerJson) {
        Broadcast<String> json = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(tokenizerJson);
        Map<String, Long> byOutcome = new LinkedHashMap<>();
        Map<String, Long> byReason = new TreeMap<>();
        String[][] outcomes = {{"kept", "kept"}, {"dropped", "dropped"}, {"quarantine", "quarantined"}};
        for (String[] o : outcomes) {
            byOutcome.put(o[1], 0L);
            Path folder = new Path(stageDir, o[0]);
            try {
                FileSystem fs = folder.getFileSystem(spark.sparkContext().hadoopConfiguration());
                if (!fs.exists(folder)) {
                    continue;
                }
            } catch (IOException e) {
                throw new StageException("token counts: cannot read " + folder + ": " + e.getMessage(), e);
            }
            Dataset<Row> rows = spark.read().parquet(folder.toString());
            List<String> columns = List.of(rows.columns());
            if (!columns.contains(DocSchema.TEXT)) {
                continue;
            }
            boolean reasons = columns.contains(DocSchema.REASON);
            Dataset<Row> selected = reasons ? rows.select(DocSchema.REASON, DocSchema.TEXT)
                    : rows.select(org.apache.spark.sql.functions.lit("").as(DocSchema.REASON), rows.col(DocSchema.TEXT));
            Map<String, Long> counted = selected.javaRDD().mapPartitionsToPair(new CountPartition(json))
                    .reduceByKey(Long::sum).collectAsMap();
            for (Map.Entry<String, Long> e : counted.entrySet()) {
                byOutcome.merge(o[1], e.getValue(), Long::sum);
                if (!o[1].equals("kept") && !e.getKey().isEmpty()) {
                    byReason.merge(e.getKey(), e.getValue(), Long::sum);
                }
            }
        }
        json.destroy();
        return new StageTokens(byOutcome, byReason);
    }

    /** Per partition: (reason, tokens of its texts). */
    private static final class CountPartition implements PairFlatMapFunction<Iterator<Row>, String, Long> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<String> json;

        CountPartition(Broadcast<String> json) {
            this.json = json;
        }

        @Override
        public Iterator<Tuple2<String, Long>> call(Iterator<Row> rows) {
            Tokenizer tokenizer = Tokenizer.fromJson(json.value());
            Map<String, Long> sums = new LinkedHashMap<>();
            while (rows.hasNext()) {
                Row r = rows.next();
                String reason = r.isNullAt(0) ? "" : r.getString(0);
                long n = r.isNullAt(1) ? 0 : tokenizer.encodeOrdinary(r.getString(1)).length;
                sums.merge(reason, n, Long::sum);
            }
            List<Tuple2<String, Long>> out = new ArrayList<>(sums.size());
            sums.forEach((k, v) -> out.add(new Tuple2<>(k, v)));
            return out.iterator();
        }
    }
}
