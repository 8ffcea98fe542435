package io.taoxi.engine;

/**
 * The CUDA scorer: same contract as {@link NativeScorer} on one GPU ({@code libtaoxi_engine_cuda}, built
 * where nvcc exists). Weights are uploaded in their file dtype; products use cuBLAS with fp32
 * accumulation. Status: compiles; it has not run yet (no GPU was available) — bench/gpu-check.sh is its
 * first check against the CPU path and transformers.
 */
public final class CudaScorer extends Scorer {

  /**
   * @param device CUDA device ordinal
   * @param vocabChunk vocabulary rows per fused lm_head + log-softmax step
   * @param batchTokens most tokens packed into one forward pass
   */
  public record Options(int device, int vocabChunk, int batchTokens) {
    public Options {
      if (device < 0 || vocabChunk < 1 || batchTokens < 1) {
        throw new EngineException(EngineException.Category.INPUT, "invalid CUDA options: device " + device
            + ", vocabChunk " + vocabChunk + ", batchTokens " + batchTokens);
      }
    }

    public static Options defaults() {
      return new Options(0, 32768, 16384);
    }
  }

  private final Options options;
  private long handle;

  private CudaScorer(Qwen2Model model, Options options, long handle) {
    super(model);
    this.options = options;
    this.handle = handle;
  }

  public static CudaScorer open(Qwen2Model model, Options options) {
    NativeLibrary.loadCuda();
    NativeArgs a = new NativeArgs(model, 0, false, options.vocabChunk(), false);
    long[] handleOut = new long[1];
    String[] err = new String[1];
    int rc = nativeOpen(a.ints, a.doubles, a.files, a.file, a.dtype, a.offset, a.elements, options.device(),
        handleOut, err);
    if (rc != 0) {
      throw new EngineException(EngineException.Category.NATIVE,
          model.directory() + ": CUDA engine failed to open (code " + rc + "): " + err[0]);
    }
    return new CudaScorer(model, options, handleOut[0]);
  }

  @Override
  protected synchronized float[][] scoreWindows(int[][] tokens, int[] first) {
    if (handle == 0) {
      throw new EngineException(EngineException.Category.STATE, "CudaScorer is closed");
    }
    return NativeArgs.packed(tokens, first, options.batchTokens(), (flat, len, fst, res, err) ->
        nativeScore(handle, flat, len, fst, res, err));
  }

  @Override
  public synchronized void close() {
    if (handle != 0) {
      nativeClose(handle);
      handle = 0;
    }
  }

  private static native int nativeOpen(int[] ints, double[] doubles, String[] files, int[] tensorFile,
      int[] tensorDtype, long[] tensorOffset, long[] tensorElements, int device, long[] handleOut,
      String[] errorOut);

  private static native int nativeScore(long handle, int[] tokens, int[] seqLen, int[] first,
      float[] out, String[] errorOut);

  private static native void nativeClose(long handle);
}
