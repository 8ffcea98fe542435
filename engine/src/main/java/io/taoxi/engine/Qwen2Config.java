package io.taoxi.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The parts of a Hugging Face Qwen2 {@code config.json} the forward pass needs. Validated on
 * construction. Defaults follow transformers' {@code Qwen2Config} where a key is absent
 * (kv heads = heads, eps 1e-6, theta 10000, untied); {@code head_dim} defaults to hidden/heads.
 *
 * @param endOfTextTokenId {@code <|endoftext|>}: the config's {@code bos_token_id} (151643 in Qwen2), or
 *     -1 when the config has none
 */
public record Qwen2Config(
    int hiddenSize,
    int numLayers,
    int numHeads,
    int numKvHeads,
    int headDim,
    int intermediateSize,
    int vocabSize,
    int maxPositionEmbeddings,
    double rmsNormEps,
    double ropeTheta,
    boolean tieWordEmbeddings,
    int endOfTextTokenId) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public Qwen2Config {
    positive("hidden_size", hiddenSize);
    positive("num_hidden_layers", numLayers);
    positive("num_attention_heads", numHeads);
    positive("num_key_value_heads", numKvHeads);
    positive("head_dim", headDim);
    positive("intermediate_size", intermediateSize);
    positive("vocab_size", vocabSize);
    positive("max_position_embeddings", maxPositionEmbeddings);
    if (numHeads % numKvHeads != 0) {
      throw config("num_attention_heads " + numHeads + " is not a multiple of num_key_value_heads "
          + numKvHeads);
    }
    if (headDim % 2 != 0) {
      throw config("head_dim " + headDim + " must be even for rotary embeddings");
    }
    if (!(rmsNormEps > 0) || !(ropeTheta > 0)) {
      throw config("rms_norm_eps " + rmsNormEps + " and rope_theta " + ropeTheta + " must be > 0");
    }
    if (endOfTextTokenId >= vocabSize) {
      throw config("bos_token_id " + endOfTextTokenId + " is outside vocab_size " + vocabSize);
    }
  }

  /** A shape with Qwen2's usual extras: head_dim = hidden/heads, theta 1e6, eps 1e-6, 32768 positions, tied. */
  public static Qwen2Config shape(int hidden, int layers, int heads, int kvHeads, int intermediate,
      int vocab) {
    if (heads <= 0 || hidden % heads != 0) {
      throw config("hidden_size " + hidden + " is not a multiple of num_attention_heads " + heads);
    }
    return new Qwen2Config(hidden, layers, heads, kvHeads, hidden / heads, intermediate, vocab, 32768,
        1e-6, 1e6, true, vocab > 151643 ? 151643 : vocab - 1);
  }

  /** The Qwen2-0.5B shape (tied). */
  public static Qwen2Config qwen2_0_5b() {
    return shape(896, 24, 14, 2, 4864, 151936);
  }

  public Qwen2Config withTiedEmbeddings(boolean tied) {
    return new Qwen2Config(hiddenSize, numLayers, numHeads, numKvHeads, headDim, intermediateSize,
        vocabSize, maxPositionEmbeddings, rmsNormEps, ropeTheta, tied, endOfTextTokenId);
  }

  public Qwen2Config withMaxPositionEmbeddings(int n) {
    return new Qwen2Config(hiddenSize, numLayers, numHeads, numKvHeads, headDim, intermediateSize,
        vocabSize, n, rmsNormEps, ropeTheta, tieWordEmbeddings, endOfTextTokenId);
  }

  public Qwen2Config withRopeTheta(double theta) {
    return new Qwen2Config(hiddenSize, numLayers, numHeads, numKvHeads, headDim, intermediateSize,
        vocabSize, maxPositionEmbeddings, rmsNormEps, theta, tieWordEmbeddings, endOfTextTokenId);
  }

  public Qwen2Config withRmsNormEps(double eps) {
    return new Qwen2Config(hiddenSize, numLayers, numHeads, numKvHeads, headDim, intermediateSize,
        vocabSize, maxPositionEmbeddings, eps, ropeTheta, tieWordEmbeddings, endOfTextTokenId);
  }

  /** Query heads per kv head. */
  public int groupSize() {
    return numHeads / numKvHeads;
  }

  /** Reads {@code config.json}; an absent or unsupported key is an {@link EngineException} naming it. */
  public static Qwen2Config read(Path configJson) {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(configJson));
    } catch (IOException e) {
      throw new EngineException(EngineException.Category.CONFIG,
          configJson + ": cannot read: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw config(configJson + ": not a JSON object");
    }
    try {
      return fromJson(root);
    } catch (EngineException e) {
      throw new EngineException(EngineException.Category.CONFIG, configJson + ": " + e.getMessage());
    }
  }

  static Qwen2Config fromJson(JsonNode root) {
    String type = text(root, "model_type", "qwen2");
    if (!type.equals("qwen2")) {
      throw config("model_type is '" + type + "', only 'qwen2' is supported");
    }
    String act = text(root, "hidden_act", "silu");
    if (!act.equals("silu")) {
      throw config("hidden_act is '" + act + "', only 'silu' is supported");
    }
    JsonNode scaling = root.get("rope_scaling");
    if (scaling != null && !scaling.isNull()) {
      throw config("rope_scaling " + scaling + " is not supported (only plain RoPE)");
    }
    JsonNode sliding = root.get("use_sliding_window");
    if (sliding != null && sliding.asBoolean(false)) {
      throw config("use_sliding_window=true is not supported");
    }
    int hidden = integer(root, "hidden_size", null);
    int heads = integer(root, "num_attention_heads", null);
    int kv = integer(root, "num_key_value_heads", heads);
    int headDim = integer(root, "head_dim", heads > 0 ? hidden / heads : 0);
    int vocab = integer(root, "vocab_size", null);
    JsonNode bos = root.get("bos_token_id");
    int eot = bos == null || bos.isNull() ? -1 : bos.asInt();
    return new Qwen2Config(hidden, integer(root, "num_hidden_layers", null), heads, kv, headDim,
        integer(root, "intermediate_size", null), vocab,
        integer(root, "max_position_embeddings", 32768), number(root, "rms_norm_eps", 1e-6),
        number(root, "rope_theta", 10000.0), bool(root, "tie_word_embeddings", false), eot);
  }

  /** The config.json a Hugging Face Qwen2 model would carry. */
  public ObjectNode toJson(DType dtype) {
    ObjectNode o = JSON.createObjectNode();
    o.putArray("architectures").add("Qwen2ForCausalLM");
    o.put("model_type", "qwen2");
    o.put("hidden_act", "silu");
    o.put("hidden_size", hiddenSize);
    o.put("num_hidden_layers", numLayers);
    o.put("num_attention_heads", numHeads);
    o.put("num_key_value_heads", numKvHeads);
    if (headDim * numHeads != hiddenSize) {
      o.put("head_dim", headDim);
    }
    o.put("intermediate_size", intermediateSize);
    o.put("vocab_size", vocabSize);
    o.put("max_position_embeddings", maxPositionEmbeddings);
    o.put("rms_norm_eps", rmsNormEps);
    o.put("rope_theta", ropeTheta);
    o.putNull("rope_scaling");
    o.put("use_sliding_window", false);
    o.put("tie_word_embeddings", tieWordEmbeddings);
    if (endOfTextTokenId >= 0) {
      o.put("bos_token_id", endOfTextTokenId);
      o.put("eos_token_id", endOfTextTokenId);
    }
    o.put("torch_dtype", dtype == DType.F32 ? "float32" : dtype == DType.F16 ? "float16" : "bfloat16");
    o.put("attention_dropout", 0.0);
    o.put("initializer_range", 0.02);
    return o;
  }

  private static String text(JsonNode root, String key, String dflt) {
    JsonNode n = root.get(key);
    return n == null || n.isNull() ? dflt : n.asText();
  }

  private static int integer(JsonNode root, String key, Integer dflt) {
    JsonNode n = root.get(key);
    if (n == null || n.isNull()) {
      if (dflt == null) {
        throw config("missing key " + key);
      }
      return dflt;
    }
    if (!n.canConvertToInt() || !n.isIntegralNumber()) {
      throw config(key + " is " + n + ", not an integer");
    }
    return n.asInt();
  }

  private static double number(JsonNode root, String key, double dflt) {
    JsonNode n = root.get(key);
    if (n == null || n.isNull()) {
      return dflt;
    }
    if (!n.isNumber()) {
      throw config(key + " is " + n + ", not a number");
    }
    return n.asDouble();
  }

  private static boolean bool(JsonNode root, String key, boolean dflt) {
    JsonNode n = root.get(key);
    return n == null || n.isNull() ? dflt : n.asBoolean();
  }

  private static void positive(String key, int v) {
    if (v <= 0) {
      throw config(key + " is " + v + ", must be > 0");
    }
  }

  private static EngineException config(String message) {
    return new EngineException(EngineException.Category.CONFIG, message);
  }
}
