package io.taoxi.engine;

/**
 * The native CPU scorer (infrastructure around the C++ core): OpenBLAS products, OpenMP, fused kernels.
 * Holds a native handle; not for concurrent use (methods are synchronized; use one per thread for
 * parallelism). Windows are packed into forward passes of up to {@link Options#batchTokens()} tokens;
 * packed windows never attend to one another.
 */
public final class NativeScorer extends Scorer {

  /**
   * @param threads OpenMP and OpenBLAS threads (0: the runtime's default, all cores)
   * @param residentF32 convert bf16/f16 weights to f32 once at open (2× the memory of bf16) instead of
   *     per layer per forward pass
   * @param vocabChunk vocabulary rows per fused lm_head + log-softmax step
   * @param batchTokens most tokens packed into one forward pass (a longer single window goes alone)
   * @param bf16Compute bf16 models only: products as AVX512-BF16 dot products of bf16 weights with
   *     activations rounded to bf16, f32 accumulation (what a bf16 PyTorch or llama.cpp run does; looser
   *     agreement with the f32 reference, see docs/engine.md); needs a CPU with avx512_bf16
   */
  public record Options(int threads, boolean residentF32, int vocabChunk, int batchTokens,
      boolean bf16Compute) {
    public Options {
      if (threads < 0 || vocabChunk < 1 || batchTokens < 1) {
        throw new EngineException(EngineException.Category.INPUT, "invalid native options: threads "
            + threads + " (>= 0), vocabChunk " + vocabChunk + " (>= 1), batchTokens " + batchTokens
            + " (>= 1)");
      }
    }

    public static Options defaults() {
      return new Options(0, false, 4096, 4096, false);
    }

    public Options(int threads, boolean residentF32, int vocabChunk, int batchTokens) {
      this(threads, residentF32, vocabChunk, batchTokens, false);
    }

    public Options withBf16Compute(boolean on) {
      return new Options(threads, residentF32, vocabChunk, batchTokens, on);
    }
  }

  private final Options options;
  private long handle;

  private NativeScorer(Qwen2Model model, Options options, long handle) {
    super(model);
    this.options = options;
    this.handle = handle;
  }

  public static NativeScorer open(Qwen2Model model) {
    return open(model, Options.defaults());
  }

  public static NativeScorer open(Qwen2Model model, Options options) {
    NativeLibrary.load();
    NativeArgs a = new NativeArgs(model, options.threads(), options.residentF32(), options.vocabChunk(),
        options.bf16Compute());
    long[] handleOut = new long[1];
    String[] err = new String[1];
    int rc = nativeOpen(a.ints, a.doubles, a.files, a.file, a.dtype, a.offset, a.elements, handleOut, err);
    if (rc != 0) {
      throw new EngineException(EngineException.Category.NATIVE,
          model.directory() + ": native engine failed to open (code " + rc + "): " + err[0]);
    }
    return new NativeScorer(model, options, handleOut[0]);
  }

  /** Library version, CPU features in use and the OpenBLAS core (for benchmark reports). */
  public static String info() {
    NativeLibrary.load();
    return nativeInfo();
  }

  /**
   * Whether bf16 products ({@link Options#bf16Compute()}) are faster than f32 OpenBLAS on this CPU: only
   * with AMX (the AVX512-BF16 kernel is a correctness fallback at ~0.6× sgemm, docs/engine.md).
   */
  public static boolean bf16ProductsFast() {
    return info().contains("bf16 products via AMX");
  }

  /** GFLOP/s of an n×n×n OpenBLAS sgemm on this machine with the library's threads (benchmarks). */

  public static double sgemmGflops(int n, int reps) {
    NativeLibrary.load();
    return nativeSgemmGflops(n, reps);
  }

  public Options options() {
    return options;
  }

  @Override
  protected synchronized float[][] scoreWindows(int[][] tokens, int[] first) {
    if (handle == 0) {
      throw new EngineException(EngineException.Category.STATE, "NativeScorer is closed");
    }
    return NativeArgs.packed(tokens, first, options.batchTokens(), (flat, len, fst, res, err) ->
        nativeScore(handle, flat, len, fst, res, err));
  }

  public synchronized boolean isClosed() {
    return handle == 0;
  }

  @Override
  public synchronized void close() {
    if (handle != 0) {
      nativeClose(handle);
      handle = 0;
    }
  }

  private static native int nativeOpen(int[] ints, double[] doubles, String[] files, int[] tensorFile,
      int[] tensorDtype, long[] tensorOffset, long[] tensorElements, long[] handleOut, String[] errorOut);

  private static native int nativeScore(long handle, int[] tokens, int[] seqLen, int[] first,
      float[] out, String[] errorOut);

  private static native void nativeClose(long handle);

  private static native String nativeInfo();

  private static native double nativeSgemmGflops(int n, int reps);
}
