package io.taoxi.jobs.tokenizer;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.octet_length;
import static org.apache.spark.sql.functions.sum;

import io.taoxi.jobs.schema.DocSchema;
import io.taoxi.tokenizer.PreTokenization;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.DoubleAccumulator;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * Stage-side Spark wiring (not a {@link io.taoxi.jobs.stage.Stage}: its output is a count table for one
 * machine, not documents): pre-token counts over a stage's kept documents with bounded memory.
 *
 * <ol>
 *   <li>per partition: {@link PreTokenization#forEach} over every text, weighted counts in a
 *       {@link BoundedCounter} of {@code maxDistinctPerPartition} entries (pruned when full);</li>
 *   <li>a shuffle sums the weights per pre-token ({@code groupBy().sum()}, partial aggregation first);</li>
 *   <li>pre-tokens below {@code minCount} are dropped and the top {@code maxDistinct} by count (ties by the
 *       pre-token, so the cut is deterministic) come to the driver through a distributed sort + limit
 *       (Spark's take-ordered: each partition keeps its top N, the driver merges) — never all of them.</li>
 * </ol>
 * Weighted counts are rounded to {@code long} after the sum.
 */
public final class PreTokenCounts {
    /** What came back, with the numbers {@code training.json} reports. */
    public record Result(Map<String, Long> counts, long documents, long textBytes, double preTokens,
            long distinctCounted, long distinctAtMinCount, double prunedWeight, long prunedEntries,
            Map<String, Double> weights) {
    }

    private PreTokenCounts() {
    }

    /**
     * @param kept    documents with {@code source}, {@code lang}, {@code text}
     * @param weights per-group weights ({@code "source\tlang"} → weight), or null for 1 everywhere
     */
    public static Result count(SparkSession spark, Dataset<Row> kept, PreTokenization preTokenization,
            HashMap<String, Double> weights, long minCount, int maxDistinct, int maxDistinctPerPartition) {
        LongAccumulator docs = spark.sparkContext().longAccumulator("tokenizer_docs");
        LongAccumulator bytes = spark.sparkContext().longAccumulator("tokenizer_bytes");
        DoubleAccumulator preTokens = spark.sparkContext().doubleAccumulator("tokenizer_pre_tokens");
        DoubleAccumulator pruned = spark.sparkContext().doubleAccumulator("tokenizer_pruned_weight");
        LongAccumulator prunedEntries = spark.sparkContext().longAccumulator("tokenizer_pruned_entries");
        Dataset<Row> summed = kept
                .select(col(DocSchema.SOURCE), coalesce(col(DocSchema.LANG), lit("")), col(DocSchema.TEXT))
                .mapPartitions(new Count(preTokenization, weights, maxDistinctPerPartition, docs, bytes, preTokens,
                        pruned, prunedEntries), Encoders.tuple(Encoders.STRING(), Encoders.DOUBLE()))
                .toDF("token", "weight")
                .groupBy("token").agg(sum("weight").as("count"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long distinct = summed.count();
            Dataset<Row> frequent = summed.filter(col("count").geq(minCount - 0.5)); // ≥ minCount once rounded
            long atMin = frequent.count();
            List<Row> top = frequent.orderBy(col("count").desc(), col("token").asc()).limit(maxDistinct)
                    .collectAsList();
            Map<String, Long> counts = new HashMap<>(top.size() * 2);
            for (Row r : top) {
                counts.put(r.getString(0), Math.round(r.getDouble(1)));
            }
            return new Result(counts, docs.value(), bytes.value(), preTokens.value(), distinct, atMin,
                    pruned.value(), prunedEntries.value(), weights == null ? null : new TreeMap<>(weights));
        } finally {
            summed.unpersist(false);
        }
    }

    /** UTF-8 bytes of text per group ({@code "source\tlang"}), the basis of the mixture weights. */
    public static Map<MixturePlan.Group, Long> bytesByGroup(Dataset<Row> kept) {
        Map<MixturePlan.Group, Long> out = new LinkedHashMap<>();
        for (Row r : kept.groupBy(col(DocSchema.SOURCE), coalesce(col(DocSchema.LANG), lit("")))
                .agg(sum(coalesce(octet_length(col(DocSchema.TEXT)), lit(0)).cast("long"))).collectAsList()) {
            out.put(new MixturePlan.Group(r.getString(0), r.getString(1)), r.isNullAt(2) ? 0L : r.getLong(2));
        }
        return out;
    }

    /** The per-partition count; a static class so nothing of the driver travels with it. */
    private static final class Count implements MapPartitionsFunction<Row, Tuple2<String, Double>> {
        private static final long serialVersionUID = 1L;
        private final PreTokenization preTokenization;
        private final HashMap<String, Double> weights;
        private final int capacity;
        private final LongAccumulator docs;
        private final LongAccumulator bytes;
        private final DoubleAccumulator preTokens;
        private final DoubleAccumulator pruned;
        private final LongAccumulator prunedEntries;

        Count(PreTokenization preTokenization, HashMap<String, Double> weights, int capacity, LongAccumulator docs,
                LongAccumulator bytes, DoubleAccumulator preTokens, DoubleAccumulator pruned,
                LongAccumulator prunedEntries) {
            this.preTokenization = preTokenization;
            this.weights = weights;
            this.capacity = capacity;
            this.docs = docs;
            this.bytes = bytes;
            this.preTokens = preTokens;
            this.pruned = pruned;
            this.prunedEntries = prunedEntries;
        }

        @Override
        public Iterator<Tuple2<String, Double>> call(Iterator<Row> rows) {
            BoundedCounter counter = new BoundedCounter(capacity);
            double[] seen = new double[1];
            while (rows.hasNext()) {
                Row r = rows.next();
                if (r.isNullAt(2)) {
                    continue;
                }
                String text = r.getString(2);
                double w = weights == null ? 1.0 : weights.getOrDefault(MixturePlan.key(r.getString(0), r.getString(1)), 0.0);
                docs.add(1);
                bytes.add(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
                if (w <= 0) {
                    continue;
                }
                preTokenization.forEach(text, t -> {
                    counter.add(t, w);
                    seen[0] += w;
                });
            }
            preTokens.add(seen[0]);
            pruned.add(counter.prunedWeight());
            prunedEntries.add(counter.prunedEntries());
            List<Tuple2<String, Double>> out = new ArrayList<>(counter.size());
            counter.forEach((k, v) -> out.add(new Tuple2<>(k, v)));
            return out.iterator();
        }
    }
}
