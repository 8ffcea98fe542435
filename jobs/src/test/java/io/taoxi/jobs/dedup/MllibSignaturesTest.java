package io.taoxi.jobs.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taoxi.filters.dedup.Hash64;
import io.taoxi.filters.dedup.MinHash;
import io.taoxi.filters.dedup.NearDupGenerator;
import io.taoxi.filters.dedup.Shingler;
import io.taoxi.jobs.testing.TestSpark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The {@code signatures: mllib} path gives the same Jaccard estimates as ours within the estimator's
 * error: both within 4 standard errors of the true Jaccard of the shingle sets, and their mean absolute
 * difference below one standard error.
 */
class MllibSignaturesTest {
    static final long SEED = 5L;

    @Test
    void mllibAndTaoxiEstimatesAgreeWithinError() {
        SparkSession spark = TestSpark.session();
        List<NearDupGenerator.Pair> pairs = new ArrayList<>();
        NearDupGenerator gen = new NearDupGenerator(SEED);
        for (NearDupGenerator.Edit e : NearDupGenerator.Edit.values()) {
            for (String lang : List.of("zh-Hans", "ja", "en")) {
                if (e != NearDupGenerator.Edit.TRAD_SIMP || lang.startsWith("zh")) {
                    pairs.add(gen.pair(e, lang));
                    pairs.add(gen.pair(e, lang));
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (NearDupGenerator.Pair p : pairs) {
            rows.add(RowFactory.create(Hash64.uid64(p.a().id()), false, p.a().text()));
            rows.add(RowFactory.create(Hash64.uid64(p.b().id()), false, p.b().text()));
        }
        StructType schema = new StructType().add("uid", DataTypes.LongType).add("code", DataTypes.BooleanType)
                .add("text", DataTypes.StringType);
        Dataset<Row> docs = spark.createDataFrame(rows, schema);
        DedupStage.Spec taoxi = DedupStage.Spec.defaults();
        Map<Long, long[]> ours = collect(new DedupStage(taoxi, "unused").signatures(docs, taoxi.lsh()));
        DedupStage.Spec mllibSpec = taoxi.withSignatures("mllib");
        Map<Long, long[]> mllib = collect(new DedupStage(mllibSpec, "unused").signatures(docs, mllibSpec.lsh()));
        assertEquals(ours.keySet(), mllib.keySet());

        Shingler shingler = new Shingler(Shingler.Spec.defaults());
        int k = taoxi.lsh().numPermutations();
        double diffSum = 0;
        double seSum = 0;
        for (NearDupGenerator.Pair p : pairs) {
            long a = Hash64.uid64(p.a().id());
            long b = Hash64.uid64(p.b().id());
            double truth = MinHash.trueJaccard(shingler.shingles(p.a().text(), Shingler.Mode.TEXT),
                    shingler.shingles(p.b().text(), Shingler.Mode.TEXT));
            double jo = MinHash.jaccard(ours.get(a), ours.get(b));
            double jm = MinHash.jaccard(mllib.get(a), mllib.get(b));
            double se = Math.sqrt(Math.max(truth * (1 - truth), 0.01) / k);
            assertTrue(Math.abs(jo - truth) <= 4 * se, "seed " + SEED + " " + p.edit() + ": ours " + jo + " true " + truth);
            assertTrue(Math.abs(jm - truth) <= 4 * se, "seed " + SEED + " " + p.edit() + ": mllib " + jm + " true " + truth);
            diffSum += Math.abs(jo - jm);
            seSum += se;
        }
        System.out.printf("mllib vs taoxi: mean |difference| %.4f, mean standard error %.4f over %d pairs%n",
                diffSum / pairs.size(), seSum / pairs.size(), pairs.size());
        assertTrue(diffSum / pairs.size() <= 1.5 * seSum / pairs.size());
    }

    private static Map<Long, long[]> collect(Dataset<Row> sigs) {
        Map<Long, long[]> out = new HashMap<>();
        for (Row r : sigs.collectAsList()) {
            out.put(r.getLong(0), Signatures.decode((byte[]) r.get(2)));
        }
        return out;
    }
}
