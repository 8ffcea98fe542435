package io.taoxi.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a GPU and the CUDA library exist, the CUDA scorer must match the Java oracle (f32 weights, fp32
 * products: tolerance 1e-3 nats); everywhere else opening it must be an EngineException, never a crash.
 */
class CudaScorerTest {

  @Test
  void matchesReferenceOrFailsCleanly(@TempDir Path dir) {
    Qwen2Config shape = Qwen2Config.shape(56, 2, 7, 1, 96, 300).withMaxPositionEmbeddings(48);
    TestModels.write(dir, shape, 5, DType.F32, true);
    Qwen2Model model = Qwen2Model.load(dir);
    CudaScorer cuda;
    try {
      cuda = CudaScorer.open(model, new CudaScorer.Options(0, 128, 100));
    } catch (EngineException e) {
      assertEquals(EngineException.Category.NATIVE, e.category());
      assertNotNull(e.getMessage());
      System.out.println("CUDA path unavailable here (expected without a GPU): " + e.getMessage());
      return;
    }
    int[][] docs = NativeScorerTest.docs(3, 300, 70, 12, 40);
    ScoreOptions o = new ScoreOptions(48, 16, true, true);
    List<DocScore> want;
    try (ReferenceScorer ref = new ReferenceScorer(model, ReferenceScorer.Precision.F64)) {
      want = ref.score(docs, o);
    }
    List<DocScore> got;
    try (CudaScorer c = cuda) {
      got = c.score(docs, o);
    }
    double max = 0;
    for (int d = 0; d < docs.length; d++) {
      for (int i = 0; i < want.get(d).tokensScored(); i++) {
        max = Math.max(max, Math.abs(want.get(d).logProbs()[i] - got.get(d).logProbs()[i]));
      }
    }
    System.out.printf("CUDA vs reference F64: max abs log-prob difference %.3g%n", max);
    assertTrue(max < 1e-3, "max " + max);
  }
}
