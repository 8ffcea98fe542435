package io.taoxi.jobs.score;

import io.taoxi.engine.DType;
import io.taoxi.engine.Qwen2Config;
import io.taoxi.jobs.config.ConfigException;
import io.taoxi.tokenizer.Tokenizer;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Infrastructure: the demo's scoring model. A tiny random Qwen2 ({@value #HIDDEN} hidden, {@value #LAYERS}
 * layers, {@value #HEADS}/{@value #KV_HEADS} heads, intermediate {@value #INTERMEDIATE}, f32, seed
 * {@value #SEED}) whose vocabulary is the demo tokenizer's ids rounded up to a multiple of 64, with that
 * tokenizer.json inside. Random weights: the perplexities show the stage's mechanics, not quality.
 */
public final class DemoModel {
    public static final int HIDDEN = 64;
    public static final int LAYERS = 2;
    public static final int HEADS = 4;
    public static final int KV_HEADS = 2;
    public static final int INTERMEDIATE = 128;
    public static final long SEED = 20261130L;

    private DemoModel() {
    }

    /**
     * Writes the demo model into {@code dir} unless it is already there with the same tokenizer.json (a
     * retrained tokenizer rewrites it, since ids would no longer match). Written into a sibling folder and
     * renamed, so an interrupted run leaves no half model.
     *
     * @return {@code dir}
     */
    public static Path ensure(Path dir, Path trainedTokenizerJson) {
        try {
            byte[] tokenizerBytes = Files.readAllBytes(trainedTokenizerJson);
            Path existing = dir.resolve(ScoreModel.TOKENIZER_JSON);
            if (Files.isRegularFile(dir.resolve("config.json")) && Files.isRegularFile(dir.resolve("model.safetensors"))
                    && Files.isRegularFile(existing) && Arrays.equals(Files.readAllBytes(existing), tokenizerBytes)) {
                return dir;
            }
            int ids = Tokenizer.fromJson(new String(tokenizerBytes, java.nio.charset.StandardCharsets.UTF_8)).vocabSize();
            int vocab = (ids + 63) / 64 * 64;
            Path parent = dir.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempDirectory(parent, dir.getFileName() + ".writing");
            EngineCommand.write(tmp, Qwen2Config.shape(HIDDEN, LAYERS, HEADS, KV_HEADS, INTERMEDIATE, vocab), SEED,
                    DType.F32, false, trainedTokenizerJson);
            deleteTree(dir);
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir);
            }
            return dir;
        } catch (IOException e) {
            throw new ConfigException("demo model " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The pipeline's {@code score.create_test_model}: when {@code dir} holds no {@code config.json}, writes the
     * demo model there with a byte-level tokenizer (the 256 byte tokens and Qwen2's three special tokens, no
     * merges), so scoring can run before any tokenizer has been trained on the corpus. An existing model is
     * left alone, whatever it is (the user may have put a real one there).
     *
     * @return {@code dir}
     */
    /**
     * {@code score.create_test_model} for the pipeline and {@code taoxi score}: when the spec asks for it,
     * writes the byte-level test model into {@code score.model} unless one is there, and says which on
     * {@code out}. Does nothing otherwise.
     */
    public static void prepare(ScoreSpec spec, java.io.PrintStream out) {
        if (!spec.createTestModel()) {
            return;
        }
        Path model = Path.of(spec.model());
        boolean existed = Files.isRegularFile(model.resolve("config.json"));
        ensureByteLevel(model);
        out.println((existed ? "score model: " : "score model: wrote a tiny random test model (random weights: "
                + "perplexities show the mechanics, not quality) -> ") + model);
    }

    public static Path ensureByteLevel(Path dir) {
        if (Files.isRegularFile(dir.resolve("config.json"))) {
            return dir;
        }
        try {
            Path parent = dir.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tokenizerDir = Files.createTempDirectory(parent, dir.getFileName() + ".tokenizer");
            try {
                io.taoxi.tokenizer.BpeTrainer.train(java.util.Map.of(), new io.taoxi.tokenizer.BpeTrainer.Spec(256, 2,
                                java.util.List.of(io.taoxi.jobs.tokenizer.TrainTokenizerCommand.QWEN2_SPECIALS.split(",")),
                                io.taoxi.tokenizer.PreTokenization.qwen2()))
                        .writeTokenizerJson(tokenizerDir.resolve(ScoreModel.TOKENIZER_JSON));
                return ensure(dir, tokenizerDir.resolve(ScoreModel.TOKENIZER_JSON));
            } finally {
                deleteTree(tokenizerDir);
            }
        } catch (IOException e) {
            throw new ConfigException("score.create_test_model: cannot write " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
