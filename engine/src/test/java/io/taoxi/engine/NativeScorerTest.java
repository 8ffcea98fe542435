package io.taoxi.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The native CPU scorer against the Java oracle (ReferenceScorer, F64). Tolerance: the largest absolute
 * difference of any per-token log-probability must stay under {@value #TOLERANCE} nats (the native path
 * computes in f32 with a different summation order, a polynomial exp and fp32 RoPE angles).
 */
class NativeScorerTest {
  static final double TOLERANCE = 1e-4;

  @BeforeAll
  static void library() {
    assumeFalse(Boolean.getBoolean("taoxi.skipNative"), "built with -DskipNative");
    NativeLibrary.load(); // must load when the native build ran: fail loudly otherwise
    System.out.println("native: " + NativeScorer.info());
  }

  static int[][] docs(long seed, int vocab, int... lengths) {
    SplittableRandom r = new SplittableRandom(seed);
    int[][] out = new int[lengths.length][];
    for (int i = 0; i < lengths.length; i++) {
      out[i] = r.ints(lengths[i], 0, vocab).toArray();
    }
    return out;
  }

  private static double compare(String label, Path dir, Qwen2Config shape, DType dtype, boolean untied,
      int shards, ScoreOptions options, NativeScorer.Options nativeOptions, int... lengths) {
    return compare(label, dir, shape, dtype, untied, shards, options, nativeOptions, TOLERANCE, lengths);
  }

  private static double compare(String label, Path dir, Qwen2Config shape, DType dtype, boolean untied,
      int shards, ScoreOptions options, NativeScorer.Options nativeOptions, double tolerance,
      int... lengths) {
    TestModels.write(dir, shape, 7, dtype, untied, shards);
    Qwen2Model model = Qwen2Model.load(dir);
    int[][] docs = docs(11, shape.vocabSize(), lengths);
    ScoreOptions o = options.withPerTokenLogProbs(true);
    List<DocScore> want;
    List<DocScore> f32;
    ReferenceScorer.Precision oracle = nativeOptions.bf16Compute()
        ? ReferenceScorer.Precision.F64_BF16_INPUTS : ReferenceScorer.Precision.F64;
    try (ReferenceScorer ref = new ReferenceScorer(model, oracle);
        ReferenceScorer ref32 = new ReferenceScorer(model, ReferenceScorer.Precision.F32)) {
      want = ref.score(docs, o);
      f32 = ref32.score(docs, o);
    }
    List<DocScore> got;
    try (NativeScorer nat = NativeScorer.open(model, nativeOptions)) {
      got = nat.score(docs, o);
    }
    double max = 0;
    double max32 = 0;
    for (int d = 0; d < docs.length; d++) {
      assertEquals(want.get(d).tokensScored(), got.get(d).tokensScored());
      float[] a = want.get(d).logProbs();
      float[] b = got.get(d).logProbs();
      for (int i = 0; i < a.length; i++) {
        max = Math.max(max, Math.abs(a[i] - b[i]));
        max32 = Math.max(max32, Math.abs(a[i] - f32.get(d).logProbs()[i]));
      }
    }
    System.out.printf("%-40s max |native - reference %s| = %.3g nats, |reference F32 - that| = %.3g%n",
        label, oracle, max, max32);
    assertTrue(max < tolerance, label + ": max abs log-prob difference " + max);
    return max;
  }

  @Test
  void gqaSevenToOneTiedF32(@TempDir Path dir) {
    compare("7:1 tied f32", dir, Qwen2Config.shape(56, 2, 7, 1, 96, 300), DType.F32, false, 1,
        new ScoreOptions(64, 32, true, false), NativeScorer.Options.defaults(), 40, 17, 1, 0, 64);
  }

  /** 7 × 1700² scores exceed the grouped block: the head-by-head path in 512-query blocks runs. */
  @Test
  void longSequenceTakesTheBlockedAttentionPath(@TempDir Path dir) {
    compare("7:1 f32, 1700-token window (blocked)", dir,
        Qwen2Config.shape(56, 1, 7, 1, 64, 300).withMaxPositionEmbeddings(2048), DType.F32, false, 1,
        new ScoreOptions(1701, 1701, true, false), NativeScorer.Options.defaults(), 1700);
  }

  /**
   * Grouped attention goes in causal blocks of 128 query positions: documents of 300 (three blocks, the
   * last partial), 129 (a block of one) and 128 tokens (exactly one), packed with a short one.
   */
  @Test
  void groupedAttentionAcrossCausalBlocks(@TempDir Path dir) {
    compare("7:1 f32, causal blocks 300/129/128/5", dir,
        Qwen2Config.shape(56, 1, 7, 1, 64, 300).withMaxPositionEmbeddings(512), DType.F32, false, 1,
        new ScoreOptions(301, 301, true, false), NativeScorer.Options.defaults(), 300, 129, 128, 5);
  }

  @Test
  void gqaSixToOneUntiedBf16(@TempDir Path dir) {
    compare("6:1 untied bf16", dir, Qwen2Config.shape(48, 2, 6, 1, 80, 257), DType.BF16, true, 1,
        new ScoreOptions(64, 64, false, false), NativeScorer.Options.defaults(), 50, 33);
  }

  @Test
  void windowsLongerThanContextF16Sharded(@TempDir Path dir) {
    Qwen2Config shape = Qwen2Config.shape(64, 3, 4, 2, 128, 500).withMaxPositionEmbeddings(32)
        .withRopeTheta(10000);
    // documents of 90 and 75 tokens through 32-token windows with stride 12; small vocabulary chunks and
    // batches so that chunking and packing are exercised
    compare("4:2 f16 sharded, strided windows", dir, shape, DType.F16, true, 3,
        new ScoreOptions(32, 12, true, false), new NativeScorer.Options(2, false, 97, 70), 90, 75);
  }

  @Test
  void residentConversionMatches(@TempDir Path dir) {
    compare("resident f32 copy of bf16, tied", dir, Qwen2Config.shape(32, 1, 4, 4, 64, 1000),
        DType.BF16, false, 1, new ScoreOptions(40, 20, true, false),
        new NativeScorer.Options(1, true, 300, 4096), 60, 5);
  }

  /**
   * bf16 compute rounds every product's input to bf16 (8 significant bits); its oracle is the reference
   * with the same rounding (F64_BF16_INPUTS). A value lying near a bf16 rounding boundary can round the
   * other way after f32-vs-f64 differences upstream, so the tolerance is {@value #BF16_TOLERANCE} nats.
   * Odd sizes (hidden 40, vocab 333, intermediate 72) exercise the panel edges; skipped without AVX512-BF16.
   */
  static final double BF16_TOLERANCE = 1e-2;

  @Test
  void bf16ComputeStaysCloseToTheReference(@TempDir Path dir) {
    assumeFalse(NativeScorer.info().contains("bf16 products via (unavailable)"), "no AMX/AVX512-BF16");
    compare("bf16 compute, 5:1 untied, odd sizes", dir, Qwen2Config.shape(40, 2, 5, 1, 72, 333), DType.BF16,
        true, 1, new ScoreOptions(64, 32, true, false),
        new NativeScorer.Options(2, false, 100, 60, true), BF16_TOLERANCE, 70, 13, 1, 40);
  }

  /** f16 weights are rounded to bf16 when packed: compared with the plain F64 reference, loosely. */
  @Test
  void bf16ComputeOnF16Weights(@TempDir Path dir) {
    assumeFalse(NativeScorer.info().contains("bf16 products via (unavailable)"), "no AMX/AVX512-BF16");
    compare("4:1 f16, f32 products", dir, Qwen2Config.shape(64, 2, 8, 2, 128, 1000),
        DType.F16, false, 1, new ScoreOptions(128, 64, true, false),
        new NativeScorer.Options(2, false, 256, 300, false), TOLERANCE, 100, 7);
    double max = compareLoosely(dir);
    assertTrue(max < 0.05, "bf16 compute on f16 weights: " + max);
  }

  private static double compareLoosely(Path dir) {
    Qwen2Model model = Qwen2Model.load(dir);
    int[][] docs = docs(11, model.config().vocabSize(), 100, 7);
    ScoreOptions o = new ScoreOptions(128, 64, true, true);
    List<DocScore> want;
    try (ReferenceScorer ref = new ReferenceScorer(model, ReferenceScorer.Precision.F64)) {
      want = ref.score(docs, o);
    }
    List<DocScore> got;
    try (NativeScorer nat = NativeScorer.open(model, new NativeScorer.Options(2, false, 256, 300, true))) {
      got = nat.score(docs, o);
    }
    double max = 0;
    for (int d = 0; d < docs.length; d++) {
      for (int i = 0; i < want.get(d).tokensScored(); i++) {
        max = Math.max(max, Math.abs(want.get(d).logProbs()[i] - got.get(d).logProbs()[i]));
      }
    }
    System.out.printf("%-40s max |native - reference F64| = %.3g nats%n", "bf16 compute on f16 weights", max);
    return max;
  }

  @Test
  void packingDoesNotLeakAcrossDocuments(@TempDir Path dir) {
    Qwen2Config shape = Qwen2Config.shape(32, 2, 4, 2, 64, 200);
    TestModels.write(dir, shape, 3, DType.F32, false);
    Qwen2Model model = Qwen2Model.load(dir);
    int[][] docs = docs(5, 200, 30, 20, 25);
    ScoreOptions o = new ScoreOptions(64, 32, true, true);
    try (NativeScorer packed = NativeScorer.open(model, new NativeScorer.Options(0, false, 64, 4096));
        NativeScorer single = NativeScorer.open(model, new NativeScorer.Options(0, false, 64, 1))) {
      List<DocScore> a = packed.score(docs, o);
      List<DocScore> b = single.score(docs, o);
      for (int d = 0; d < docs.length; d++) {
        assertArrayEquals(b.get(d).logProbs(), a.get(d).logProbs(), 1e-5f);
      }
    }
  }

  @Test
  void badInputsAndMisuseAreExceptionsAndTheJvmSurvives(@TempDir Path dir) throws Exception {
    Qwen2Config shape = Qwen2Config.shape(32, 1, 4, 1, 64, 100);
    TestModels.write(dir, shape, 1, DType.BF16, false);
    Qwen2Model model = Qwen2Model.load(dir);
    NativeScorer s = NativeScorer.open(model);
    EngineException e = assertThrows(EngineException.class,
        () -> s.score(new int[][] {{1, 2, 100}}, ScoreOptions.defaults(16)));
    assertEquals(EngineException.Category.INPUT, e.category());
    assertThrows(EngineException.class, () -> s.score(new int[][] {{1, -1}}, ScoreOptions.defaults(16)));
    s.close();
    s.close(); // idempotent
    e = assertThrows(EngineException.class, () -> s.score(new int[][] {{1, 2}}, ScoreOptions.defaults(16)));
    assertEquals(EngineException.Category.STATE, e.category());
    // the file shrinks after Java checked it: the native side checks sizes again before mapping
    try (RandomAccessFile f = new RandomAccessFile(dir.resolve("model.safetensors").toFile(), "rw")) {
      f.setLength(f.length() / 2);
    }
    e = assertThrows(EngineException.class, () -> NativeScorer.open(model));
    assertEquals(EngineException.Category.NATIVE, e.category());
    assertTrue(e.getMessage().contains("needs bytes"), e.getMessage());
    // and a fresh, valid model still scores in this JVM
    Path ok = dir.resolve("ok");
    TestModels.write(ok, shape, 1, DType.F32, false);
    try (NativeScorer again = NativeScorer.open(Qwen2Model.load(ok))) {
      DocScore d = again.score(new int[][] {{1, 2, 3}}, new long[] {3}, ScoreOptions.defaults(16)).get(0);
      assertEquals(3, d.tokensScored());
      assertTrue(d.perplexity() > 1 && Double.isFinite(d.bitsPerByte()));
    }
  }
}
