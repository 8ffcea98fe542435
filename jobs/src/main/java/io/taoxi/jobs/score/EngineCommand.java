package io.taoxi.jobs.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taoxi.engine.DType;
import io.taoxi.engine.DocScore;
import io.taoxi.engine.EngineException;
import io.taoxi.engine.Qwen2Config;
import io.taoxi.engine.ScoreOptions;
import io.taoxi.engine.TestModels;
import io.taoxi.jobs.config.ConfigException;
import io.taoxi.tokenizer.Tokenizer;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code taoxi engine}: the scoring engine's tools. {@code make-test-model} writes a random Qwen2 folder of
 * any shape (with a tokenizer.json when given one); {@code logprobs} prints per-token log-probabilities for
 * JSON lines of token ids (or text, tokenized with the model's tokenizer.json), for inspection and for
 * comparing with other implementations.
 */
@Command(name = "engine", mixinStandardHelpOptions = true,
        description = "Qwen2 scoring engine tools: make-test-model, logprobs.",
        subcommands = {EngineCommand.MakeTestModel.class, EngineCommand.Logprobs.class,
            CommandLine.HelpCommand.class})
public final class EngineCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (make-test-model, logprobs)");
    }

    /** {@code taoxi engine make-test-model}. */
    @Command(name = "make-test-model", mixinStandardHelpOptions = true,
            description = "Write a random-initialised Qwen2 model folder (config.json, model.safetensors"
                    + " [, tokenizer.json]).")
    public static final class MakeTestModel implements Callable<Integer> {
        @Option(names = {"-o", "--output"}, required = true, description = "Model folder to write.")
        Path output;

        @Option(names = "--hidden", required = true, description = "hidden_size.")
        int hidden;

        @Option(names = "--layers", required = true, description = "num_hidden_layers.")
        int layers;

        @Option(names = "--heads", required = true, description = "num_attention_heads.")
        int heads;

        @Option(names = "--kv-heads", required = true, description = "num_key_value_heads.")
        int kvHeads;

        @Option(names = "--intermediate", required = true, description = "intermediate_size.")
        int intermediate;

        @Option(names = "--vocab", required = true, description = "vocab_size (>= the tokenizer's ids).")
        int vocab;

        @Option(names = "--seed", required = true, description = "Random seed (same seed, same bytes).")
        long seed;

        @Option(names = "--dtype", defaultValue = "bf16", description = "bf16, f16 or f32 (default: ${DEFAULT-VALUE}).")
        String dtype;

        @Option(names = "--untied", description = "Write lm_head.weight (tie_word_embeddings=false).")
        boolean untied;

        @Option(names = "--theta", description = "rope_theta (default 1e6, as Qwen2).")
        Double theta;

        @Option(names = "--max-positions", description = "max_position_embeddings (default 32768).")
        Integer maxPositions;

        @Option(names = "--tokenizer", description = "tokenizer.json to copy into the folder; its <|endoftext|>"
                + " becomes bos_token_id.")
        Path tokenizer;

        @Override
        public Integer call() {
            Qwen2Config config = write(output, shape(hidden, layers, heads, kvHeads, intermediate, vocab, theta,
                    maxPositions), seed, parseDtype(dtype), untied, tokenizer);
            System.out.printf("wrote %s: hidden %d, %d layers, %d/%d heads, intermediate %d, vocab %d, %s%s%s%n",
                    output, config.hiddenSize(), config.numLayers(), config.numHeads(), config.numKvHeads(),
                    config.intermediateSize(), config.vocabSize(), dtype.toLowerCase(java.util.Locale.ROOT),
                    untied ? ", untied" : ", tied", tokenizer == null ? ", no tokenizer.json" : ", tokenizer.json");
            return 0;
        }
    }

    static Qwen2Config shape(int hidden, int layers, int heads, int kvHeads, int intermediate, int vocab,
            Double theta, Integer maxPositions) {
        try {
            Qwen2Config c = Qwen2Config.shape(hidden, layers, heads, kvHeads, intermediate, vocab);
            if (theta != null) {
                c = c.withRopeTheta(theta);
            }
            if (maxPositions != null) {
                c = c.withMaxPositionEmbeddings(maxPositions);
            }
            return c;
        } catch (EngineException e) {
            throw new ConfigException("make-test-model: " + e.getMessage(), e);
        }
    }

    private static DType parseDtype(String name) {
        try {
            return DType.parse(name);
        } catch (EngineException e) {
            throw new ConfigException("--dtype " + e.getMessage().replace("unknown dtype ", ""), e);
        }
    }

    /**
     * Writes a random model; with a tokenizer, copies it in after checking that the vocabulary holds its ids,
     * and makes its {@code <|endoftext|>} the config's {@code bos_token_id} (what the scorer prepends).
     */
    static Qwen2Config write(Path dir, Qwen2Config shape, long seed, DType dtype, boolean untied, Path tokenizerJson) {
        Qwen2Config config = shape;
        if (tokenizerJson != null) {
            Tokenizer t;
            try {
                t = Tokenizer.load(tokenizerJson);
            } catch (RuntimeException e) {
                throw new ConfigException("--tokenizer " + tokenizerJson + ": " + e.getMessage(), e);
            }
            if (t.vocabSize() > shape.vocabSize()) {
                throw ConfigException.outOfRange("--vocab", shape.vocabSize(),
                        "must be >= the tokenizer's " + t.vocabSize() + " ids (" + tokenizerJson + ")");
            }
            int eot = t.tokenId("<|endoftext|>");
            if (eot >= 0) {
                config = new Qwen2Config(shape.hiddenSize(), shape.numLayers(), shape.numHeads(), shape.numKvHeads(),
                        shape.headDim(), shape.intermediateSize(), shape.vocabSize(), shape.maxPositionEmbeddings(),
                        shape.rmsNormEps(), shape.ropeTheta(), shape.tieWordEmbeddings(), eot);
            }
        }
        Qwen2Config written = TestModels.write(dir, config, seed, dtype, untied);
        if (tokenizerJson != null) {
            try {
                Files.copy(tokenizerJson, dir.resolve(ScoreModel.TOKENIZER_JSON), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new ConfigException("cannot copy " + tokenizerJson + " into " + dir + ": " + e.getMessage(), e);
            }
        }
        return written;
    }

    /** {@code taoxi engine logprobs}. */
    @Command(name = "logprobs", mixinStandardHelpOptions = true,
            description = "Per-token log-probabilities: JSON lines in ([ids...], {\"id\":…,\"tokens\":[…]} or"
                    + " {\"id\":…,\"text\":\"…\"}), JSON lines out.")
    public static final class Logprobs implements Callable<Integer> {
        @Option(names = {"-m", "--model"}, required = true, description = "Qwen2 model folder.")
        Path model;

        @Option(names = {"-i", "--input"}, required = true, description = "JSON lines file ('-' for stdin).")
        String input;

        @Option(names = {"-o", "--output"}, description = "Output file (default stdout).")
        Path output;

        @Option(names = "--engine", defaultValue = "native", description = "native or reference (default: ${DEFAULT-VALUE}).")
        String engine;

        @Option(names = "--window", description = "Window tokens (default: the model's context capped at 1024).")
        Integer window;

        @Option(names = "--stride", description = "Stride tokens (default: window / 2).")
        Integer stride;

        @Option(names = "--no-end-of-text", description = "Do not prepend <|endoftext|> (the first token is then"
                + " not scored).")
        boolean noEndOfText;

        @Option(names = "--threads", defaultValue = "0", description = "Native threads, 0 = all cores.")
        int threads;

        @Override
        public Integer call() throws IOException {
            ScoreSpec spec = new ScoreSpec(model.toString(), engine, window, stride, !noEndOfText, threads, null, null,
                    null, null, null);
            Path dir = model.toAbsolutePath().normalize();
            io.taoxi.engine.Qwen2Config config;
            try {
                config = io.taoxi.engine.Qwen2Model.load(dir).config();
            } catch (EngineException e) {
                throw new ConfigException("--model " + model + ": " + e.getMessage(), e);
            }
            ScoreSpec.Resolved r = spec.resolve(config);
            ScoreOptions options = new ScoreOptions(r.windowTokens(), r.strideTokens(), spec.prependEndOfText(), true);
            List<Line> lines = read(input, dir);
            ObjectMapper json = new ObjectMapper();
            Writer out = output == null
                    ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                    : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
            try (io.taoxi.engine.Scorer scorer = openScorer(dir, spec)) {
                final int batch = 64;
                for (int from = 0; from < lines.size(); from += batch) {
                    List<Line> part = lines.subList(from, Math.min(lines.size(), from + batch));
                    int[][] docs = new int[part.size()][];
                    long[] bytes = new long[part.size()];
                    for (int k = 0; k < part.size(); k++) {
                        docs[k] = part.get(k).tokens();
                        bytes[k] = part.get(k).utf8Bytes();
                    }
                    List<DocScore> scores;
                    try {
                        scores = scorer.score(docs, bytes, options);
                    } catch (EngineException e) {
                        throw new ConfigException(input + ": lines " + part.get(0).number() + ".."
                                + part.get(part.size() - 1).number() + ": " + e.getMessage(), e);
                    }
                    for (int k = 0; k < part.size(); k++) {
                        out.write(json.writeValueAsString(result(json, part.get(k), scores.get(k))));
                        out.write('\n');
                    }
                }
            } finally {
                out.flush();
                if (output != null) {
                    out.close(); // stdout stays open for the caller
                }
            }
            return 0;
        }

        /** The scorer the spec names; never a silent fallback from native to reference. */
        static io.taoxi.engine.Scorer openScorer(Path dir, ScoreSpec spec) {
            return ScoreEngines.openScorer(io.taoxi.engine.Qwen2Model.load(dir), spec.engine(), spec.threads(),
                    spec.batchTokens(), spec.compute());
        }

        private static ObjectNode result(ObjectMapper json, Line line, DocScore s) {
            ObjectNode o = json.createObjectNode();
            o.put("line", line.number());
            if (line.id() != null) {
                o.set("id", line.id());
            }
            if (line.fromText()) {
                ArrayNode t = o.putArray("tokens");
                for (int id : line.tokens()) {
                    t.add(id);
                }
            }
            o.put("tokens_scored", s.tokensScored());
            o.put("nll", s.nllNats());
            putNumber(o, "perplexity", s.perplexity());
            if (line.fromText()) {
                putNumber(o, "bits_per_byte", s.bitsPerByte());
            }
            ArrayNode lp = o.putArray("logprobs");
            for (float v : s.logProbs()) {
                lp.add(v);
            }
            return o;
        }

        private static void putNumber(ObjectNode o, String key, double v) {
            if (Double.isFinite(v)) {
                o.put(key, v);
            } else {
                o.putNull(key);
            }
        }
    }

    /** One input line: its number (from 1), optional id, ids, UTF-8 bytes of its text (0 for ids). */
    record Line(int number, JsonNode id, int[] tokens, long utf8Bytes, boolean fromText) {
    }

    static List<Line> read(String input, Path modelDir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Line> lines = new ArrayList<>();
        Tokenizer tokenizer = null;
        try (BufferedReader in = input.equals("-")
                ? new BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8)) {
            String s;
            int number = 0;
            while ((s = in.readLine()) != null) {
                number++;
                if (s.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = json.readTree(s);
                } catch (IOException e) {
                    throw new ConfigException(input + ":" + number + ": not JSON: " + e.getMessage().lines().findFirst().orElse(""));
                }
                JsonNode id = null;
                JsonNode ids = node;
                if (node.isObject()) {
                    id = node.get("id");
                    if (node.has("text")) {
                        if (tokenizer == null) {
                            Path file = modelDir.resolve(ScoreModel.TOKENIZER_JSON);
                            if (!Files.isRegularFile(file)) {
                                throw new ConfigException(input + ":" + number + ": a \"text\" line needs " + file);
                            }
                            tokenizer = Tokenizer.load(file);
                        }
                        String text = node.get("text").asText();
                        lines.add(new Line(number, id, tokenizer.encodeOrdinary(text),
                                text.getBytes(StandardCharsets.UTF_8).length, true));
                        continue;
                    }
                    ids = node.get("tokens");
                }
                if (ids == null || !ids.isArray()) {
                    throw new ConfigException(input + ":" + number
                            + ": expected [ids…], {\"tokens\": [ids…]} or {\"text\": \"…\"}");
                }
                int[] tokens = new int[ids.size()];
                for (int i = 0; i < tokens.length; i++) {
                    JsonNode v = ids.get(i);
                    if (!v.canConvertToInt() || !v.isIntegralNumber()) {
                        throw new ConfigException(input + ":" + number + ": token " + i + " is " + v + ", not an id");
                    }
                    tokens[i] = v.asInt();
                }
                lines.add(new Line(number, id, tokens, 0, false));
            }
        }
        return lines;
    }
}
