package io.taoxi.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Qwen2 model directory whose tensors were checked against its config (infrastructure). Holds only
 * locations ({@link Tensor}); the reference and native scorers read the bytes.
 *
 * <p>Tensor names follow transformers' {@code Qwen2ForCausalLM}. With {@code tie_word_embeddings} the
 * output projection is {@code model.embed_tokens.weight} (a stray {@code lm_head.weight} is ignored,
 * as transformers does); otherwise {@code lm_head.weight} must exist.
 */
public final class Qwen2Model {
  /** Per-layer tensor suffixes, in the order the native library expects them. */
  static final List<String> LAYER_TENSORS = List.of(
      "input_layernorm.weight",
      "self_attn.q_proj.weight", "self_attn.q_proj.bias",
      "self_attn.k_proj.weight", "self_attn.k_proj.bias",
      "self_attn.v_proj.weight", "self_attn.v_proj.bias",
      "self_attn.o_proj.weight",
      "post_attention_layernorm.weight",
      "mlp.gate_proj.weight", "mlp.up_proj.weight", "mlp.down_proj.weight");

  private final Path dir;
  private final Qwen2Config config;
  private final Map<String, Tensor> tensors;

  private Qwen2Model(Path dir, Qwen2Config config, Map<String, Tensor> tensors) {
    this.dir = dir;
    this.config = config;
    this.tensors = tensors;
  }

  /** Loads and checks a directory with {@code config.json} and safetensors weights. */
  public static Qwen2Model load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new EngineException(EngineException.Category.CONFIG, dir + ": not a directory");
    }
    Path cfg = dir.resolve("config.json");
    if (!Files.isRegularFile(cfg)) {
      throw new EngineException(EngineException.Category.CONFIG, dir + ": no config.json");
    }
    Qwen2Config config = Qwen2Config.read(cfg);
    Map<String, Tensor> all = SafeTensors.readDirectory(dir);
    Map<String, Tensor> used = new LinkedHashMap<>();
    for (Map.Entry<String, long[]> e : expectedShapes(config).entrySet()) {
      Tensor t = all.get(e.getKey());
      if (t == null) {
        throw new EngineException(EngineException.Category.TENSOR,
            dir + ": missing tensor " + e.getKey() + " (expected shape " + Arrays.toString(e.getValue())
                + (e.getKey().equals("lm_head.weight") ? "; config says tie_word_embeddings=false" : "")
                + ")");
      }
      if (!Arrays.equals(t.shape(), e.getValue())) {
        throw new EngineException(EngineException.Category.TENSOR,
            dir + ": tensor " + e.getKey() + " has shape " + Arrays.toString(t.shape())
                + " but config.json implies " + Arrays.toString(e.getValue()));
      }
      used.put(e.getKey(), t);
    }
    return new Qwen2Model(dir, config, Collections.unmodifiableMap(used));
  }

  /** Every tensor the forward pass reads, with the shape the config implies, in native order. */
  static Map<String, long[]> expectedShapes(Qwen2Config c) {
    long h = c.hiddenSize();
    long q = (long) c.numHeads() * c.headDim();
    long kv = (long) c.numKvHeads() * c.headDim();
    long inter = c.intermediateSize();
    Map<String, long[]> m = new LinkedHashMap<>();
    m.put("model.embed_tokens.weight", new long[] {c.vocabSize(), h});
    for (int l = 0; l < c.numLayers(); l++) {
      String p = "model.layers." + l + ".";
      long[][] shapes = {
          {h}, {q, h}, {q}, {kv, h}, {kv}, {kv, h}, {kv}, {h, q}, {h}, {inter, h}, {inter, h}, {h, inter}};
      for (int i = 0; i < LAYER_TENSORS.size(); i++) {
        m.put(p + LAYER_TENSORS.get(i), shapes[i]);
      }
    }
    m.put("model.norm.weight", new long[] {h});
    if (!c.tieWordEmbeddings()) {
      m.put("lm_head.weight", new long[] {c.vocabSize(), h});
    }
    return m;
  }

  public Path directory() {
    return dir;
  }

  public Qwen2Config config() {
    return config;
  }

  /** A checked tensor by its Hugging Face name. */
  public Tensor tensor(String name) {
    Tensor t = tensors.get(name);
    if (t == null) {
      throw new EngineException(EngineException.Category.TENSOR, dir + ": no tensor " + name);
    }
    return t;
  }

  /** The output projection: {@code lm_head.weight}, or the embeddings when tied. */
  public Tensor outputProjection() {
    return config.tieWordEmbeddings() ? tensor("model.embed_tokens.weight") : tensor("lm_head.weight");
  }

  /** The dtype of the embeddings, which names the model's weight dtype in reports. */
  public DType dtype() {
    return tensor("model.embed_tokens.weight").dtype();
  }

  /** Tensors in the order the native library takes them: embed, layers, norm, output projection. */
  List<Tensor> nativeOrder() {
    List<Tensor> out = new ArrayList<>();
    out.add(tensor("model.embed_tokens.weight"));
    for (int l = 0; l < config.numLayers(); l++) {
      for (String s : LAYER_TENSORS) {
        out.add(tensor("model.layers." + l + "." + s));
      }
    }
    out.add(tensor("model.norm.weight"));
    out.add(outputProjection());
    return out;
  }
}
