package io.taoxi.jobs.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taoxi.jobs.report.DataTable.DataColumn;
import io.taoxi.jobs.report.DataTable.Kind;
import io.taoxi.jobs.report.ManifestView.Count;
import io.taoxi.jobs.report.ManifestView.OutcomeCounts;
import io.taoxi.jobs.report.ManifestView.ReasonCount;
import io.taoxi.jobs.report.SignalScan.Histogram;
import io.taoxi.jobs.report.SignalScan.Rule;
import io.taoxi.jobs.report.SignalScan.Sample;
import io.taoxi.jobs.report.SignalScan.SignalData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
  * The raw tables of one run ({@link DataTable}s): what {@code data/*.csv} and {@code report.json} hold and
  * what {@code --compare} joins. Built from the manifests, the {@link SignalScan} of the Parquet outputs,
  * an optional mixture file and an optional {@code audit/} folder (formats: docs/report.md).
  */
final class RunTables {
    static final Pattern OPERATOR_VERSION = Pattern.compile("[a-z][a-z0-9_]*_v[0-9]+");
    static final List<String> MIXTURE_FILES = List.of("tokens.json", "mixture.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final Path runDir;
    final List<FunnelReport.Stage> stages;
    final SignalScan scan;
    final Path mixtureFile;
    final JsonNode mixture;
    final Path auditDir;
    final Map<String, DataTable> tables = new LinkedHashMap<>();

    private RunTables(Path runDir, List<FunnelReport.Stage> stages, SignalScan scan, Path mixtureFile,
                      JsonNode mixture, Path auditDir) {
        this.runDir = runDir;
        this.stages = stages;
        this.scan = scan;
        this.mixtureFile = mixtureFile;
        this.mixture = mixture;
        this.auditDir = auditDir;
    }

    /** Loads and scans a run; {@code dataDir} receives the per-document signal CSVs ({@code null}: none). */
    static RunTables build(Path runDir, Path dataDir, int samplesPerGroup, long signalsLimit) throws IOException {
        List<FunnelReport.Stage> stages = FunnelReport.load(runDir);
        Map<String, JsonNode> raw = new LinkedHashMap<>();
        for (FunnelReport.Stage stage : stages) {
            raw.put(stage.folder().toString(), MAPPER.readTree(stage.folder().resolve(FunnelReport.MANIFEST).toFile()));
        }
        SignalScan scan = SignalScan.scan(stages, raw, dataDir, samplesPerGroup, signalsLimit);
        Path mixtureFile = findMixture(runDir);
        JsonNode mixture = null;
        if (mixtureFile != null) {
            try {
                mixture = MAPPER.readTree(mixtureFile.toFile());
            } catch (IOException e) {
                throw new ReportException("cannot read mixture file " + mixtureFile + ": " + e.getMessage(), e);
            }
        }
        Path audit = Files.isDirectory(runDir.resolve("audit")) ? runDir.resolve("audit") : null;
        RunTables run = new RunTables(runDir, stages, scan, mixtureFile, mixture, audit);
        run.collect();
        DedupSection.collect(run);
        return run;
    }

    private static Path findMixture(Path runDir) throws IOException {
        List<Path> candidates = new ArrayList<>();
        for (String name : MIXTURE_FILES) {
            candidates.add(runDir.resolve(name));
        }
        try (Stream<Path> children = Files.list(runDir)) {
            children.filter(Files::isDirectory).sorted().forEach(child -> {
                String folder = String.valueOf(child.getFileName());
                if (!folder.endsWith(".inprogress") && !folder.endsWith(".replaced")) {
                    MIXTURE_FILES.forEach(name -> candidates.add(child.resolve(name)));
                }
            });
        }
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElse(null);
    }

    private void add(DataTable table) {
        tables.put(table.name(), table);
    }

    private void collect() {
        funnel();
        reasons();
        breakdown("by_source", "source", FunnelReport.Stage::manifest, true);
        breakdown("by_language", "language", FunnelReport.Stage::manifest, false);
        timings();
        versionsAndConfig();
        rules();
        signals();
        samples();
        mixture();
        java.util.Optional.ofNullable(PiiSection.table(stages)).ifPresent(this::add);
    }

    static boolean hasTokens(List<FunnelReport.Stage> stages) {
        return stages.stream().anyMatch(stage -> stage.manifest().counts().in().tokens() != null
                || stage.manifest().counts().kept().tokens() != null);
    }

    private void funnel() {
        List<List<Object>> rows = new ArrayList<>();
        Count first = stages.get(0).manifest().counts().in();
        for (FunnelReport.Stage stage : stages) {
            var counts = stage.manifest().counts();
            rows.add(java.util.Arrays.asList(stage.name(), counts.in().docs(), counts.kept().docs(), counts.dropped().docs(),
                    counts.quarantined().docs(), counts.in().bytes(), counts.kept().bytes(), counts.in().tokens(),
                    counts.kept().tokens(), ratio(counts.kept().docs(), counts.in().docs()),
                    ratio(counts.kept().docs(), first.docs()), ratio(counts.kept().bytes(), counts.in().bytes()),
                    ratio(counts.kept().bytes(), first.bytes()), tokenRatio(counts.kept().tokens(), counts.in().tokens())));
        }
        add(new DataTable("funnel", "Funnel", List.of(DataTable.key("stage"),
                DataTable.column("in_docs", Kind.COUNT), DataTable.column("kept_docs", Kind.COUNT),
                DataTable.column("dropped_docs", Kind.COUNT), DataTable.column("quarantined_docs", Kind.COUNT),
                DataTable.column("in_bytes", Kind.BYTES), DataTable.column("kept_bytes", Kind.BYTES),
                DataTable.column("in_tokens", Kind.COUNT), DataTable.column("kept_tokens", Kind.COUNT),
                DataTable.column("step_retention_docs", Kind.FRACTION),
                DataTable.column("overall_retention_docs", Kind.FRACTION),
                DataTable.column("step_retention_bytes", Kind.FRACTION),
                DataTable.column("overall_retention_bytes", Kind.FRACTION),
                DataTable.column("step_retention_tokens", Kind.FRACTION)), rows));
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static Double tokenRatio(Long part, Long whole) {
        return part == null || whole == null || whole == 0 ? null : (double) part / whole;
    }

    private void reasons() {
        boolean tokens = hasTokens(stages);
        List<List<Object>> rows = new ArrayList<>();
        for (FunnelReport.Stage stage : stages) {
            Count in = stage.manifest().counts().in();
            List<Map.Entry<String, ReasonCount>> entries = new ArrayList<>(stage.manifest().byReason().entrySet());
            entries.sort(Comparator.comparingLong((Map.Entry<String, ReasonCount> entry) -> entry.getValue().docs())
                    .reversed().thenComparing(Map.Entry::getKey));
            for (Map.Entry<String, ReasonCount> entry : entries) {
                ReasonCount reason = entry.getValue();
                List<Object> row = new ArrayList<>(java.util.Arrays.asList(stage.name(), entry.getKey(),
                        reason.outcome(), reason.docs(), reason.bytes(), ratio(reason.docs(), in.docs()),
                        ratio(reason.bytes(), in.bytes())));
                if (tokens) {
                    row.add(reason.tokens());
                    row.add(tokenRatio(reason.tokens(), in.tokens()));
                }
                rows.add(row);
            }
        }
        List<DataColumn> columns = new ArrayList<>(List.of(
                DataTable.key("stage"), DataTable.key("reason"), DataTable.column("outcome", Kind.TEXT),
                DataTable.column("docs", Kind.COUNT), DataTable.column("bytes", Kind.BYTES),
                DataTable.column("share_of_stage_docs", Kind.FRACTION),
                DataTable.column("share_of_stage_bytes", Kind.FRACTION)));
        if (tokens) {
            // Text tokens of the documents each reason removed, by the pipeline's trained tokenizer; empty where
            // the stage's token count is stale or absent.
            columns.add(DataTable.column("tokens", Kind.COUNT));
            columns.add(DataTable.column("share_of_stage_tokens", Kind.FRACTION));
        }
        add(new DataTable("reasons", tokens ? "Documents, bytes and tokens per drop or quarantine reason"
                : "Documents and bytes per drop or quarantine reason", columns, rows));
    }

    private void breakdown(String name, String keyName, java.util.function.Function<FunnelReport.Stage, ManifestView> view,
                           boolean bySource) {
        List<List<Object>> rows = new ArrayList<>();
        for (FunnelReport.Stage stage : stages) {
            Map<String, OutcomeCounts> counts = bySource ? view.apply(stage).bySource() : view.apply(stage).byLanguage();
            List<Map.Entry<String, OutcomeCounts>> entries = new ArrayList<>(counts.entrySet());
            entries.sort(Comparator.comparingLong((Map.Entry<String, OutcomeCounts> entry) -> entry.getValue().total())
                    .reversed().thenComparing(Map.Entry::getKey));
            for (Map.Entry<String, OutcomeCounts> entry : entries) {
                OutcomeCounts value = entry.getValue();
                String key = !bySource && entry.getKey().isEmpty() ? FunnelReport.NO_LANGUAGE : entry.getKey();
                rows.add(java.util.Arrays.asList(stage.name(), key, value.total(), value.kept(), value.dropped(),
                        value.quarantined(), ratio(value.kept(), value.total()), value.keptBytes()));
            }
        }
        add(new DataTable(name, "Outcomes by " + keyName, List.of(DataTable.key("stage"), DataTable.key(keyName),
                DataTable.column("in_docs", Kind.COUNT), DataTable.column("kept_docs", Kind.COUNT),
                DataTable.column("dropped_docs", Kind.COUNT), DataTable.column("quarantined_docs", Kind.COUNT),
                DataTable.column("retention_docs", Kind.FRACTION), DataTable.column("kept_bytes", Kind.BYTES)), rows));
    }

    private void timings() {
        List<List<Object>> rows = new ArrayList<>();
        for (FunnelReport.Stage stage : stages) {
            stage.manifest().timingsMs().forEach((phase, millis) -> rows.add(List.of(stage.name(), phase, millis)));
        }
        add(new DataTable("timings", "Time per stage and phase (ms)", List.of(DataTable.key("stage"),
                DataTable.key("phase"), DataTable.column("ms", Kind.COUNT)), rows));
    }

    private void versionsAndConfig() {
        List<List<Object>> versions = new ArrayList<>();
        List<List<Object>> config = new ArrayList<>();
        for (FunnelReport.Stage stage : stages) {
            ManifestView manifest = stage.manifest();
            versions.add(java.util.Arrays.asList(stage.name(), "config_hash", manifest.configHash()));
            versions.add(java.util.Arrays.asList(stage.name(), "git_commit", manifest.gitCommit()));
            versions.add(java.util.Arrays.asList(stage.name(), "taoxi_version", manifest.taoxiVersion()));
            versions.add(java.util.Arrays.asList(stage.name(), "spark_version", manifest.sparkVersion()));
            Map<String, String> flat = new TreeMap<>();
            flatten("", manifest.config(), flat);
            flat.forEach((path, value) -> {
                config.add(List.of(stage.name(), path, value));
                if (OPERATOR_VERSION.matcher(value).matches()) {
                    versions.add(List.of(stage.name(), "config." + path, value));
                }
            });
            JsonNode operators = operatorVersions(stage);
            if (operators != null && operators.isObject()) {
                operators.fields().forEachRemaining(field ->
                        versions.add(List.of(stage.name(), field.getKey(), field.getValue().asText())));
            }
        }
        add(new DataTable("versions", "Versions and operator versions", List.of(DataTable.key("stage"),
                DataTable.key("name"), DataTable.column("version", Kind.TEXT)), versions));
        add(new DataTable("config", "Resolved configuration (flattened)", List.of(DataTable.key("stage"),
                DataTable.key("path"), DataTable.column("value", Kind.TEXT)), config));
    }

    /** The manifest's top-level {@code operator_versions} object, when a stage writes one. */
    private static JsonNode operatorVersions(FunnelReport.Stage stage) {
        try {
            JsonNode raw = MAPPER.readTree(stage.folder().resolve(FunnelReport.MANIFEST).toFile());
            return raw.get("operator_versions");
        } catch (IOException e) {
            return null;
        }
    }

    /** {@code {"a": {"b": [1, 2]}}} → {@code a.b[0] = 1}, {@code a.b[1] = 2}; empty objects and lists stay visible. */
    static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node == null || node.isMissingNode()) {
            return;
        }
        if (node.isObject() && node.size() > 0) {
            node.fields().forEachRemaining(field ->
                    flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), out));
        } else if (node.isArray() && node.size() > 0) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), out);
            }
        } else if (!prefix.isEmpty()) {
            out.put(prefix, node.isValueNode() ? node.asText() : node.toString());
        }
    }

    private void rules() {
        List<List<Object>> rows = new ArrayList<>();
        scan.rulesByStage.forEach((stage, rules) -> {
            for (Rule rule : rules) {
                rows.add(java.util.Arrays.asList(stage, rule.language(), rule.reason(), rule.signal(), rule.min(), rule.max()));
            }
        });
        add(new DataTable("rules", "Threshold rules found in the stage configurations", List.of(
                DataTable.key("stage"), DataTable.key("language"), DataTable.key("reason"),
                DataTable.column("signal", Kind.TEXT), DataTable.column("min", Kind.NUMBER),
                DataTable.column("max", Kind.NUMBER)), rows));
    }

    private void signals() {
        List<List<Object>> stats = new ArrayList<>();
        List<List<Object>> bins = new ArrayList<>();
        for (SignalData data : scan.signals.values()) {
            statRow(stats, data, "all", "all", data.all());
            for (Map.Entry<String, Histogram> entry : SignalScan.largestFirst(data.byLanguage())) {
                statRow(stats, data, "language", entry.getKey(), entry.getValue());
            }
            for (Map.Entry<String, Histogram> entry : SignalScan.largestFirst(data.bySource())) {
                statRow(stats, data, "source", entry.getKey(), entry.getValue());
            }
            for (Map.Entry<String, Histogram> entry : SignalScan.largestFirst(data.byLanguage())) {
                long[] fine = entry.getValue().bins;
                for (int i = 0; i < fine.length; i++) {
                    if (fine[i] > 0) {
                        bins.add(List.of(data.signal(), entry.getKey(), i, SignalScan.edge(data.scale(), i),
                                SignalScan.edge(data.scale(), i + 1), fine[i]));
                    }
                }
            }
        }
        add(new DataTable("signal_stats", "Signal distributions: summary per language and source", List.of(
                DataTable.key("signal"), DataTable.key("group_by"), DataTable.key("group"),
                DataTable.column("stage", Kind.TEXT), DataTable.column("docs", Kind.COUNT),
                DataTable.column("missing", Kind.COUNT), DataTable.column("mean", Kind.NUMBER),
                DataTable.column("min", Kind.NUMBER), DataTable.column("p10", Kind.NUMBER),
                DataTable.column("p50", Kind.NUMBER), DataTable.column("p90", Kind.NUMBER),
                DataTable.column("max", Kind.NUMBER)), stats));
        add(new DataTable("histograms", "Signal histograms per language (fine bins, non-empty only)", List.of(
                DataTable.key("signal"), DataTable.key("language"), DataTable.key("bin"),
                DataTable.column("low", Kind.NUMBER), DataTable.column("high", Kind.NUMBER),
                DataTable.column("docs", Kind.COUNT)), bins));
        List<List<Object>> cutoffs = new ArrayList<>();
        if (!scan.perplexityGroups.isEmpty()) {
            for (JsonNode g : scan.perplexityGroups) {
                cutoffs.add(java.util.Arrays.asList(g.path("lang").asText(), g.path("source").asText(),
                        g.path("docs_scored").asLong(), number(g.get("head_max_perplexity")),
                        number(g.get("middle_max_perplexity")), g.path("head").asLong(), g.path("middle").asLong(),
                        g.path("tail").asLong(), g.path("kept").asLong(), g.path("dropped").asLong()));
            }
            add(new DataTable("perplexity_cutoffs", "Perplexity cut-offs and buckets per language and source "
                    + "(CCNet head/middle/tail)", List.of(DataTable.key("language"), DataTable.key("source"),
                    DataTable.column("docs_scored", Kind.COUNT), DataTable.column("head_max", Kind.NUMBER),
                    DataTable.column("middle_max", Kind.NUMBER), DataTable.column("head", Kind.COUNT),
                    DataTable.column("middle", Kind.COUNT), DataTable.column("tail", Kind.COUNT),
                    DataTable.column("kept", Kind.COUNT), DataTable.column("dropped", Kind.COUNT)), cutoffs));
        } else {
            scan.perplexityCutoffs.forEach((name, value) -> cutoffs.add(List.of(SignalScan.bucketName(name), value)));
            add(new DataTable("perplexity_cutoffs", "Perplexity bucket upper bounds", List.of(DataTable.key("bucket"),
                    DataTable.column("max_perplexity", Kind.NUMBER)), cutoffs));
        }
    }

    private static Double number(JsonNode n) {
        return n == null || !n.isNumber() ? null : n.asDouble();
    }

    private static void statRow(List<List<Object>> rows, SignalData data, String groupBy, String group, Histogram h) {
        boolean any = h.count > 0;
        rows.add(java.util.Arrays.asList(data.signal(), groupBy, group, data.stage(), h.count, h.missing,
                any ? h.sum / h.count : null, any ? h.min : null, any ? h.quantile(0.1) : null,
                any ? h.quantile(0.5) : null, any ? h.quantile(0.9) : null, any ? h.max : null));
    }

    private void samples() {
        List<List<Object>> rows = new ArrayList<>();
        scan.reasonSamples.forEach((stage, byReason) -> byReason.forEach((reason, samples) ->
                samples.values().forEach(sample -> rows.add(sampleRow("reason", sample)))));
        scan.bucketSamples.forEach((bucket, samples) ->
                samples.values().forEach(sample -> rows.add(sampleRow("perplexity_bucket", sample))));
        add(new DataTable("samples", "Sample documents per drop reason and perplexity bucket", List.of(
                DataTable.key("kind"), DataTable.key("stage"), DataTable.key("group"), DataTable.key("id"),
                DataTable.column("source", Kind.TEXT), DataTable.column("lang", Kind.TEXT),
                DataTable.column("url", Kind.TEXT), DataTable.column("signals", Kind.TEXT),
                DataTable.column("text", Kind.TEXT)), rows));
    }

    private static List<Object> sampleRow(String kind, Sample sample) {
        return java.util.Arrays.asList(kind, sample.stage(), sample.group(), sample.id(), sample.source(), sample.lang(),
                sample.url(), signalsText(sample.signals()), sample.text());
    }

    static String signalsText(Map<String, Object> signals) {
        StringBuilder text = new StringBuilder();
        signals.forEach((name, value) -> {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(name).append(" = ").append(value instanceof Number number
                    ? DataTable.number(number.doubleValue()) : String.valueOf(value));
        });
        return text.toString();
    }

    private void mixture() {
        List<List<Object>> rows = new ArrayList<>();
        if (mixture != null) {
            JsonNode components = mixture.has("components") ? mixture.get("components") : mixture.get("mix");
            Double budget = mixture.hasNonNull("token_budget") ? mixture.get("token_budget").asDouble() : null;
            double totalTokens = 0;
            if (components != null) {
                for (JsonNode component : components) {
                    totalTokens += component.path("tokens").asDouble(0);
                }
                for (JsonNode component : components) {
                    String name = component.hasNonNull("name") ? component.get("name").asText()
                            : component.path("source").asText("") + "/" + component.path("lang").asText("");
                    Long tokens = component.hasNonNull("tokens") ? component.get("tokens").asLong() : null;
                    Long docs = component.hasNonNull("docs") ? component.get("docs").asLong() : null;
                    JsonNode weightNode = component.hasNonNull("target_weight") ? component.get("target_weight")
                            : component.get("weight");
                    Double target = weightNode != null && weightNode.isNumber() ? weightNode.asDouble() : null;
                    Double share = tokens == null || totalTokens == 0 ? null : tokens / totalTokens;
                    Double targetTokens = target == null || budget == null ? null : target * budget;
                    rows.add(java.util.Arrays.asList(name, docs, tokens, share, target,
                            share == null || target == null ? null : share - target, targetTokens,
                            targetTokens == null || tokens == null || targetTokens == 0 ? null : tokens / targetTokens,
                            component.hasNonNull("epochs") ? component.get("epochs").asDouble() : null));
                }
            }
        }
        add(new DataTable("mixture", "Final mix against the target", List.of(DataTable.key("component"),
                DataTable.column("docs", Kind.COUNT), DataTable.column("tokens", Kind.COUNT),
                DataTable.column("share", Kind.FRACTION), DataTable.column("target_weight", Kind.FRACTION),
                DataTable.column("share_minus_target", Kind.NUMBER), DataTable.column("target_tokens", Kind.COUNT),
                DataTable.column("fill", Kind.FRACTION), DataTable.column("epochs", Kind.NUMBER)), rows));
    }

    /** Writes every table as {@code dataDir/<name>.csv} and all of them into {@code report.json}. */
    List<Path> write(Path dataDir, Path json) throws IOException {
        List<Path> written = new ArrayList<>();
        for (DataTable table : tables.values()) {
            Path file = dataDir.resolve(table.name() + ".csv");
            table.writeCsv(file);
            written.add(file);
        }
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("run", runDir.toString());
        header.put("stages", stages.stream().map(FunnelReport.Stage::name).toList());
        header.put("signal_files", scan.signalFiles.stream().map(file -> "data/" + file.getFileName()).toList());
        header.put("mixture_file", mixtureFile == null ? null : mixtureFile.toString());
        header.put("audit_folder", auditDir == null ? null : auditDir.toString());
        DataTable.writeJson(json, header, List.copyOf(tables.values()));
        written.add(json);
        return written;
    }
}
