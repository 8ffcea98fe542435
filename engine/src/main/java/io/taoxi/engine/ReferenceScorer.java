package io.taoxi.engine;

/**
 * The pure-Java Qwen2 forward pass: slow, obvious, and the oracle the native paths must match. It follows
 * transformers' {@code modeling_qwen2.py}: pre-norm blocks; RMSNorm {@code w · x / sqrt(mean(x²) + eps)};
 * rotate-half RoPE over the whole head ({@code inv_freq[i] = theta^(-2i/D)}, positions from 0 in each
 * window); grouped-query causal attention (query head j reads kv head j / (heads / kv_heads)) scaled by
 * head_dim^-½ with a softmax; q/k/v biases; SwiGLU MLP {@code down(silu(gate(x)) · up(x))}; final norm;
 * lm_head; log-softmax over the whole vocabulary.
 *
 * <p>{@link Precision#F32} rounds every stored activation to float and accumulates dot products in float
 * (what an fp32 PyTorch run does, up to summation order); {@link Precision#F64} keeps everything in
 * double and is the stricter oracle. Weights are the file's values (bf16/f16 widened exactly).
 *
 * <p>Known weakness: it holds every weight as a Java float array, so it is for small test models only
 * (each tensor under 2 GiB, and seconds per window at hidden sizes in the hundreds).
 */
public final class ReferenceScorer extends Scorer {

  /**
   * Accumulation precision of the reference. {@code F64_BF16_INPUTS} is F64 with every matrix product's
   * input vector rounded to bf16 first: the oracle for the native bf16-compute mode.
   */
  public enum Precision { F32, F64, F64_BF16_INPUTS }

  private final Precision precision;
  private final Qwen2Config c;
  private final float[] embed;
  private final float[] lmHead;
  private final float[] finalNorm;
  private final float[][][] layers;

  public ReferenceScorer(Qwen2Model model, Precision precision) {
    super(model);
    this.precision = precision;
    this.c = model.config();
    this.embed = model.tensor("model.embed_tokens.weight").toFloats();
    this.lmHead = c.tieWordEmbeddings() ? embed : model.tensor("lm_head.weight").toFloats();
    this.finalNorm = model.tensor("model.norm.weight").toFloats();
    this.layers = new float[c.numLayers()][][];
    for (int l = 0; l < c.numLayers(); l++) {
      layers[l] = new float[Qwen2Model.LAYER_TENSORS.size()][];
      for (int i = 0; i < layers[l].length; i++) {
        layers[l][i] = model.tensor("model.layers." + l + "." + Qwen2Model.LAYER_TENSORS.get(i)).toFloats();
      }
    }
  }

  @Override
  protected float[][] scoreWindows(int[][] tokens, int[] first) {
    float[][] out = new float[tokens.length][];
    for (int w = 0; w < tokens.length; w++) {
      out[w] = forward(tokens[w], first[w]);
    }
    return out;
  }

  /** log p(tokens[t] | tokens[0..t)) for t in [first, n). */
  public float[] forward(int[] tokens, int first) {
    boolean f32 = precision == Precision.F32;
    boolean bf16 = precision == Precision.F64_BF16_INPUTS;
    int n = tokens.length;
    int hidden = c.hiddenSize();
    int d = c.headDim();
    int qDim = c.numHeads() * d;
    int kvDim = c.numKvHeads() * d;
    int inter = c.intermediateSize();
    double[][] x = new double[n][];
    for (int i = 0; i < n; i++) {
      x[i] = new double[hidden];
      for (int k = 0; k < hidden; k++) {
        x[i][k] = embed[tokens[i] * hidden + k];
      }
    }
    double[][] cos = new double[n][];
    double[][] sin = new double[n][];
    ropeTable(n, d, c.ropeTheta(), f32, cos, sin);
    for (float[][] w : layers) {
      double[][] q = new double[n][];
      double[][] k = new double[n][];
      double[][] v = new double[n][];
      for (int i = 0; i < n; i++) {
        double[] h = rmsNorm(x[i], w[0], c.rmsNormEps(), f32);
        double[] hb = bf16 ? bf16(h) : h;
        q[i] = linear(w[1], w[2], hb, qDim, f32);
        k[i] = linear(w[3], w[4], hb, kvDim, f32);
        v[i] = linear(w[5], w[6], hb, kvDim, f32);
        for (int head = 0; head < c.numHeads(); head++) {
          rope(q[i], head * d, d, cos[i], sin[i], f32);
        }
        for (int head = 0; head < c.numKvHeads(); head++) {
          rope(k[i], head * d, d, cos[i], sin[i], f32);
        }
      }
      double[][] attn = attention(q, k, v, c.numHeads(), c.numKvHeads(), d, f32);
      for (int i = 0; i < n; i++) {
        addInPlace(x[i], linear(w[7], null, bf16 ? bf16(attn[i]) : attn[i], hidden, f32), f32);
        double[] h = rmsNorm(x[i], w[8], c.rmsNormEps(), f32);
        double[] hb = bf16 ? bf16(h) : h;
        double[] g = linear(w[9], null, hb, inter, f32);
        double[] u = linear(w[10], null, hb, inter, f32);
        double[] a = swiglu(g, u, f32);
        addInPlace(x[i], linear(w[11], null, bf16 ? bf16(a) : a, hidden, f32), f32);
      }
    }
    float[] out = new float[n - first];
    for (int t = first; t < n; t++) {
      double[] h = rmsNorm(x[t - 1], finalNorm, c.rmsNormEps(), f32);
      double[] logits = linear(lmHead, null, bf16 ? bf16(h) : h, c.vocabSize(), f32);
      out[t - first] = (float) logSoftmaxAt(logits, tokens[t], f32);
    }
    return out;
  }

  /** Each element rounded (via float) to the nearest bf16. */
  static double[] bf16(double[] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = DType.BF16.round((float) x[i]);
    }
    return out;
  }

  static double r(double v, boolean f32) {
    return f32 ? (float) v : v;
  }

  /** {@code w ⊙ x / sqrt(mean(x²) + eps)}; HF computes the variance and the scaling in fp32. */
  static double[] rmsNorm(double[] x, float[] w, double eps, boolean f32) {
    double ss = 0;
    float ssf = 0;
    for (double v : x) {
      ss += v * v;
      ssf += (float) v * (float) v;
    }
    double inv = f32 ? (float) (1.0 / Math.sqrt((float) (ssf / x.length) + (float) eps))
        : 1.0 / Math.sqrt(ss / x.length + eps);
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = r(w[i] * r(x[i] * inv, f32), f32);
    }
    return out;
  }

  /** {@code W x + b} with W [rows, x.length] row-major; b may be null. */
  static double[] linear(float[] w, float[] b, double[] x, int rows, boolean f32) {
    int cols = x.length;
    double[] y = new double[rows];
    for (int o = 0; o < rows; o++) {
      int base = o * cols;
      if (f32) {
        float s = 0;
        for (int i = 0; i < cols; i++) {
          s += w[base + i] * (float) x[i];
        }
        y[o] = b == null ? s : (float) (s + b[o]);
      } else {
        double s = 0;
        for (int i = 0; i < cols; i++) {
          s += w[base + i] * x[i];
        }
        y[o] = b == null ? s : s + b[o];
      }
    }
    return y;
  }

  /**
   * cos/sin of position × inv_freq for i &lt; D/2. The f32 form reproduces PyTorch's fp32 arithmetic:
   * {@code inv_freq = 1 / theta^(2i/D)} in float, the product in float, cos/sin of that float.
   */
  static void ropeTable(int n, int d, double theta, boolean f32, double[][] cos, double[][] sin) {
    int half = d / 2;
    double[] inv = new double[half];
    for (int i = 0; i < half; i++) {
      inv[i] = f32 ? (float) (1.0f / (float) Math.pow(theta, (float) (2 * i) / d))
          : 1.0 / Math.pow(theta, (2.0 * i) / d);
    }
    for (int p = 0; p < n; p++) {
      cos[p] = new double[half];
      sin[p] = new double[half];
      for (int i = 0; i < half; i++) {
        double angle = r(p * inv[i], f32);
        cos[p][i] = r(Math.cos(angle), f32);
        sin[p][i] = r(Math.sin(angle), f32);
      }
    }
  }

  /** Rotate-half RoPE on v[off .. off+d): (a, b) → (a cos − b sin, b cos + a sin) for a = v[i], b = v[i+d/2]. */
  static void rope(double[] v, int off, int d, double[] cos, double[] sin, boolean f32) {
    int half = d / 2;
    for (int i = 0; i < half; i++) {
      double a = v[off + i];
      double b = v[off + i + half];
      v[off + i] = r(r(a * cos[i], f32) - r(b * sin[i], f32), f32);
      v[off + i + half] = r(r(b * cos[i], f32) + r(a * sin[i], f32), f32);
    }
  }

  /** Causal grouped-query attention; q [n][heads·d], k and v [n][kvHeads·d]; returns [n][heads·d]. */
  static double[][] attention(double[][] q, double[][] k, double[][] v, int heads, int kvHeads, int d,
      boolean f32) {
    int n = q.length;
    int group = heads / kvHeads;
    double scale = f32 ? (float) Math.pow(d, -0.5) : Math.pow(d, -0.5);
    double[][] out = new double[n][heads * d];
    for (int h = 0; h < heads; h++) {
      int g = h / group;
      for (int i = 0; i < n; i++) {
        double[] s = new double[i + 1];
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j <= i; j++) {
          double dot = 0;
          float dotf = 0;
          for (int t = 0; t < d; t++) {
            dot += q[i][h * d + t] * k[j][g * d + t];
            dotf += (float) q[i][h * d + t] * (float) k[j][g * d + t];
          }
          s[j] = f32 ? (float) (dotf * (float) scale) : dot * scale;
          max = Math.max(max, s[j]);
        }
        double sum = 0;
        for (int j = 0; j <= i; j++) {
          s[j] = r(Math.exp(s[j] - max), f32);
          sum = r(sum + s[j], f32);
        }
        for (int t = 0; t < d; t++) {
          double acc = 0;
          for (int j = 0; j <= i; j++) {
            acc = r(acc + r(s[j] / sum, f32) * v[j][g * d + t], f32);
          }
          out[i][h * d + t] = acc;
        }
      }
    }
    return out;
  }

  /** silu(g) · u with silu(z) = z / (1 + e^−z). */
  static double[] swiglu(double[] g, double[] u, boolean f32) {
    double[] out = new double[g.length];
    for (int i = 0; i < g.length; i++) {
      out[i] = r(r(g[i] / (1 + Math.exp(-g[i])), f32) * u[i], f32);
    }
    return out;
  }

  /** logits[target] − logsumexp(logits), the sum taken with the maximum subtracted. */
  static double logSoftmaxAt(double[] logits, int target, boolean f32) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : logits) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (double v : logits) {
      sum += Math.exp(v - max);
    }
    return r(logits[target] - max - Math.log(sum), f32);
  }

  private static void addInPlace(double[] x, double[] y, boolean f32) {
    for (int i = 0; i < x.length; i++) {
      x[i] = r(x[i] + y[i], f32);
    }
  }
}
