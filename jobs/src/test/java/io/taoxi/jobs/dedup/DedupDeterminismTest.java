package io.taoxi.jobs.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taoxi.filters.dedup.Hash64;
import io.taoxi.filters.dedup.NearDupGenerator;
import io.taoxi.filters.dedup.NearDupReference;
import io.taoxi.filters.dedup.Shingler;
import io.taoxi.filters.dedup.Signer;
import io.taoxi.jobs.testing.TestSpark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Determinism: the same survivors, reasons and cluster ids for 1, 4 and 16 input partitions (and as many
 * shuffle partitions), and near-dup clusters equal to the in-memory reference ({@link NearDupReference}).
 */
class DedupDeterminismTest {
    static final long SEED = 77L;

    @TempDir
    Path tmp;

    /** The stage with its input repartitioned. */
    static final class Repartitioned extends DedupStage {
        private final int partitions;

        Repartitioned(Spec spec, String input, int partitions) {
            super(spec, input);
            this.partitions = partitions;
        }

        @Override
        protected Dataset<Row> readKept(SparkSession spark) {
            return super.readKept(spark).repartition(partitions);
        }
    }

    static Map<String, String> run(SparkSession spark, DedupStage stage) {
        Map<String, String> out = new TreeMap<>();
        for (Row r : stage.outcomes(spark, null).select("id", "outcome", "reason", "dup_cluster_id", "dup_cluster_size",
                "dup_survivor_id", "paragraphs_removed").collectAsList()) {
            out.put(r.getString(0), r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.get(4) + " "
                    + r.getString(5) + " " + r.get(6));
        }
        return out;
    }

    @Test
    void sameResultForAnyPartitioningAndEqualToTheReference() throws Exception {
        SparkSession spark = TestSpark.session();
        List<NearDupGenerator.CorpusDoc> corpus = new NearDupGenerator(SEED).corpus(240);
        String input = DedupFixtures.writeInput(spark, tmp.resolve("in"), DedupFixtures.fromCorpus(corpus));
        // paragraph dedup on with a low bar so it has work to do
        DedupStage.Spec spec = new DedupStage.Spec(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, 20, 50, null, null, null);
        String before = spark.conf().get("spark.sql.shuffle.partitions");
        Map<String, String> first = null;
        try {
            for (int partitions : new int[] {1, 4, 16}) {
                spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(partitions));
                Map<String, String> result = run(spark, new Repartitioned(spec, input, partitions));
                assertEquals(corpus.size(), result.size());
                if (first == null) {
                    first = result;
                } else {
                    assertEquals(first, result, "partitions " + partitions);
                }
            }
        } finally {
            spark.conf().set("spark.sql.shuffle.partitions", before);
        }
        long near = first.values().stream().filter(v -> v.contains("near_duplicate")).count();
        long exact = first.values().stream().filter(v -> v.contains("exact_duplicate")).count();
        System.out.printf("determinism: %d docs, %d near, %d exact duplicates%n", corpus.size(), near, exact);
        assertTrue(near > 10 && exact > 0, first.toString());
    }

    @Test
    void nearDupClustersEqualTheReference() throws Exception {
        SparkSession spark = TestSpark.session();
        List<NearDupGenerator.CorpusDoc> corpus = new NearDupGenerator(SEED + 1).corpus(200);
        String input = DedupFixtures.writeInput(spark, tmp.resolve("in2"), DedupFixtures.fromCorpus(corpus));
        DedupStage.Spec spec = new DedupStage.Spec(null, null, null, null, null, null, null, null, null, null, null,
                null, false, false, false, null, null, null, null, null, null);
        Map<String, String> result = run(spark, new DedupStage(spec, input));

        Signer signer = new Signer(Shingler.Spec.defaults(), 112, 1, 5);
        List<NearDupReference.Input> inputs = new ArrayList<>();
        for (NearDupGenerator.CorpusDoc d : corpus) {
            inputs.add(new NearDupReference.Input(Hash64.uid64(d.id()), signer.signature(d.text(), Shingler.Mode.TEXT), 0));
        }
        Map<Long, Long> reference = NearDupReference.components(inputs, spec.lsh(), true, spec.threshold());
        for (NearDupGenerator.CorpusDoc d : corpus) {
            long uid = Hash64.uid64(d.id());
            String cluster = Hash64.hex(reference.getOrDefault(uid, uid));
            assertEquals(cluster, result.get(d.id()).split(" ")[2], d.id());
        }
    }
}
