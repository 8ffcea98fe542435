package io.taoxi.jobs.audit;

import io.taoxi.jobs.config.ConfigException;
import io.taoxi.tokenizer.audit.AnyTokenizer;
import io.taoxi.tokenizer.audit.AuditTables.AuditResult;
import io.taoxi.tokenizer.audit.TokenizerAudit;
import io.taoxi.tokenizer.audit.WordCounter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code taoxi audit-tokenizers --tokenizer qwen3=q/tokenizer.json --tokenizer llama3=l/tokenizer.json
 * --text audit/parallel --text out/run/filter/kept --output out/audit} (infrastructure: reads inputs,
 * runs the pure {@link TokenizerAudit}, writes {@link AuditReport}). No Spark: texts are read on the driver,
 * capped by {@code --max-texts-per-lang}. See docs/audit.md.
 */
@Command(name = "audit-tokenizers", mixinStandardHelpOptions = true,
        description = "Compare tokenizers per language and script: bytes/token, chars/token, fertility, parity with "
                + "English (bootstrap intervals), Simplified/Traditional pairs, vocabulary anatomy, CJK coverage.")
public final class AuditTokenizersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--tokenizer", required = true, paramLabel = "NAME=PATH",
            description = "A tokenizer.json (byte-level BPE, or SentencePiece-style BPE with byte fallback); repeatable.")
    List<String> tokenizers;

    @Option(names = "--text", required = true, paramLabel = "SPEC",
            description = "Parquet folder (text + lang columns), folder of line-aligned <lang>.txt files, .jsonl or .tsv; repeatable.")
    List<Path> texts;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Where CSV, audit.json and report.html go.")
    Path output;

    @Option(names = "--text-column", defaultValue = "text", description = "Text column/field (default: ${DEFAULT-VALUE}).")
    String textColumn;

    @Option(names = "--lang-column", defaultValue = "lang", description = "Language column/field (default: ${DEFAULT-VALUE}).")
    String langColumn;

    @Option(names = "--max-texts-per-lang", defaultValue = "20000",
            description = "Texts kept per language from Parquet/JSONL/TSV, first ones first (default: ${DEFAULT-VALUE}).")
    int maxTextsPerLang;

    @Option(names = "--bootstrap-samples", defaultValue = "2000", description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
    int bootstrapSamples;

    @Option(names = "--seed", defaultValue = "20261130", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--confidence", defaultValue = "0.95", description = "Interval level (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--no-coverage", description = "Skip CJK block coverage (~100k single-character encodes per tokenizer).")
    boolean noCoverage;

    @Option(names = "--words", defaultValue = "lucene",
            description = "Word segmentation for fertility: lucene (SmartCN/Kuromoji/Nori/ICU) or icu (default: ${DEFAULT-VALUE}).")
    String words;

    /**
     * Everything but the tokenizers, texts and output folder, with the command line's defaults in
     * {@link #defaults()}.
     *
     * @param words {@code lucene} (SmartCN/Kuromoji/Nori/ICU) or {@code icu}
     */
    public record Options(String textColumn, String langColumn, int maxTextsPerLang, int bootstrapSamples, long seed,
                          double confidence, boolean coverage, String words) {
        public static Options defaults() {
            return new Options("text", "lang", 20_000, 2_000, 20261130L, 0.95, true, "lucene");
        }
    }

    @Override
    public Integer call() throws IOException {
        Map<String, Path> named = new LinkedHashMap<>();
        for (String t : tokenizers) {
            int eq = t.indexOf('=');
            if (eq <= 0 || eq == t.length() - 1) {
                throw new ConfigException("--tokenizer " + t + ": expected NAME=PATH");
            }
            String name = t.substring(0, eq);
            if (named.containsKey(name)) {
                throw new ConfigException("--tokenizer " + name + " is given twice");
            }
            named.put(name, Path.of(t.substring(eq + 1)));
        }
        List<Path> written = run(named, texts, output,
                new Options(textColumn, langColumn, maxTextsPerLang, bootstrapSamples, seed, confidence, !noCoverage, words));
        PrintWriter out = spec.commandLine().getOut();
        written.forEach(out::println);
        out.flush();
        return 0;
    }

    /** {@link #run(Map, List, Path, Options)} with {@link Options#defaults()}. */
    public static List<Path> run(Map<String, Path> tokenizers, List<Path> texts, Path output) throws IOException {
        return run(tokenizers, texts, output, Options.defaults());
    }

    /**
     * The whole audit as a function (for the pipeline and the report): loads each named {@code tokenizer.json},
     * reads the text SPECs (Parquet folder, folder of line-aligned {@code <lang>.txt}, {@code .jsonl}, {@code .tsv}),
     * runs {@link TokenizerAudit} and writes the CSVs, {@code audit.json} and {@code report.html} into
     * {@code output} (created if missing).
     *
     * @param tokenizers name → {@code tokenizer.json}, in the order the tables show them (at least one)
     * @return the files written, {@code report.html} last
     * @throws ConfigException bad options, a missing or unreadable tokenizer (message names it)
     * @throws IOException unreadable or malformed text inputs (message names the file), or the output cannot be written
     */
    public static List<Path> run(Map<String, Path> tokenizers, List<Path> texts, Path output, Options options) throws IOException {
        if (tokenizers.isEmpty()) {
            throw new ConfigException("no tokenizer to audit (give at least one --tokenizer NAME=PATH)");
        }
        if (texts.isEmpty()) {
            throw new ConfigException("no text to audit (give at least one --text SPEC)");
        }
        if (options.maxTextsPerLang() <= 0) {
            throw new ConfigException("--max-texts-per-lang = " + options.maxTextsPerLang() + " (allowed: >= 1)");
        }
        if (!options.words().equals("lucene") && !options.words().equals("icu")) {
            throw new ConfigException("--words = " + options.words() + " (allowed: lucene, icu)");
        }
        TokenizerAudit.Spec auditSpec;
        try {
            auditSpec = new TokenizerAudit.Spec(options.bootstrapSamples(), options.seed(), options.confidence(), options.coverage(), 10_000);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
        Map<String, AnyTokenizer> loaded = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (Map.Entry<String, Path> t : tokenizers.entrySet()) {
            String name = t.getKey();
            Path path = t.getValue();
            if (!Files.isRegularFile(path)) {
                throw new ConfigException("--tokenizer " + name + ": " + path + " is not a file");
            }
            try {
                loaded.put(name, AnyTokenizer.load(path));
            } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
                throw new ConfigException("--tokenizer " + name + ": " + e.getMessage());
            }
            sources.put(name, path.toString());
        }
        AuditInputs inputs = new AuditInputs(options.textColumn(), options.langColumn(), options.maxTextsPerLang());
        for (Path p : texts) {
            inputs.read(p);
        }
        boolean icu = options.words().equals("icu");
        WordCounter wc = icu ? WordCounter.icu() : new SegmenterWords();
        long start = System.nanoTime();
        AuditResult result = TokenizerAudit.run(loaded, sources, inputs.texts, inputs.parallel, wc, auditSpec);
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("texts", inputs.texts.size() + " from Parquet/JSONL/TSV, "
                + inputs.parallel.stream().mapToInt(s -> s.size() * s.sentences().size()).sum() + " parallel sentences in "
                + inputs.parallel.size() + " set(s)");
        notes.put("inputs", texts.toString());
        notes.put("words", icu ? "ICU word break iterator" : "SmartCN (zh), Kuromoji (ja), Nori (ko), ICU (others)");
        if (!inputs.skipped.isEmpty()) {
            notes.put("skipped", inputs.skipped.toString());
        }
        notes.put("seconds", String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
        return AuditReport.write(result, output, notes);
    }
}
