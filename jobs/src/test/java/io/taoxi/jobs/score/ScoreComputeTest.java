package io.taoxi.jobs.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taoxi.engine.DType;
import io.taoxi.engine.DocScore;
import io.taoxi.engine.NativeScorer;
import io.taoxi.engine.Qwen2Config;
import io.taoxi.engine.Qwen2Model;
import io.taoxi.engine.ScoreOptions;
import io.taoxi.engine.Scorer;
import io.taoxi.jobs.config.ConfigException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code score.compute}: auto uses bf16 products for a bf16 model where the CPU has them (and f32 for an f32
 * model), bf16 stays within bf16 rounding of the f64 reference, f32 stays within float rounding of it.
 */
class ScoreComputeTest {
    @TempDir
    static Path dir;

    static int[][] documents(int vocab) {
        Random r = new Random(7);
        int[][] docs = new int[3][];
        for (int d = 0; d < docs.length; d++) {
            docs[d] = r.ints(40 + 17 * d, 0, vocab).toArray();
        }
        return docs;
    }

    static double[] nll(Scorer scorer, int[][] docs) {
        List<DocScore> scores = scorer.score(docs, ScoreOptions.defaults(32));
        return scores.stream().mapToDouble(s -> s.nllNats() / s.tokensScored()).toArray();
    }

    @Test
    void autoPicksBf16ProductsForBf16WeightsWhereTheCpuHasThem() throws Exception {
        Qwen2Config shape = Qwen2Config.shape(64, 2, 4, 2, 128, 320);
        Path bf16 = dir.resolve("bf16");
        Path f32 = dir.resolve("f32");
        EngineCommand.write(bf16, shape, 11, DType.BF16, false, null);
        EngineCommand.write(f32, shape, 11, DType.F32, false, null);
        Qwen2Model bfModel = Qwen2Model.load(bf16);
        Qwen2Model f32Model = Qwen2Model.load(f32);
        boolean available = NativeScorer.bf16ProductsFast();
        assertEquals(available, ScoreEngines.bf16Products(bfModel, ScoreSpec.COMPUTE_AUTO));
        assertTrue(!ScoreEngines.bf16Products(f32Model, ScoreSpec.COMPUTE_AUTO), "f32 weights stay f32 under auto");
        assertTrue(!ScoreEngines.bf16Products(bfModel, ScoreSpec.COMPUTE_F32));

        int[][] docs = documents(shape.vocabSize());
        double[] reference;
        double[] widened;
        try (Scorer ref = ScoreEngines.openScorer(bfModel, ScoreSpec.REFERENCE, 1, 256, ScoreSpec.COMPUTE_AUTO);
             Scorer f = ScoreEngines.openScorer(bfModel, ScoreSpec.NATIVE, 1, 256, ScoreSpec.COMPUTE_F32)) {
            reference = nll(ref, docs);
            widened = nll(f, docs);
        }
        for (int d = 0; d < docs.length; d++) {
            assertEquals(reference[d], widened[d], 1e-4, "f32 products of bf16 weights vs the f64 reference, doc " + d);
        }
        if (!available) {
            System.out.println("ScoreComputeTest: this CPU has no AMX; bf16 products under auto not checked");
            return;
        }
        double[] bf;
        try (Scorer b = ScoreEngines.openScorer(bfModel, ScoreSpec.NATIVE, 1, 256, ScoreSpec.COMPUTE_AUTO)) {
            bf = nll(b, docs);
        }
        for (int d = 0; d < docs.length; d++) {
            // activations rounded to bf16 (8 bits of mantissa): per-token NLL moves by ~1e-3..1e-2 nats
            assertEquals(reference[d], bf[d], 0.05, "bf16 products vs the f64 reference, doc " + d);
        }
        assertNotEquals(widened[0], bf[0], "auto really switched to bf16 products");
        System.out.printf("ScoreComputeTest: mean NLL per token, reference %.6f, f32 products %.6f, bf16 products %.6f%n",
                reference[0], widened[0], bf[0]);
    }

    @Test
    void computeIsCheckedWhenTheConfigIsRead() {
        ConfigException e = assertThrows(ConfigException.class, () -> new ScoreSpec("m", null, null, null, null, null,
                null, null, null, null, null, false, "fp8"));
        assertTrue(e.getMessage().contains("score.compute"), e.getMessage());
        assertEquals(ScoreSpec.COMPUTE_AUTO, ScoreSpec.defaults().compute());
    }
}
