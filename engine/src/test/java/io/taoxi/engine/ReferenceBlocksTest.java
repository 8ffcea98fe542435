package io.taoxi.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference's building blocks against values worked out by hand or by independent loops. */
class ReferenceBlocksTest {

  @Test
  void rmsNormByHand() {
    // mean(x²) = (1 + 4 + 9 + 16) / 4 = 7.5; 1/sqrt(7.5 + 0.5) = 1/sqrt(8)
    double[] out = ReferenceScorer.rmsNorm(new double[] {1, 2, 3, 4}, new float[] {1, 2, 0.5f, -1}, 0.5,
        false);
    double s = 1 / Math.sqrt(8);
    assertArrayEquals(new double[] {s, 4 * s, 1.5 * s, -4 * s}, out, 1e-15);
  }

  @Test
  void ropeRotatesHalves() {
    int d = 4;
    double theta = 100;
    double[][] cos = new double[3][];
    double[][] sin = new double[3][];
    ReferenceScorer.ropeTable(3, d, theta, false, cos, sin);
    // inv_freq = [1, 100^(-1/2) = 0.1]; position 2: angles 2 and 0.2
    assertEquals(Math.cos(2), cos[2][0], 1e-15);
    assertEquals(Math.sin(0.2), sin[2][1], 1e-15);
    double[] v = {1, 2, 3, 4}; // pairs (1,3) and (2,4)
    ReferenceScorer.rope(v, 0, d, cos[2], sin[2], false);
    assertEquals(1 * Math.cos(2) - 3 * Math.sin(2), v[0], 1e-15);
    assertEquals(2 * Math.cos(0.2) - 4 * Math.sin(0.2), v[1], 1e-15);
    assertEquals(3 * Math.cos(2) + 1 * Math.sin(2), v[2], 1e-15);
    assertEquals(4 * Math.cos(0.2) + 2 * Math.sin(0.2), v[3], 1e-15);
    double[] w = {1, 2, 3, 4};
    ReferenceScorer.rope(w, 0, d, cos[0], sin[0], false);
    assertArrayEquals(new double[] {1, 2, 3, 4}, w, 0); // position 0 is the identity
  }

  @Test
  void causalGroupedAttentionByHand() {
    // two query heads share one kv head (d = 1); token 0 sees only itself, token 1 sees both.
    double[][] q = {{1, 2}, {1, -1}};
    double[][] k = {{1}, {2}};
    double[][] v = {{10}, {20}};
    double[][] out = ReferenceScorer.attention(q, k, v, 2, 1, 1, false);
    assertEquals(10, out[0][0], 1e-12);
    assertEquals(10, out[0][1], 1e-12);
    // head 0, token 1: scores 1·1, 1·2 → weights e^1, e^2
    double w1 = Math.exp(2) / (Math.exp(1) + Math.exp(2));
    assertEquals(10 * (1 - w1) + 20 * w1, out[1][0], 1e-12);
    // head 1, token 1: scores -1, -2
    double w2 = Math.exp(-2) / (Math.exp(-1) + Math.exp(-2));
    assertEquals(10 * (1 - w2) + 20 * w2, out[1][1], 1e-12);
  }

  @Test
  void swigluAndLogSoftmaxByHand() {
    double[] a = ReferenceScorer.swiglu(new double[] {0, 2}, new double[] {5, 3}, false);
    assertEquals(0, a[0], 0);
    assertEquals(2 / (1 + Math.exp(-2)) * 3, a[1], 1e-15);
    double lse = Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3));
    assertEquals(2 - lse, ReferenceScorer.logSoftmaxAt(new double[] {1, 2, 3}, 1, false), 1e-15);
    // large logits must not overflow
    assertEquals(-Math.log(2), ReferenceScorer.logSoftmaxAt(new double[] {1000, 1000}, 0, false), 1e-12);
  }

  @Test
  void windowsFollowTheHuggingFaceRecipe() {
    // length 10, windows of 4, stride 2: [0,4) targets 1..3; [2,6) targets 4,5; [4,8) 6,7; [6,10) 8,9
    assertEquals(List.of(new Window(0, 4, 1), new Window(2, 6, 4), new Window(4, 8, 6),
        new Window(6, 10, 8)), Window.plan(10, 4, 2));
    // stride = window: disjoint windows, each window's first token has no context and is skipped
    assertEquals(List.of(new Window(0, 4, 1), new Window(4, 8, 5), new Window(8, 10, 9)),
        Window.plan(10, 4, 4));
    assertEquals(List.of(new Window(0, 3, 1)), Window.plan(3, 8, 4));
    assertEquals(List.of(), Window.plan(1, 8, 4));
  }

  /** A 1-layer model with tiny dims, scored by the reference and by straightforward loops here. */
  @Test
  void wholeForwardMatchesIndependentLoops(@TempDir Path dir) {
    Qwen2Config shape = new Qwen2Config(4, 1, 2, 1, 2, 3, 5, 16, 1e-6, 10000, true, 4);
    TestModels.write(dir, shape, 42, DType.F32, true);
    Qwen2Model model = Qwen2Model.load(dir);
    int[] tokens = {3, 1, 4};
    double[] expected = independentForward(model, tokens);
    try (ReferenceScorer f64 = new ReferenceScorer(model, ReferenceScorer.Precision.F64);
        ReferenceScorer f32 = new ReferenceScorer(model, ReferenceScorer.Precision.F32)) {
      float[] got64 = f64.forward(tokens, 1);
      float[] got32 = f32.forward(tokens, 1);
      for (int i = 0; i < 2; i++) {
        assertEquals(expected[i], got64[i], 1e-6);
        assertEquals(expected[i], got32[i], 1e-4);
      }
      // through the public API: no <|endoftext|>, one window
      DocScore s = f64.score(new int[][] {tokens}, new long[] {6},
          new ScoreOptions(16, 16, false, true)).get(0);
      assertEquals(2, s.tokensScored());
      assertEquals(-(expected[0] + expected[1]), s.nllNats(), 1e-5);
      assertEquals(s.nllNats() / (Math.log(2) * 6), s.bitsPerByte(), 1e-12);
      assertEquals(Math.exp(s.nllNats() / 2), s.perplexity(), 1e-9);
    }
  }

  /** Qwen2 written out with plain loops over the tensors: hidden 4, heads 2, kv 1, head_dim 2. */
  private static double[] independentForward(Qwen2Model m, int[] tok) {
    int n = tok.length;
    int hd = 4;
    int d = 2;
    float[] emb = m.tensor("model.embed_tokens.weight").toFloats();
    String p = "model.layers.0.";
    float[] ln1 = m.tensor(p + "input_layernorm.weight").toFloats();
    float[] wq = m.tensor(p + "self_attn.q_proj.weight").toFloats();
    float[] bq = m.tensor(p + "self_attn.q_proj.bias").toFloats();
    float[] wk = m.tensor(p + "self_attn.k_proj.weight").toFloats();
    float[] bk = m.tensor(p + "self_attn.k_proj.bias").toFloats();
    float[] wv = m.tensor(p + "self_attn.v_proj.weight").toFloats();
    float[] bv = m.tensor(p + "self_attn.v_proj.bias").toFloats();
    float[] wo = m.tensor(p + "self_attn.o_proj.weight").toFloats();
    float[] ln2 = m.tensor(p + "post_attention_layernorm.weight").toFloats();
    float[] wg = m.tensor(p + "mlp.gate_proj.weight").toFloats();
    float[] wu = m.tensor(p + "mlp.up_proj.weight").toFloats();
    float[] wd = m.tensor(p + "mlp.down_proj.weight").toFloats();
    float[] lnf = m.tensor("model.norm.weight").toFloats();
    float[] lmHead = m.tensor("lm_head.weight").toFloats();
    double[][] x = new double[n][hd];
    for (int t = 0; t < n; t++) {
      for (int i = 0; i < hd; i++) {
        x[t][i] = emb[tok[t] * hd + i];
      }
    }
    double[][] q = new double[n][4];
    double[][] k = new double[n][2];
    double[][] v = new double[n][2];
    for (int t = 0; t < n; t++) {
      double[] h = norm(x[t], ln1);
      for (int o = 0; o < 4; o++) {
        q[t][o] = bq[o];
        for (int i = 0; i < hd; i++) {
          q[t][o] += wq[o * hd + i] * h[i];
        }
      }
      for (int o = 0; o < 2; o++) {
        k[t][o] = bk[o];
        v[t][o] = bv[o];
        for (int i = 0; i < hd; i++) {
          k[t][o] += wk[o * hd + i] * h[i];
          v[t][o] += wv[o * hd + i] * h[i];
        }
      }
      // head_dim 2: one frequency, inv_freq = 1, angle = t; pair (x0, x1)
      double c = Math.cos(t);
      double s = Math.sin(t);
      for (int head = 0; head < 2; head++) {
        double a = q[t][2 * head];
        double b = q[t][2 * head + 1];
        q[t][2 * head] = a * c - b * s;
        q[t][2 * head + 1] = b * c + a * s;
      }
      double a = k[t][0];
      double b = k[t][1];
      k[t][0] = a * c - b * s;
      k[t][1] = b * c + a * s;
    }
    for (int t = 0; t < n; t++) {
      double[] attn = new double[4];
      for (int head = 0; head < 2; head++) {
        double[] w = new double[t + 1];
        double z = 0;
        for (int j = 0; j <= t; j++) {
          w[j] = Math.exp((q[t][2 * head] * k[j][0] + q[t][2 * head + 1] * k[j][1]) / Math.sqrt(d));
          z += w[j];
        }
        for (int j = 0; j <= t; j++) {
          attn[2 * head] += w[j] / z * v[j][0];
          attn[2 * head + 1] += w[j] / z * v[j][1];
        }
      }
      double[] y = new double[hd];
      for (int o = 0; o < hd; o++) {
        for (int i = 0; i < 4; i++) {
          y[o] += wo[o * 4 + i] * attn[i];
        }
      }
      for (int o = 0; o < hd; o++) {
        x[t][o] += y[o];
      }
    }
    for (int t = 0; t < n; t++) {
      double[] h = norm(x[t], ln2);
      double[] act = new double[3];
      for (int j = 0; j < 3; j++) {
        double g = 0;
        double u = 0;
        for (int i = 0; i < hd; i++) {
          g += wg[j * hd + i] * h[i];
          u += wu[j * hd + i] * h[i];
        }
        act[j] = g / (1 + Math.exp(-g)) * u;
      }
      for (int o = 0; o < hd; o++) {
        for (int j = 0; j < 3; j++) {
          x[t][o] += wd[o * 3 + j] * act[j];
        }
      }
    }
    double[] out = new double[n - 1];
    for (int t = 0; t < n - 1; t++) {
      double[] h = norm(x[t], lnf);
      double[] logits = new double[5];
      double z = 0;
      for (int w = 0; w < 5; w++) {
        for (int i = 0; i < hd; i++) {
          logits[w] += lmHead[w * hd + i] * h[i];
        }
        z += Math.exp(logits[w]);
      }
      out[t] = logits[tok[t + 1]] - Math.log(z);
    }
    return out;
  }

  private static double[] norm(double[] x, float[] w) {
    double ms = 0;
    for (double v : x) {
      ms += v * v / x.length;
    }
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = w[i] * x[i] / Math.sqrt(ms + 1e-6);
    }
    return out;
  }
}
