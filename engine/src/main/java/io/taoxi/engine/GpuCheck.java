package io.taoxi.engine;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The Java half of bench/gpu-check.sh (run on a machine with a GPU).
 * <ul>
 *   <li>{@code small MODEL OUT.jsonl}: four documents through the Java reference (F64) and the CUDA path;
 *       prints the max abs log-prob difference and writes tokens + both log-prob lists for transformers.</li>
 *   <li>{@code speed MODEL DOCS OUT.jsonl [PEAK_TFLOPS]}: DOCS 512-token documents, every token scored, through
 *       the CUDA path (and the CPU path on the first two when its library loads); prints tokens/s and model
 *       FLOPs utilisation; writes the first two documents' tokens and log-probs.</li>
 * </ul>
 */
public final class GpuCheck {
  private GpuCheck() {}

  public static void main(String[] args) throws IOException {
    Path model = Paths.get(args[1]);
    Path out = Paths.get(args[args[0].equals("small") ? 2 : 3]);
    Qwen2Model m = Qwen2Model.load(model);
    if (args[0].equals("small")) {
      small(m, out);
    } else {
      speed(m, Integer.parseInt(args[2]), out, args.length > 4 ? Double.parseDouble(args[4]) : 989.5);
    }
  }

  private static int[][] docs(int vocab, long seed, int... lengths) {
    SplittableRandom r = new SplittableRandom(seed);
    int[][] d = new int[lengths.length][];
    for (int i = 0; i < lengths.length; i++) {
      d[i] = r.ints(lengths[i], 0, Math.min(vocab, 151643)).toArray();
    }
    return d;
  }

  private static void small(Qwen2Model m, Path out) throws IOException {
    int[][] docs = docs(m.config().vocabSize(), 7, 100, 37, 200, 64);
    ScoreOptions o = new ScoreOptions(256, 256, true, true);
    List<DocScore> ref;
    try (ReferenceScorer r = new ReferenceScorer(m, ReferenceScorer.Precision.F64)) {
      ref = r.score(docs, o);
    }
    List<DocScore> cuda;
    try (CudaScorer c = CudaScorer.open(m, CudaScorer.Options.defaults())) {
      cuda = c.score(docs, o);
    }
    System.out.printf(Locale.ROOT, "small model: max |cuda - java reference F64| = %.3g nats%n",
        maxDiff(ref, cuda));
    write(out, m, docs, ref, cuda, "reference", "cuda");
  }

  private static void speed(Qwen2Model m, int n, Path out, double peakTflops) throws IOException {
    int[][] docs = docs(m.config().vocabSize(), 11, repeat(512, n));
    ScoreOptions o = new ScoreOptions(513, 513, true, false);
    try (CudaScorer c = CudaScorer.open(m, CudaScorer.Options.defaults())) {
      c.score(Arrays.copyOf(docs, Math.min(n, 8)), o);
      long t0 = System.nanoTime();
      List<DocScore> s = c.score(docs, o);
      double sec = (System.nanoTime() - t0) / 1e9;
      long tokens = s.stream().mapToLong(DocScore::tokensScored).sum();
      double tps = tokens / sec;
      double flops = EngineBenchmark.flopsPerToken(m.config(), 513);
      System.out.printf(Locale.ROOT, "cuda %s: %d tokens in %.2f s = %.0f tokens/s; %.3g FLOP/token; "
          + "%.1f TFLOP/s = %.1f %% MFU of %.1f TFLOP/s%n", m.dtype(), tokens, sec, tps, flops,
          tps * flops / 1e12, 100 * tps * flops / 1e12 / peakTflops, peakTflops);
      int[][] two = Arrays.copyOf(docs, 2);
      ScoreOptions per = o.withPerTokenLogProbs(true);
      List<DocScore> cudaTwo = c.score(two, per);
      List<DocScore> cpuTwo = null;
      try (NativeScorer cpu = NativeScorer.open(m)) {
        cpuTwo = cpu.score(two, per);
        System.out.printf(Locale.ROOT, "0.5B-shaped %s: max |cuda - cpu| = %.3g nats%n", m.dtype(),
            maxDiff(cpuTwo, cudaTwo));
      } catch (EngineException e) {
        System.out.println("CPU path not available here: " + e.getMessage());
      }
      write(out, m, two, cudaTwo, cpuTwo, "cuda", "cpu");
    }
  }

  private static int[] repeat(int v, int n) {
    int[] a = new int[n];
    Arrays.fill(a, v);
    return a;
  }

  private static double maxDiff(List<DocScore> a, List<DocScore> b) {
    double max = 0;
    for (int d = 0; d < a.size(); d++) {
      for (int i = 0; i < a.get(d).tokensScored(); i++) {
        max = Math.max(max, Math.abs(a.get(d).logProbs()[i] - b.get(d).logProbs()[i]));
      }
    }
    return max;
  }

  private static void write(Path out, Qwen2Model m, int[][] docs, List<DocScore> a, List<DocScore> b,
      String an, String bn) throws IOException {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      for (int d = 0; d < docs.length; d++) {
        int[] seq = new int[docs[d].length + 1];
        seq[0] = m.config().endOfTextTokenId();
        System.arraycopy(docs[d], 0, seq, 1, docs[d].length);
        StringBuilder sb = new StringBuilder("{\"tokens\":").append(Arrays.toString(seq));
        sb.append(",\"").append(an).append("\":").append(Arrays.toString(a.get(d).logProbs()));
        if (b != null) {
          sb.append(",\"").append(bn).append("\":").append(Arrays.toString(b.get(d).logProbs()));
        }
        w.println(sb.append('}'));
      }
    }
  }
}
