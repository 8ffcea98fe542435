package io.taoxi.jobs.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
  * Infrastructure: one pass over each stage's {@code kept/}, {@code dropped/} and {@code quarantine/}
  * Parquet with {@link ParquetRows} (no Spark), collecting what the report shows beyond the manifests:
  *
  * <ul>
  *   <li>histograms and summary statistics of the charted signals ({@link #SIGNALS}) per language and per
  *       source, from the <em>last</em> stage whose output has the column (kept + dropped rows: the
  *       documents that stage judged);</li>
  *   <li>samples: for each (stage, reason) of dropped and quarantined rows, the {@code samples} rows with
  *       the smallest ids, with the signal values that decided them; for each perplexity bucket, the
  *       kept rows with the smallest ids;</li>
  *   <li>{@code data/signals_<stage>.csv}: one line per document (kept and dropped, the first
  *       {@code signalsLimit} in file order) with its outcome, reason, source, language, URL domain and
  *       every numeric column, for the notebooks' what-ifs.</li>
  * </ul>
  *
  * <p>Memory is bounded: fixed fine bins per signal (100 bins on [0, 1] for fractions, 0.05 decade of
  * {@code log10(1 + x)} for counts and perplexity), a small sorted map per sample group.
  *
  * <p>Known weaknesses: quantiles (p10, p50, p90) of a group with more than {@link #EXACT_VALUES} values are
  * read from the fine bins, so they are exact to a bin (1 % of the range for fractions, about 12 % of the value
  * on the log scale); below that, and for mean, min and max, they are exact.
  */
final class SignalScan {
    /** The signals charted, in report order, with their scale. */
    static final Map<String, Scale> SIGNALS = orderedSignals();
    static final int BIN_COUNT_UNIT = 100;
    static final double LOG_BIN = 0.05;
    static final int BIN_COUNT_LOG = 200;
    static final int TEXT_CHARS_IN_SAMPLE = 300;
    static final int EXACT_VALUES = 100_000;
    static final Set<String> NOT_SIGNALS = Set.of("source_offset", "source_inner_offset");
    static final List<String> OUTCOMES = List.of("kept", "dropped", "quarantine");

    enum Scale { UNIT, LOG }

    private static Map<String, Scale> orderedSignals() {
        Map<String, Scale> signals = new LinkedHashMap<>();
        signals.put("text_chars", Scale.LOG);
        signals.put("lang_score", Scale.UNIT);
        signals.put("word_count", Scale.LOG);
        signals.put("han_char_frac", Scale.UNIT);
        signals.put("dup_line_frac", Scale.UNIT);
        signals.put("toxicity_score", Scale.LOG);
        signals.put("perplexity", Scale.LOG);
        signals.put("dup_cluster_size", Scale.LOG);
        return java.util.Collections.unmodifiableMap(signals);
    }

    /** Fine-binned values of one signal in one group, with exact count, sum, min and max. */
    static final class Histogram {
        final Scale scale;
        final long[] bins;
        long count;
        long missing;
        double sum;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        /** The values themselves while there are at most {@link #EXACT_VALUES}: quantiles are then exact. */
        private double[] values = new double[16];

        Histogram(Scale scale) {
            this.scale = scale;
            this.bins = new long[scale == Scale.UNIT ? BIN_COUNT_UNIT : BIN_COUNT_LOG];
        }

        void add(Double value) {
            if (value == null || value.isNaN()) {
                missing++;
                return;
            }
            count++;
            sum += value;
            min = Math.min(min, value);
            max = Math.max(max, value);
            bins[bin(scale, value)]++;
            if (values != null) {
                if (count > EXACT_VALUES) {
                    values = null;
                } else {
                    if (count > values.length) {
                        values = java.util.Arrays.copyOf(values, values.length * 2);
                    }
                    values[(int) count - 1] = value;
                }
            }
        }

        boolean exact() {
            return values != null;
        }

        /**
          * Quantile by nearest rank: exact while the group has at most {@link #EXACT_VALUES} values, above that
          * the midpoint (in value units) of the fine bin that holds it.
          */
        double quantile(double q) {
            if (count == 0) {
                return Double.NaN;
            }
            long rank = (long) Math.ceil(q * count);
            if (values != null) {
                double[] sorted = java.util.Arrays.copyOf(values, (int) count);
                java.util.Arrays.sort(sorted);
                return sorted[(int) Math.max(0, rank - 1)];
            }
            long seen = 0;
            for (int i = 0; i < bins.length; i++) {
                seen += bins[i];
                if (seen >= Math.max(1, rank)) {
                    double middle = (edge(scale, i) + edge(scale, i + 1)) / 2;
                    return Math.max(min, Math.min(max, middle));
                }
            }
            return max;
        }
    }

    static int bin(Scale scale, double value) {
        if (scale == Scale.UNIT) {
            return (int) Math.max(0, Math.min(BIN_COUNT_UNIT - 1, Math.floor(value * BIN_COUNT_UNIT)));
        }
        double position = Math.log10(1 + Math.max(0, value)) / LOG_BIN;
        return (int) Math.max(0, Math.min(BIN_COUNT_LOG - 1, Math.floor(position)));
    }

    /** Lower edge of fine bin {@code i}, in value units. */
    static double edge(Scale scale, int i) {
        if (scale == Scale.UNIT) {
            return (double) i / BIN_COUNT_UNIT;
        }
        return Math.pow(10, i * LOG_BIN) - 1;
    }

    /** One example document: where it came from, a truncated text, and the values that decided it. */
    record Sample(String stage, String group, String id, String source, String lang, String url, String text,
                  Map<String, Object> signals) {
    }

    /** A charted signal: which stage it was read from and its histograms per language and per source. */
    record SignalData(String signal, String stage, Scale scale, Map<String, Histogram> byLanguage,
                      Map<String, Histogram> bySource, Histogram all) {
    }

    final Map<String, SignalData> signals = new LinkedHashMap<>();
    /** Stage → reason → id → sample (a TreeMap: the smallest ids win). */
    final Map<String, Map<String, TreeMap<String, Sample>>> reasonSamples = new LinkedHashMap<>();
    /** Bucket → id → sample. */
    final Map<String, TreeMap<String, Sample>> bucketSamples = new LinkedHashMap<>();
    /** Perplexity cut-offs (name → upper bound), in ascending order; empty when no manifest gives them. */
    final Map<String, Double> perplexityCutoffs = new LinkedHashMap<>();
    String perplexityStage;
    /** The lang × source group whose cut-offs are drawn on the chart (the one with most scored documents). */
    String perplexityCutoffGroup;
    /** The score stage's {@code perplexity_buckets.json} groups: cut-offs and bucket counts per lang × source. */
    final List<JsonNode> perplexityGroups = new ArrayList<>();
    final List<Path> signalFiles = new ArrayList<>();
    /** Stage → reason → rules (from its config), used to say which signal decided a drop. */
    final Map<String, List<Rule>> rulesByStage = new LinkedHashMap<>();

    /** A threshold rule found in a stage's config: {@code {signal, min, max, reason}} under {@code …/<lang>[i]}. */
    record Rule(String stage, String language, String reason, String signal, Double min, Double max) {
    }

    private final int samplesPerGroup;
    private final long signalsLimit;

    private SignalScan(int samplesPerGroup, long signalsLimit) {
        this.samplesPerGroup = samplesPerGroup;
        this.signalsLimit = signalsLimit;
    }

    /**
      * Scans every stage that has Parquet outputs. {@code dataDir} receives the {@code signals_<stage>.csv}
      * files; {@code null} writes none (compare mode).
      */
    static SignalScan scan(List<FunnelReport.Stage> stages, Map<String, JsonNode> rawManifests, Path dataDir,
                           int samplesPerGroup, long signalsLimit) throws IOException {
        SignalScan scan = new SignalScan(samplesPerGroup, signalsLimit);
        Map<FunnelReport.Stage, List<String>> columnsByStage = new LinkedHashMap<>();
        for (FunnelReport.Stage stage : stages) {
            columnsByStage.put(stage, stageColumns(stage.folder()));
            scan.rulesByStage.put(stage.name(), rules(stage.name(), stage.manifest().config()));
            JsonNode raw = rawManifests.get(stage.folder().toString());
            JsonNode cutoffs = raw == null ? null : find(raw, "perplexity_cutoffs");
            if (cutoffs != null && cutoffs.isObject()) {
                scan.perplexityStage = stage.name();
                scan.perplexityCutoffs.clear();
                List<Map.Entry<String, Double>> entries = new ArrayList<>();
                cutoffs.fields().forEachRemaining(field -> {
                    if (field.getValue().isNumber()) {
                        entries.add(Map.entry(field.getKey(), field.getValue().asDouble()));
                    }
                });
                entries.sort(Map.Entry.comparingByValue());
                entries.forEach(entry -> scan.perplexityCutoffs.put(entry.getKey(), entry.getValue()));
            }
            scan.readPerplexityBuckets(stage);
        }
        // Each signal is charted from the last stage that has it.
        Map<String, FunnelReport.Stage> chartStage = new LinkedHashMap<>();
        for (String signal : SIGNALS.keySet()) {
            for (FunnelReport.Stage stage : stages) {
                if (columnsByStage.get(stage).contains(signal)) {
                    chartStage.put(signal, stage);
                }
            }
        }
        for (FunnelReport.Stage stage : stages) {
            List<String> columns = columnsByStage.get(stage);
            if (columns.isEmpty()) {
                continue;
            }
            List<String> charted = new ArrayList<>();
            chartStage.forEach((signal, owner) -> {
                if (owner == stage) {
                    charted.add(signal);
                    scan.signals.put(signal, new SignalData(signal, stage.name(), SIGNALS.get(signal),
                            new TreeMap<>(), new TreeMap<>(), new Histogram(SIGNALS.get(signal))));
                }
            });
            scan.scanStage(stage, columns, charted, dataDir);
        }
        return scan;
    }

    /** Union of the column names of a stage's outcome folders (empty when it has no Parquet). */
    private static List<String> stageColumns(Path folder) throws IOException {
        Set<String> columns = new LinkedHashSet<>();
        for (String outcome : OUTCOMES) {
            Path dir = folder.resolve(outcome);
            if (Files.isDirectory(dir)) {
                columns.addAll(ParquetRows.columns(ParquetRows.partFiles(dir)));
            }
        }
        return List.copyOf(columns);
    }

    private static List<String> numericColumns(Path folder) throws IOException {
        Set<String> numeric = new LinkedHashSet<>();
        for (String outcome : List.of("kept", "dropped")) {
            Path dir = folder.resolve(outcome);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            for (Path file : ParquetRows.partFiles(dir)) {
                for (Type field : ParquetRows.schema(file).getFields()) {
                    if (isNumeric(field) && !NOT_SIGNALS.contains(field.getName())) {
                        numeric.add(field.getName());
                    }
                }
            }
        }
        return List.copyOf(numeric);
    }

    private static boolean isNumeric(Type field) {
        if (!field.isPrimitive() || field.isRepetition(Type.Repetition.REPEATED)) {
            return false;
        }
        PrimitiveType primitive = field.asPrimitiveType();
        LogicalTypeAnnotation annotation = primitive.getLogicalTypeAnnotation();
        return switch (primitive.getPrimitiveTypeName()) {
            case INT32, INT64 -> annotation == null || annotation instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation;
            case FLOAT, DOUBLE, BOOLEAN -> true;
            default -> false;
        };
    }

    private void scanStage(FunnelReport.Stage stage, List<String> columns, List<String> charted, Path dataDir)
            throws IOException {
        List<String> numeric = numericColumns(stage.folder());
        Set<String> wanted = new LinkedHashSet<>(List.of("id", "source", "lang", "url", "reason", "text",
                "error_class", "error_message", "perplexity_bucket", "dup_survivor_id"));
        wanted.addAll(numeric);
        List<String> exportColumns = new ArrayList<>(List.of("stage", "outcome", "reason", "id", "source", "lang",
                "domain"));
        exportColumns.addAll(numeric);
        Writer csvOut = null;
        RowWriter csv = null;
        if (dataDir != null && !numeric.isEmpty()) {
            Path file = dataDir.resolve("signals_" + fileSafe(stage.name()) + ".csv");
            csvOut = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            csv = RowWriter.csv(csvOut, exportColumns);
            signalFiles.add(file);
        }
        long exported = 0;
        boolean hasPerplexity = columns.contains("perplexity") || columns.contains("perplexity_bucket");
        try {
            for (String outcome : OUTCOMES) {
                Path dir = stage.folder().resolve(outcome);
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                String outcomeWord = outcome.equals("quarantine") ? "quarantined" : outcome;
                try (ParquetRows rows = ParquetRows.open(ParquetRows.partFiles(dir), wanted)) {
                    while (rows.hasNext()) {
                        Map<String, Object> row = rows.next();
                        if (!outcome.equals("quarantine")) {
                            for (String signal : charted) {
                                addToHistograms(signal, row);
                            }
                            if (csv != null && exported < signalsLimit) {
                                List<Object> values = new ArrayList<>(exportColumns.size());
                                values.add(stage.name());
                                values.add(outcomeWord);
                                values.add(row.get("reason"));
                                values.add(row.get("id"));
                                values.add(row.get("source"));
                                values.add(row.get("lang"));
                                values.add(domain(row.get("url")));
                                for (String column : numeric) {
                                    values.add(row.get(column));
                                }
                                csv.write(values);
                                exported++;
                            }
                        }
                        if (!outcome.equals("kept")) {
                            String reason = row.get("reason") == null ? "(no reason)" : String.valueOf(row.get("reason"));
                            offer(reasonSamples.computeIfAbsent(stage.name(), key -> new TreeMap<>())
                                    .computeIfAbsent(reason, key -> new TreeMap<>()),
                                    () -> sample(stage.name(), reason, row, decidingSignals(stage.name(), reason, row)), row);
                        } else if (hasPerplexity && stage.name().equals(perplexityStageOr(stage.name()))) {
                            String bucket = bucket(row);
                            if (bucket != null) {
                                offer(bucketSamples.computeIfAbsent(bucket, key -> new TreeMap<>()),
                                        () -> sample(stage.name(), bucket, row, perplexitySignals(row)), row);
                            }
                        }
                    }
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        } finally {
            if (csv != null) {
                csv.close();
                csvOut.close();
            }
        }
    }

    private String perplexityStageOr(String fallback) {
        return perplexityStage == null ? fallback : perplexityStage;
    }

    private void offer(TreeMap<String, Sample> group, java.util.function.Supplier<Sample> make, Map<String, Object> row) {
        if (samplesPerGroup <= 0) {
            return;
        }
        String id = row.get("id") == null ? "" : String.valueOf(row.get("id"));
        if (group.size() >= samplesPerGroup && id.compareTo(group.lastKey()) >= 0) {
            return;
        }
        group.put(id, make.get());
        if (group.size() > samplesPerGroup) {
            group.pollLastEntry();
        }
    }

    private void addToHistograms(String signal, Map<String, Object> row) {
        SignalData data = signals.get(signal);
        Double value = number(row.get(signal));
        String lang = row.get("lang") == null || String.valueOf(row.get("lang")).isEmpty()
                ? FunnelReport.NO_LANGUAGE : String.valueOf(row.get("lang"));
        String source = row.get("source") == null ? "(none)" : String.valueOf(row.get("source"));
        data.byLanguage().computeIfAbsent(lang, key -> new Histogram(data.scale())).add(value);
        data.bySource().computeIfAbsent(source, key -> new Histogram(data.scale())).add(value);
        data.all().add(value);
    }

    /**
     * The score stage's side file ({@code perplexity_buckets.json}, docs/engine.md): its groups become the
     * cut-off table, and the cut-offs of the group with the most scored documents are drawn on the chart
     * (every group has its own; drawing them all would hide the histogram).
     */
    private void readPerplexityBuckets(FunnelReport.Stage stage) throws IOException {
        Path file = stage.folder().resolve("perplexity_buckets.json");
        if (!java.nio.file.Files.isRegularFile(file)) {
            return;
        }
        JsonNode root = io.taoxi.jobs.config.ConfigLoader.jsonMapper().readTree(file.toFile());
        perplexityStage = stage.name();
        perplexityGroups.clear();
        perplexityCutoffs.clear();
        JsonNode largest = null;
        for (JsonNode g : root.path("groups")) {
            perplexityGroups.add(g);
            if (largest == null || g.path("docs_scored").asLong() > largest.path("docs_scored").asLong()) {
                largest = g;
            }
        }
        if (largest != null && largest.path("head_max_perplexity").isNumber()) {
            perplexityCutoffGroup = largest.path("lang").asText() + "/" + largest.path("source").asText();
            perplexityCutoffs.put("head_max", largest.path("head_max_perplexity").asDouble());
            perplexityCutoffs.put("middle_max", largest.path("middle_max_perplexity").asDouble());
        }
    }

    /** The perplexity bucket of a row: its {@code perplexity_bucket} column, else from the manifest's cut-offs. */
    String bucket(Map<String, Object> row) {
        Object column = row.get("perplexity_bucket");
        if (column != null) {
            return String.valueOf(column);
        }
        Double perplexity = number(row.get("perplexity"));
        if (perplexity == null || perplexityCutoffs.isEmpty()) {
            return null;
        }
        for (Map.Entry<String, Double> cutoff : perplexityCutoffs.entrySet()) {
            if (perplexity <= cutoff.getValue()) {
                return bucketName(cutoff.getKey());
            }
        }
        return "tail";
    }

    /** {@code head_max} → {@code head}: a cut-off named by its bucket's upper bound. */
    static String bucketName(String cutoffName) {
        return cutoffName.endsWith("_max") ? cutoffName.substring(0, cutoffName.length() - 4) : cutoffName;
    }

    private Map<String, Object> decidingSignals(String stage, String reason, Map<String, Object> row) {
        Map<String, Object> values = new LinkedHashMap<>();
        String lang = row.get("lang") == null ? "" : String.valueOf(row.get("lang"));
        Rule rule = ruleFor(stage, reason, lang);
        if (rule != null) {
            values.put(rule.signal(), row.get(rule.signal()));
            values.put("threshold", describe(rule));
        }
        switch (reason) {
            case "lang_undetermined" -> values.put("lang_score", row.get("lang_score"));
            case "url_duplicate", "exact_duplicate", "near_duplicate" -> {
                values.put("dup_cluster_size", row.get("dup_cluster_size"));
                values.put("dup_survivor_id", row.get("dup_survivor_id"));
            }
            case "too_short_after_paragraph_dedup" -> values.put("paragraphs_removed", row.get("paragraphs_removed"));
            default -> {
                if (rule == null && row.containsKey(reason)) {
                    values.put(reason, row.get(reason));
                }
            }
        }
        if (row.get("error_message") != null) {
            values.put("error_class", row.get("error_class"));
            values.put("error_message", row.get("error_message"));
        }
        values.putIfAbsent("text_chars", row.get("text_chars"));
        if (row.containsKey("lang_score")) {
            values.putIfAbsent("lang_score", row.get("lang_score"));
        }
        values.values().removeIf(java.util.Objects::isNull);
        return values;
    }

    private Map<String, Object> perplexitySignals(Map<String, Object> row) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("perplexity", row.get("perplexity"));
        values.put("text_chars", row.get("text_chars"));
        values.values().removeIf(java.util.Objects::isNull);
        return values;
    }

    /**
      * The rule that names {@code reason} for a document's language: rules under {@code lang}, else its base
      * language ({@code zh} for {@code zh-Hant}), else {@code default}, else any rule with that reason.
      */
    Rule ruleFor(String stage, String reason, String lang) {
        List<Rule> rules = rulesByStage.getOrDefault(stage, List.of()).stream()
                .filter(rule -> rule.reason().equals(reason)).toList();
        if (rules.isEmpty()) {
            return null;
        }
        String base = lang.contains("-") ? lang.substring(0, lang.indexOf('-')) : lang;
        for (String key : List.of(lang, base, "default")) {
            for (Rule rule : rules) {
                if (rule.language().equals(key) && (rule.min() != null || rule.max() != null)) {
                    return rule;
                }
            }
        }
        return rules.get(0);
    }

    static String describe(Rule rule) {
        String min = rule.min() == null ? null : DataTable.number(rule.min());
        String max = rule.max() == null ? null : DataTable.number(rule.max());
        String range = min != null && max != null ? min + " ≤ " + rule.signal() + " ≤ " + max
                : min != null ? rule.signal() + " ≥ " + min
                : max != null ? rule.signal() + " ≤ " + max : rule.signal() + " (rule off)";
        return "keep when " + range + " (" + rule.language() + ")";
    }

    /** Every {@code {signal, reason, min?, max?}} object in a stage config; the language is the key above its list. */
    static List<Rule> rules(String stage, JsonNode config) {
        List<Rule> rules = new ArrayList<>();
        collectRules(stage, config, "", rules);
        return rules;
    }

    private static void collectRules(String stage, JsonNode node, String parentKey, List<Rule> rules) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            if (node.hasNonNull("signal") && node.hasNonNull("reason")) {
                rules.add(new Rule(stage, parentKey, node.get("reason").asText(), node.get("signal").asText(),
                        node.hasNonNull("min") && node.get("min").isNumber() ? node.get("min").asDouble() : null,
                        node.hasNonNull("max") && node.get("max").isNumber() ? node.get("max").asDouble() : null));
                return;
            }
            node.fields().forEachRemaining(field -> collectRules(stage, field.getValue(), field.getKey(), rules));
        } else if (node.isArray()) {
            node.forEach(child -> collectRules(stage, child, parentKey, rules));
        }
    }

    /** The first value named {@code name} in a JSON tree, breadth first (top level wins over config). */
    static JsonNode find(JsonNode root, String name) {
        List<JsonNode> level = List.of(root);
        while (!level.isEmpty()) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : level) {
                if (node.isObject() && node.has(name)) {
                    return node.get(name);
                }
                node.forEach(next::add);
            }
            level = next;
        }
        return null;
    }

    private Sample sample(String stage, String group, Map<String, Object> row, Map<String, Object> signals) {
        return new Sample(stage, group, str(row.get("id")), str(row.get("source")), str(row.get("lang")),
                str(row.get("url")), truncate(PiiSection.mask(str(row.get("text"))), TEXT_CHARS_IN_SAMPLE), signals);
    }

    static String truncate(String text, int codePoints) {
        if (text == null) {
            return null;
        }
        if (text.codePointCount(0, text.length()) <= codePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, codePoints)) + " …";
    }

    private static String str(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    static Double number(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof Boolean bool) {
            return bool ? 1.0 : 0.0;
        }
        return null;
    }

    /** Host of a URL, lower case, without {@code www.}; {@code null} when there is none. */
    static String domain(Object url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(String.valueOf(url).strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String fileSafe(String name) {
        return name.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    /** Groups of a histogram map ordered by document count, largest first, then by name. */
    static List<Map.Entry<String, Histogram>> largestFirst(Map<String, Histogram> groups) {
        List<Map.Entry<String, Histogram>> entries = new ArrayList<>(groups.entrySet());
        entries.sort(Comparator.comparingLong((Map.Entry<String, Histogram> entry) -> entry.getValue().count + entry.getValue().missing)
                .reversed().thenComparing(Map.Entry::getKey));
        return entries;
    }
}
