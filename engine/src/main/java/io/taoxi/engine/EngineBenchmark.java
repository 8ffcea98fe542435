package io.taoxi.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * CPU throughput of the native scorer on a random Qwen2 directory (run by bench/engine-cpu.sh).
 * Prints tokens scored per second, the model FLOPs per token, achieved GFLOP/s, and the ratio to a
 * measured OpenBLAS sgemm rate and to a stated peak.
 *
 * <p>Arguments: MODEL_DIR DOCS DOC_TOKENS BATCH_TOKENS THREADS RESIDENT(true|false) PEAK_GFLOPS [PEER_TOK_S]
 * [BF16_COMPUTE(true|false)]
 */
public final class EngineBenchmark {
  private EngineBenchmark() {}

  public static void main(String[] args) {
    Path dir = Paths.get(args[0]);
    int docs = Integer.parseInt(args[1]);
    int docTokens = Integer.parseInt(args[2]);
    int batch = Integer.parseInt(args[3]);
    int threads = Integer.parseInt(args[4]);
    boolean resident = Boolean.parseBoolean(args[5]);
    double peak = Double.parseDouble(args[6]);
    double peer = args.length > 7 ? Double.parseDouble(args[7]) : Double.NaN;
    boolean bf16 = args.length > 8 && Boolean.parseBoolean(args[8]);
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + " is not a model directory");
    }
    Qwen2Model model = Qwen2Model.load(dir);
    Qwen2Config c = model.config();
    SplittableRandom r = new SplittableRandom(2024);
    int[][] input = new int[docs][];
    for (int d = 0; d < docs; d++) {
      input[d] = r.ints(docTokens, 0, Math.min(c.vocabSize(), 151643)).toArray();
    }
    // every position scored: <|endoftext|> prepended and one window covers the document
    ScoreOptions options = new ScoreOptions(docTokens + 1, docTokens + 1, true, false);
    NativeScorer.Options nopts = new NativeScorer.Options(threads, resident, 4096, batch, bf16);
    long t0 = System.nanoTime();
    try (NativeScorer s = NativeScorer.open(model, nopts)) {
      double openSeconds = (System.nanoTime() - t0) / 1e9;
      System.out.println("native: " + NativeScorer.info());
      double sgemmBefore = NativeScorer.sgemmGflops(2048, 5);
      int warm = Math.max(1, Math.min(docs, batch / (docTokens + 1)));
      s.score(java.util.Arrays.copyOf(input, warm), options);
      long t1 = System.nanoTime();
      List<DocScore> out = s.score(input, options);
      double seconds = (System.nanoTime() - t1) / 1e9;
      long tokens = out.stream().mapToLong(DocScore::tokensScored).sum();
      double tps = tokens / seconds;
      double flopsPerToken = flopsPerToken(c, docTokens + 1);
      double gflops = tps * flopsPerToken / 1e9;
      double sgemmAfter = NativeScorer.sgemmGflops(2048, 5);
      // the machine may be shared: the sgemm rate is measured before and after and averaged
      double sgemm = (sgemmBefore + sgemmAfter) / 2;
      System.out.printf(Locale.ROOT, "dtype=%s bf16_compute=%s resident_f32=%s threads=%d docs=%d doc_tokens=%d batch_tokens=%d"
          + " open_s=%.1f%n", model.dtype(), bf16, resident, threads, docs, docTokens, batch, openSeconds);
      System.out.printf(Locale.ROOT, "tokens_scored=%d seconds=%.2f tokens_per_s=%.1f mean_nll=%.3f%n", tokens,
          seconds, tps, out.stream().mapToDouble(DocScore::nllNats).sum() / tokens);
      System.out.printf(Locale.ROOT, "model_flops_per_token=%.4g achieved_gflops=%.1f sgemm2048_gflops=%.1f (before %.1f, after %.1f)"
          + " share_of_sgemm=%.2f share_of_peak(%.1f)=%.2f%n", flopsPerToken, gflops, sgemm, sgemmBefore, sgemmAfter, gflops / sgemm,
          peak, gflops / peak);
      if (!Double.isNaN(peer)) {
        System.out.printf(Locale.ROOT, "ratio_to_llama.cpp(%.0f tok/s)=%.2f%n", peer, tps / peer);
      }
    }
  }

  /** Matrix-product FLOPs per token (projections, MLP, lm_head) plus causal attention at length n. */
  static double flopsPerToken(Qwen2Config c, int n) {
    double h = c.hiddenSize();
    double q = (double) c.numHeads() * c.headDim();
    double kv = (double) c.numKvHeads() * c.headDim();
    double perLayer = 2 * h * (q + 2 * kv) + 2 * q * h + 6 * h * c.intermediateSize();
    double attention = 2 * 2 * ((n + 1) / 2.0) * q; // QK^T and PV over the average causal context
    return c.numLayers() * (perLayer + attention) + 2 * h * c.vocabSize();
  }
}
