package io.taoxi.jobs.score;

import io.taoxi.engine.CudaScorer;
import io.taoxi.engine.NativeScorer;
import io.taoxi.engine.Qwen2Model;
import io.taoxi.engine.ReferenceScorer;
import io.taoxi.engine.Scorer;
import io.taoxi.tokenizer.Tokenizer;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Infrastructure: one scoring engine (model + tokenizer) per executor JVM, opened lazily by the first task
 * that needs it and shared by every later task of that JVM. Only the {@link Key} travels in Spark closures;
 * native handles never leave the JVM that opened them.
 *
 * <p>This is the one place the score stage keeps mutable static state, on purpose: opening maps the weights
 * and (native) builds scratch buffers, seconds for a real model, and a per-task engine would multiply the
 * memory by the task slots. Engines are closed by a JVM shutdown hook, or by {@link #closeAll()} (the
 * command calls it after its run; in {@code local[*]} the executor is the driver JVM). Scoring on one
 * engine is serialised ({@link Engine#score}); the native engine uses all its {@code threads} for each
 * forward pass, so concurrent tasks of one executor wait for it rather than oversubscribe the cores.
 */
public final class ScoreEngines {
    private static final ConcurrentHashMap<Key, Engine> ENGINES = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ScoreEngines::closeAll, "taoxi-score-engines-close"));
    }

    private ScoreEngines() {
    }

    /**
     * What identifies an engine: the model folder and its fingerprint (checked again on the executor), the
     * engine kind and the native options.
     */
    public record Key(String directory, String fingerprint, String engine, int threads, int batchTokens,
            String compute, String device) implements Serializable {
        /** {@code compute} auto, on the CPU. */
        public Key(String directory, String fingerprint, String engine, int threads, int batchTokens) {
            this(directory, fingerprint, engine, threads, batchTokens, ScoreSpec.COMPUTE_AUTO);
        }

        /** On the CPU. */
        public Key(String directory, String fingerprint, String engine, int threads, int batchTokens,
                String compute) {
            this(directory, fingerprint, engine, threads, batchTokens, compute, ScoreSpec.DEVICE_CPU);
        }

        /** This key on {@code device}: {@code cpu} or {@code cuda:N} ({@link ScoreDevice#taskDevice}). */
        public Key onDevice(String device) {
            return new Key(directory, fingerprint, engine, threads, batchTokens, compute, device);
        }
    }

    /** A tokenizer and a scorer over one model folder. */
    public static final class Engine {
        private final Tokenizer tokenizer;
        private final Scorer scorer;

        Engine(Tokenizer tokenizer, Scorer scorer) {
            this.tokenizer = tokenizer;
            this.scorer = scorer;
        }

        public Tokenizer tokenizer() {
            return tokenizer;
        }

        public Scorer scorer() {
            return scorer;
        }

        /** Scores under this engine's lock (one forward pass at a time per JVM). */
        public List<io.taoxi.engine.DocScore> score(int[][] docs, long[] utf8Bytes, io.taoxi.engine.ScoreOptions options) {
            synchronized (this) {
                return scorer.score(docs, utf8Bytes, options);
            }
        }

        void close() {
            synchronized (this) {
                scorer.close();
            }
        }
    }

    /** The engine for {@code key}, opened on first use in this JVM. */
    public static Engine get(Key key) {
        return ENGINES.computeIfAbsent(key, ScoreEngines::open);
    }

    /** Opens an engine without caching it (the logprobs command, tests). */
    public static Engine open(Key key) {
        Path dir = Path.of(key.directory());
        String found = ScoreModel.fingerprint(dir);
        if (!found.equals(key.fingerprint())) {
            throw new IllegalStateException("model " + dir + " differs from the driver's (fingerprint " + found
                    + " vs " + key.fingerprint() + "): every executor must see the same model files");
        }
        Tokenizer tokenizer = Tokenizer.load(dir.resolve(ScoreModel.TOKENIZER_JSON));
        Qwen2Model model = Qwen2Model.load(dir);
        if (key.device().startsWith(ScoreSpec.DEVICE_CUDA + ":")) {
            int gpu = Integer.parseInt(key.device().substring(ScoreSpec.DEVICE_CUDA.length() + 1));
            return new Engine(tokenizer, CudaScorer.open(model, new CudaScorer.Options(gpu,
                    CudaScorer.Options.defaults().vocabChunk(), key.batchTokens())));
        }
        return new Engine(tokenizer, openScorer(model, key.engine(), key.threads(), key.batchTokens(), key.compute()));
    }

    /**
     * The scorer a spec asks for: the F64 Java reference, or the native engine with bf16 products when
     * {@code compute} is bf16, or auto with bf16/f16 weights on a CPU with AMX.
     */
    public static Scorer openScorer(Qwen2Model model, String engine, int threads, int batchTokens, String compute) {
        if (engine.equals(ScoreSpec.REFERENCE)) {
            return new ReferenceScorer(model, ReferenceScorer.Precision.F64);
        }
        return NativeScorer.open(model, new NativeScorer.Options(threads, false,
                NativeScorer.Options.defaults().vocabChunk(), batchTokens, bf16Products(model, compute)));
    }

    /** Whether {@code compute} means bf16 products for this model on this machine. */
    static boolean bf16Products(Qwen2Model model, String compute) {
        return switch (compute) {
            case ScoreSpec.COMPUTE_BF16 -> true;
            case ScoreSpec.COMPUTE_F32 -> false;
            default -> model.dtype() != io.taoxi.engine.DType.F32 && NativeScorer.bf16ProductsFast();
        };
    }

    /** Closes and forgets every engine of this JVM. */
    public static void closeAll() {
        List<Engine> open = new ArrayList<>(ENGINES.values());
        ENGINES.clear();
        for (Engine e : open) {
            e.close();
        }
    }

    /** Engines open in this JVM (tests). */
    static int openCount() {
        return ENGINES.size();
    }
}
