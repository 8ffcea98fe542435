package io.taoxi.jobs.dedup;

import io.taoxi.filters.dedup.MinHash;
import io.taoxi.filters.dedup.NearDupGenerator;
import io.taoxi.filters.dedup.Shingler;
import io.taoxi.filters.dedup.Signer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SparseVector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * JMH: MinHash signature throughput on one thread (= per core), Taoxi's permutation family against Spark
 * MLlib's {@code MinHashLSHModel} hash functions, on the same shingle sets (docs/dedup.md, "Benchmark").
 *
 * <p>Input: the first {@value #DOCS} documents of {@code NearDupGenerator(1).corpus(4000)} (text written for
 * Taoxi in zh-Hans, zh-Hant, ja, ko, en) that have a signature under the default spec (5-character /
 * 5-word shingles, 112 permutations, seed 1). Each benchmark invocation handles all of them; the score is
 * documents per second ({@link OperationsPerInvocation}), which {@link #main} turns into MB/s of UTF-8 text.
 * <ul>
 *   <li>{@code shingling}: text → shingle hashes (what both families share; for scale);</li>
 *   <li>{@code taoxiFromShingles}: {@link MinHash#signature} on the precomputed shingles;</li>
 *   <li>{@code mllibFromVectors}: {@code MinHashLSHModel.hashFunction} on precomputed sparse vectors (MLlib's
 *       hashing alone: {@code min over indices of ((1 + i)·a + b) mod 2038074743} per hash table);</li>
 *   <li>{@code mllibFromShingles}: the shingles → sparse vector conversion of the stage's {@code mllib}
 *       mode ({@link Signatures#mllibVector}) plus the hashing;</li>
 *   <li>{@code taoxiFromText}, {@code mllibFromText}: text → signature, as each mode of the stage computes it
 *       per document (Spark's row handling excluded).</li>
 * </ul>
 * The MLlib model comes from {@code MinHashLSH.createRawLSHModel}, the method {@code fit} calls (same
 * seed → same coefficients), so no SparkSession is started in the benchmark JVM. The class sits in the
 * stage's package to call the package-private {@link Signatures#mllibVector} the stage uses.
 *
 * <p>{@link #main} takes JMH's command-line options ({@code -wi 2 -i 3 -f 1}, {@code -w 5s}, …), runs this
 * class's benchmarks and prints documents/s, MB/s and the ratios Taoxi ÷ MLlib for the three comparable
 * pairs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@OperationsPerInvocation(BenchmarkSignatures.DOCS)
public class BenchmarkSignatures {
    static final int DOCS = 2000;
    static final long CORPUS_SEED = 1;

    private List<String> texts;
    private long[][] shingles;
    private SparseVector[] vectors;
    private Shingler shingler;
    private Signer signer;
    private MinHash minHash;
    private MinHashLSHModel mllib;

    /** The benchmark input: texts with a signature under the default spec, and their UTF-8 size. */
    record Input(List<String> texts, long utf8Bytes) {
        static Input build(Signer signer) {
            List<String> texts = new ArrayList<>(DOCS);
            long bytes = 0;
            for (NearDupGenerator.CorpusDoc doc : new NearDupGenerator(CORPUS_SEED).corpus(2 * DOCS)) {
                if (signer.signature(doc.text(), Shingler.Mode.TEXT) != null) {
                    texts.add(doc.text());
                    bytes += doc.text().getBytes(StandardCharsets.UTF_8).length;
                    if (texts.size() == DOCS) {
                        return new Input(List.copyOf(texts), bytes);
                    }
                }
            }
            throw new IllegalStateException("the generated corpus has fewer than " + DOCS + " documents with a signature");
        }
    }

    static Signer defaultSigner() {
        DedupStage.Spec spec = DedupStage.Spec.defaults();
        return new Signer(spec.shingles(), spec.lsh().numPermutations(), spec.seed(), spec.minShingles());
    }

    static MinHashLSHModel mllibModel(int hashTables, long seed) {
        return new MinHashLSH().setNumHashTables(hashTables).setSeed(seed)
                .createRawLSHModel(Signatures.MLLIB_DIMENSION);
    }

    @Setup(Level.Trial)
    public void setUp() {
        DedupStage.Spec spec = DedupStage.Spec.defaults();
        signer = defaultSigner();
        shingler = signer.shingler();
        minHash = signer.minHash();
        mllib = mllibModel(spec.lsh().numPermutations(), spec.seed());
        texts = Input.build(signer).texts();
        shingles = new long[DOCS][];
        vectors = new SparseVector[DOCS];
        for (int i = 0; i < DOCS; i++) {
            shingles[i] = shingler.shingles(texts.get(i), Shingler.Mode.TEXT);
            vectors[i] = Signatures.mllibVector(shingles[i]);
        }
    }

    @Benchmark
    public void shingling(Blackhole bh) {
        for (String text : texts) {
            bh.consume(shingler.shingles(text, Shingler.Mode.TEXT));
        }
    }

    @Benchmark
    public void taoxiFromShingles(Blackhole bh) {
        for (long[] s : shingles) {
            bh.consume(minHash.signature(s));
        }
    }

    @Benchmark
    public void mllibFromVectors(Blackhole bh) {
        for (SparseVector v : vectors) {
            bh.consume(mllib.hashFunction(v));
        }
    }

    @Benchmark
    public void mllibFromShingles(Blackhole bh) {
        for (long[] s : shingles) {
            bh.consume(mllib.hashFunction(Signatures.mllibVector(s)));
        }
    }

    @Benchmark
    public void taoxiFromText(Blackhole bh) {
        for (String text : texts) {
            bh.consume(signer.signature(text, Shingler.Mode.TEXT));
        }
    }

    @Benchmark
    public void mllibFromText(Blackhole bh) {
        for (String text : texts) {
            long[] s = shingler.shingles(text, Shingler.Mode.TEXT);
            if (signer.enough(s)) {
                bh.consume(mllib.hashFunction(Signatures.mllibVector(s)));
            }
        }
    }

    /** Runs the benchmarks with JMH's command-line options and prints MB/s and the Taoxi ÷ MLlib ratios. */
    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        ChainedOptionsBuilder options = new OptionsBuilder().parent(cli);
        if (cli.getIncludes().isEmpty()) {
            options.include(BenchmarkSignatures.class.getName() + "\\.");
        }
        Collection<RunResult> runs = new Runner(options.build()).run();
        Input input = Input.build(defaultSigner());
        double mbPerDoc = input.utf8Bytes() / 1e6 / DOCS;
        Map<String, Result<?>> scores = new LinkedHashMap<>();
        for (RunResult run : runs) {
            String method = run.getParams().getBenchmark();
            scores.put(method.substring(method.lastIndexOf('.') + 1), run.getPrimaryResult());
        }
        System.out.printf(Locale.ROOT, "%nsignature throughput, 1 thread, %d documents (%.2f MB UTF-8), %d permutations%n",
                DOCS, input.utf8Bytes() / 1e6, DedupStage.Spec.defaults().lsh().numPermutations());
        System.out.printf(Locale.ROOT, "  %-20s %12s %10s %10s%n", "benchmark", "docs/s", "± (99.9%)", "MB/s");
        scores.forEach((name, r) -> System.out.printf(Locale.ROOT, "  %-20s %12.1f %10.1f %10.2f%n", name,
                r.getScore(), r.getScoreError(), r.getScore() * mbPerDoc));
        ratio(scores, "taoxiFromShingles", "mllibFromVectors", "hashing only, same shingle sets");
        ratio(scores, "taoxiFromShingles", "mllibFromShingles", "from shingles, MLlib incl. its sparse vector");
        ratio(scores, "taoxiFromText", "mllibFromText", "from text, shingling included");
    }

    private static void ratio(Map<String, Result<?>> scores, String ours, String theirs, String what) {
        Result<?> a = scores.get(ours);
        Result<?> b = scores.get(theirs);
        if (a == null || b == null) {
            return;
        }
        // interval ratio from the two 99.9% intervals; left out when an interval reaches zero (or is NaN: too
        // few iterations)
        double low = (a.getScore() - a.getScoreError()) / (b.getScore() + b.getScoreError());
        double high = (a.getScore() + a.getScoreError()) / (b.getScore() - b.getScoreError());
        String range = Double.isNaN(low) || Double.isNaN(high) || low <= 0 || high <= 0 ? ""
                : String.format(Locale.ROOT, " (%.1f–%.1f×)", low, high);
        System.out.printf(Locale.ROOT, "  ratio taoxi / MLlib, %-46s %6.1f×%s%n", what + ":", a.getScore() / b.getScore(), range);
    }
}
