package io.taoxi.jobs.score;

import io.taoxi.engine.Qwen2Config;
import io.taoxi.jobs.config.ConfigException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Record: the {@code score} section of a pipeline YAML (the perplexity stage, docs/engine.md "Stage: taoxi
 * score"). Validated in its compact constructor; what depends on the model (the window) is resolved by
 * {@link #resolve(Qwen2Config)} once the model's {@code config.json} has been read on the driver.
 *
 * <pre>
 * score:
 *   model: models/qwen2-0.5b        # a Hugging Face Qwen2 folder with its tokenizer.json
 *   engine: native                  # native | reference (the pure-Java oracle; never chosen silently)
 *   window_tokens: 1024             # default: min(1024, max_position_embeddings)
 *   stride_tokens: 512              # default: window / 2
 *   prepend_end_of_text: true       # score the first token after &lt;|endoftext|&gt;
 *   threads: 0                      # native threads per executor JVM, 0 = all cores
 *   batch_tokens: 4096              # tokens packed into one forward pass
 *   keep_buckets: [head, middle]    # CCNet buckets kept; the others are dropped as perplexity_&lt;bucket&gt;
 *   head_percentile: 0.3            # head = perplexity at or below this percentile of its lang x source
 *   tail_percentile: 0.6            # tail = above this percentile
 *   max_perplexity_by_lang: {}      # absolute ceiling per language ("default" for the rest)
 *   create_test_model: false        # demo/tests only: write a tiny random model into `model` when absent
 *   compute: auto                   # auto | f32 | bf16: products of bf16/f16 weights (see below)
 *   device: auto                    # auto | cpu | cuda: where the forward passes run (see below)
 * </pre>
 *
 * @param model the model folder; may be null here when the command line gives {@code --model}
 * @param engine {@code native} (default) or {@code reference}
 * @param windowTokens the most tokens one forward pass sees; null: the model's context capped at 1024
 * @param strideTokens how far windows start apart; null: half the window
 * @param prependEndOfText put {@code <|endoftext|>} before each document (default true)
 * @param threads native threads per engine (one engine per executor JVM); 0 = all cores (default)
 * @param batchTokens tokens packed into one forward pass, and the length budget of one batch of
 *     documents of similar length (default 4096)
 * @param keepBuckets the buckets kept (default {@code [head, middle]})
 * @param headPercentile the head/middle cut-off as a fraction (default 0.3, CCNet)
 * @param tailPercentile the middle/tail cut-off as a fraction (default 0.6, CCNet)
 * @param maxPerplexityByLang absolute ceilings: a kept-bucket document above its language's value (or the
 *     {@code default} entry's) is dropped as {@code perplexity_above_max}; empty by default
 * @param createTestModel when true and {@code model} holds no {@code config.json}, the pipeline writes a
 *     tiny random Qwen2 with a byte-level tokenizer there ({@link DemoModel#ensureByteLevel}) before Spark
 *     starts: random weights, so its perplexities show the stage's mechanics, never quality (default false)
 * @param compute how the native engine multiplies: {@code f32} widens bf16/f16 weights to f32 for OpenBLAS
 *     (closest to the f32 reference); {@code bf16} uses bf16 products with f32 accumulation (AMX or
 *     AVX512-BF16; what a bf16 PyTorch run does; ~1.9× faster here, docs/engine.md); {@code auto} (default)
 *     picks bf16 on each executor when the weights are bf16 or f16 and its CPU has AMX (the
 *     AVX512-BF16 kernel alone is slower than OpenBLAS), else f32
 * @param device {@code cpu}: the native CPU engine; {@code cuda}: the CUDA engine ({@link ScoreDevice}: on a
 *     cluster each score task asks Spark for one GPU and scores on the one it is given; in local mode on
 *     GPU 0); {@code auto} (default): cuda on a cluster whose executors have GPUs
 *     ({@code spark.executor.resource.gpu.amount} set), else cpu
 */
public record ScoreSpec(String model, String engine, Integer windowTokens, Integer strideTokens,
        Boolean prependEndOfText, Integer threads, Integer batchTokens, List<String> keepBuckets,
        Double headPercentile, Double tailPercentile, Map<String, Double> maxPerplexityByLang,
        Boolean createTestModel, String compute, String device) implements Serializable {

    public static final String NATIVE = "native";
    public static final String REFERENCE = "reference";
    public static final String COMPUTE_AUTO = "auto";
    public static final String COMPUTE_F32 = "f32";
    public static final String COMPUTE_BF16 = "bf16";
    public static final String DEVICE_AUTO = "auto";
    public static final String DEVICE_CPU = "cpu";
    public static final String DEVICE_CUDA = "cuda";
    public static final List<String> BUCKETS = List.of(PerplexityBuckets.HEAD, PerplexityBuckets.MIDDLE,
            PerplexityBuckets.TAIL);
    /** The default window when the model allows longer ones: longer windows cost attention, not accuracy. */
    public static final int DEFAULT_MAX_WINDOW = 1024;
    public static final int DEFAULT_BATCH_TOKENS = 4096;
    /** The key of {@link #maxPerplexityByLang} that applies to languages without their own entry. */
    public static final String DEFAULT_LANG = "default";

    public ScoreSpec {
        model = model == null || model.isBlank() ? null : model;
        engine = engine == null ? NATIVE : engine.toLowerCase(Locale.ROOT);
        if (!engine.equals(NATIVE) && !engine.equals(REFERENCE)) {
            throw ConfigException.outOfRange("score.engine", engine, "must be native or reference");
        }
        if (windowTokens != null && (windowTokens < 2 || windowTokens > 1 << 20)) {
            throw ConfigException.outOfRange("score.window_tokens", windowTokens, "must be in [2, 1048576]");
        }
        if (strideTokens != null) {
            int max = windowTokens == null ? 1 << 20 : windowTokens;
            if (strideTokens < 1 || strideTokens > max) {
                throw ConfigException.outOfRange("score.stride_tokens", strideTokens,
                        "must be in [1, window_tokens = " + max + "]");
            }
        }
        prependEndOfText = prependEndOfText == null ? Boolean.TRUE : prependEndOfText;
        threads = threads == null ? 0 : threads;
        if (threads < 0 || threads > 1024) {
            throw ConfigException.outOfRange("score.threads", threads, "must be in [0, 1024] (0 = all cores)");
        }
        batchTokens = batchTokens == null ? DEFAULT_BATCH_TOKENS : batchTokens;
        if (batchTokens < 2 || batchTokens > 1 << 20) {
            throw ConfigException.outOfRange("score.batch_tokens", batchTokens, "must be in [2, 1048576]");
        }
        keepBuckets = keepBuckets == null ? List.of(PerplexityBuckets.HEAD, PerplexityBuckets.MIDDLE)
                : List.copyOf(keepBuckets);
        if (keepBuckets.isEmpty()) {
            throw ConfigException.outOfRange("score.keep_buckets", keepBuckets,
                    "must name at least one of " + BUCKETS + " (an empty list would drop everything)");
        }
        Set<String> seen = new HashSet<>();
        List<String> ordered = new ArrayList<>();
        for (String b : keepBuckets) {
            if (!BUCKETS.contains(b)) {
                throw ConfigException.outOfRange("score.keep_buckets", keepBuckets, "each must be one of " + BUCKETS);
            }
            if (!seen.add(b)) {
                throw ConfigException.outOfRange("score.keep_buckets", keepBuckets, "names " + b + " twice");
            }
        }
        for (String b : BUCKETS) {
            if (seen.contains(b)) {
                ordered.add(b);
            }
        }
        keepBuckets = List.copyOf(ordered);
        headPercentile = headPercentile == null ? 0.3 : headPercentile;
        tailPercentile = tailPercentile == null ? 0.6 : tailPercentile;
        if (!(headPercentile > 0 && headPercentile < 1)) {
            throw ConfigException.outOfRange("score.head_percentile", headPercentile, "must be in (0, 1)");
        }
        if (!(tailPercentile > headPercentile && tailPercentile < 1)) {
            throw ConfigException.outOfRange("score.tail_percentile", tailPercentile,
                    "must be in (head_percentile = " + headPercentile + ", 1)");
        }
        TreeMap<String, Double> ceilings = new TreeMap<>();
        if (maxPerplexityByLang != null) {
            for (Map.Entry<String, Double> e : maxPerplexityByLang.entrySet()) {
                Double v = e.getValue();
                if (e.getKey() == null || v == null || !(v > 1) || v.isInfinite()) {
                    throw ConfigException.outOfRange("score.max_perplexity_by_lang." + e.getKey(), v,
                            "must be a finite number > 1 (a perplexity is never below 1)");
                }
                ceilings.put(e.getKey(), v);
            }
        }
        maxPerplexityByLang = java.util.Collections.unmodifiableMap(ceilings);
        createTestModel = createTestModel != null && createTestModel;
        compute = compute == null ? COMPUTE_AUTO : compute.toLowerCase(Locale.ROOT);
        if (!compute.equals(COMPUTE_AUTO) && !compute.equals(COMPUTE_F32) && !compute.equals(COMPUTE_BF16)) {
            throw ConfigException.outOfRange("score.compute", compute, "must be auto, f32 or bf16");
        }
        device = device == null ? DEVICE_AUTO : device.toLowerCase(Locale.ROOT);
        if (!device.equals(DEVICE_AUTO) && !device.equals(DEVICE_CPU) && !device.equals(DEVICE_CUDA)) {
            throw ConfigException.outOfRange("score.device", device, "must be auto, cpu or cuda");
        }
        if (device.equals(DEVICE_CUDA) && engine.equals(REFERENCE)) {
            throw ConfigException.outOfRange("score.device", device,
                    "cuda needs score.engine = native (the reference scorer runs on the CPU only)");
        }
        if (createTestModel && model == null) {
            throw new ConfigException("score.create_test_model = true needs score.model (the folder to write it into)");
        }
    }

    /** Without {@code create_test_model} (false), {@code compute} auto. */
    public ScoreSpec(String model, String engine, Integer windowTokens, Integer strideTokens,
            Boolean prependEndOfText, Integer threads, Integer batchTokens, List<String> keepBuckets,
            Double headPercentile, Double tailPercentile, Map<String, Double> maxPerplexityByLang) {
        this(model, engine, windowTokens, strideTokens, prependEndOfText, threads, batchTokens, keepBuckets,
                headPercentile, tailPercentile, maxPerplexityByLang, false, null, null);
    }

    /** {@code device} auto. */
    public ScoreSpec(String model, String engine, Integer windowTokens, Integer strideTokens,
            Boolean prependEndOfText, Integer threads, Integer batchTokens, List<String> keepBuckets,
            Double headPercentile, Double tailPercentile, Map<String, Double> maxPerplexityByLang,
            Boolean createTestModel, String compute) {
        this(model, engine, windowTokens, strideTokens, prependEndOfText, threads, batchTokens, keepBuckets,
                headPercentile, tailPercentile, maxPerplexityByLang, createTestModel, compute, null);
    }

    /** Every default: no model yet (the command line gives it). */
    public static ScoreSpec defaults() {
        return new ScoreSpec(null, null, null, null, null, null, null, null, null, null, null, false, null, null);
    }

    /** This spec with {@code model} replaced (the command line's {@code --model} wins over the YAML). */
    public ScoreSpec withModel(String dir) {
        return new ScoreSpec(dir, engine, windowTokens, strideTokens, prependEndOfText, threads, batchTokens,
                keepBuckets, headPercentile, tailPercentile, maxPerplexityByLang, createTestModel, compute, device);
    }

    /** This spec with {@code device} replaced (the command line's {@code --device} wins over the YAML). */
    public ScoreSpec withDevice(String where) {
        return new ScoreSpec(model, engine, windowTokens, strideTokens, prependEndOfText, threads, batchTokens,
                keepBuckets, headPercentile, tailPercentile, maxPerplexityByLang, createTestModel, compute, where);
    }

    /** This spec with {@code engine} replaced. */
    public ScoreSpec withEngine(String kind) {
        return new ScoreSpec(model, kind, windowTokens, strideTokens, prependEndOfText, threads, batchTokens,
                keepBuckets, headPercentile, tailPercentile, maxPerplexityByLang, createTestModel, compute, device);
    }

    /** The model folder, or a configuration error when neither the YAML nor the command line gave one. */
    public String requireModel() {
        if (model == null) {
            throw new ConfigException("score.model: missing (a Qwen2 model folder with config.json, "
                    + "safetensors and tokenizer.json; or --model DIR)");
        }
        return model;
    }

    /** The ceiling for {@code lang}: its own entry, else the {@code default} entry, else +∞. */
    public double maxPerplexity(String lang) {
        Double v = maxPerplexityByLang.get(lang == null ? "" : lang);
        if (v == null) {
            v = maxPerplexityByLang.get(DEFAULT_LANG);
        }
        return v == null ? Double.POSITIVE_INFINITY : v;
    }

    /** Window and stride against the model: the window defaults to its context capped at 1024. */
    public Resolved resolve(Qwen2Config config) {
        int context = config.maxPositionEmbeddings();
        int window = windowTokens == null ? Math.min(DEFAULT_MAX_WINDOW, context) : windowTokens;
        if (window > context) {
            throw ConfigException.outOfRange("score.window_tokens", window,
                    "exceeds the model's max_position_embeddings = " + context);
        }
        if (window < 2) {
            throw ConfigException.outOfRange("score.window_tokens", window, "the model's context is too short");
        }
        int stride = strideTokens == null ? Math.max(1, window / 2) : strideTokens;
        if (stride > window) {
            throw ConfigException.outOfRange("score.stride_tokens", stride, "must be <= window_tokens = " + window);
        }
        if (prependEndOfText && config.endOfTextTokenId() < 0) {
            throw new ConfigException("score.prepend_end_of_text = true but the model's config.json has no "
                    + "bos_token_id (<|endoftext|>); set it to false");
        }
        return new Resolved(window, stride);
    }

    /** The model-dependent values, resolved. */
    public record Resolved(int windowTokens, int strideTokens) implements Serializable {
    }
}
