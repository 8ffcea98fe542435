package io.taoxi.engine;

import java.util.ArrayList;
import java.util.List;

/** Marshals a checked model into the flat arrays the native open calls take, and packs windows. */
final class NativeArgs {
  final int[] ints;
  final double[] doubles;
  final String[] files;
  final int[] file;
  final int[] dtype;
  final long[] offset;
  final long[] elements;

  NativeArgs(Qwen2Model model, int threads, boolean residentF32, int vocabChunk, boolean computeBf16) {
    Qwen2Config c = model.config();
    List<Tensor> tensors = model.nativeOrder();
    List<String> names = new ArrayList<>();
    int n = tensors.size();
    file = new int[n];
    dtype = new int[n];
    offset = new long[n];
    elements = new long[n];
    for (int i = 0; i < n; i++) {
      Tensor t = tensors.get(i);
      String f = t.file().toAbsolutePath().toString();
      int idx = names.indexOf(f);
      if (idx < 0) {
        idx = names.size();
        names.add(f);
      }
      file[i] = idx;
      dtype[i] = t.dtype().nativeCode();
      offset[i] = t.offset();
      elements[i] = t.elements();
    }
    files = names.toArray(new String[0]);
    ints = new int[] {c.hiddenSize(), c.numLayers(), c.numHeads(), c.numKvHeads(), c.headDim(),
        c.intermediateSize(), c.vocabSize(), c.maxPositionEmbeddings(), threads, residentF32 ? 1 : 0,
        vocabChunk, computeBf16 ? 1 : 0};
    doubles = new double[] {c.rmsNormEps(), c.ropeTheta()};
  }

  /** One native forward pass over packed sequences; returns a status code, message in err[0]. */
  interface Pass {
    int run(int[] tokens, int[] seqLen, int[] first, float[] out, String[] err);
  }

  /** Packs windows into passes of at most batchTokens tokens (a longer window goes alone). */
  static float[][] packed(int[][] tokens, int[] first, int batchTokens, Pass pass) {
    float[][] out = new float[tokens.length][];
    int w = 0;
    while (w < tokens.length) {
      int end = w;
      int total = 0;
      while (end < tokens.length && (end == w || total + tokens[end].length <= batchTokens)) {
        total += tokens[end].length;
        end++;
      }
      int[] flat = new int[total];
      int[] len = new int[end - w];
      int[] fst = new int[end - w];
      int outCount = 0;
      int pos = 0;
      for (int k = w; k < end; k++) {
        System.arraycopy(tokens[k], 0, flat, pos, tokens[k].length);
        pos += tokens[k].length;
        len[k - w] = tokens[k].length;
        fst[k - w] = first[k];
        outCount += tokens[k].length - first[k];
      }
      float[] res = new float[outCount];
      String[] err = new String[1];
      int rc = pass.run(flat, len, fst, res, err);
      if (rc != 0) {
        throw new EngineException(EngineException.Category.NATIVE,
            "native scoring failed (code " + rc + "): " + err[0]);
      }
      int at = 0;
      for (int k = w; k < end; k++) {
        int m = tokens[k].length - first[k];
        out[k] = new float[m];
        System.arraycopy(res, at, out[k], 0, m);
        at += m;
      }
      w = end;
    }
    return out;
  }
}
