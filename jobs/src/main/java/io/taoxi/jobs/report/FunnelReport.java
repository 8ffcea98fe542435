package io.taoxi.jobs.report;

import io.taoxi.jobs.report.ManifestView.Count;
import io.taoxi.jobs.report.ManifestView.OutcomeCounts;
import io.taoxi.jobs.report.ManifestView.ReasonCount;
import io.taoxi.jobs.report.ReportDocument.Bar;
import io.taoxi.jobs.report.ReportDocument.Block;
import io.taoxi.jobs.report.ReportDocument.Cell;
import io.taoxi.jobs.report.ReportDocument.Column;
import io.taoxi.jobs.report.ReportDocument.Facts;
import io.taoxi.jobs.report.ReportDocument.Heading;
import io.taoxi.jobs.report.ReportDocument.Kind;
import io.taoxi.jobs.report.ReportDocument.Paragraph;
import io.taoxi.jobs.report.ReportDocument.Segment;
import io.taoxi.jobs.report.ReportDocument.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
  * The funnel report of a pipeline run (infrastructure: reads manifests, writes two files).
  *
  * <p>Input: a run folder holding one sub-folder per stage ({@code out/demo/ingest/},
  * {@code out/demo/filter/}, …), each with the {@code manifest.json} of {@code docs/stages.md}; or a single
  * stage folder. Output: {@code report.md} (GitHub tables) and {@code report.html} (one self-contained
  * file). What the report shows is described in {@code docs/report.md}.
  *
  * <p>Known weaknesses: stages are ordered by {@code started_at}, so the "overall" retention assumes
  * the stages form one chain in that order (a note is printed when a stage's input differs from the
  * previous stage's kept count); byte counts are raw source bytes for ingest but UTF-8 text bytes for
  * later stages, so byte retention across that step compares different units.
  */
public final class FunnelReport {
    static final String MANIFEST = "manifest.json";
    static final String NO_LANGUAGE = "(none)";

    private FunnelReport() {
    }

    /** One stage of the run: its folder and its manifest. */
    record Stage(Path folder, ManifestView manifest) {
        String name() {
            String stage = manifest.stage();
            return stage == null || stage.isBlank() ? String.valueOf(folder.getFileName()) : stage;
        }
    }

    /**
      * Finds every stage manifest under runDir (runDir/*&#47;manifest.json, and runDir/manifest.json
      * itself), orders stages by started_at, writes report.md and report.html into outDir; returns the
      * paths. Throws {@link ReportException} when runDir has no manifest or a manifest cannot be read.
      */
    public static List<Path> write(Path runDir, Path outDir) throws IOException {
        return writeAll(runDir, outDir, DEFAULT_SAMPLES, DEFAULT_SIGNALS_LIMIT).subList(0, 2);
    }

    static final int DEFAULT_SAMPLES = 3;
    static final long DEFAULT_SIGNALS_LIMIT = 200_000;

    /**
      * Writes report.md, report.html, report.json and data/*.csv (every table, plus the per-document
      * signals_<stage>.csv) into outDir; returns report.md, report.html, report.json, then the CSV files.
      */
    public static List<Path> writeAll(Path runDir, Path outDir, int samplesPerGroup, long signalsLimit)
            throws IOException {
        load(runDir); // fails on a missing or broken manifest before anything is created
        Path dataDir = outDir.resolve("data");
        Files.createDirectories(dataDir);
        RunTables tables = RunTables.build(runDir, dataDir, samplesPerGroup, signalsLimit);
        List<Stage> stages = tables.stages;
        ReportDocument document = build(runDir, stages, tables);
        Path markdown = outDir.resolve("report.md");
        Path html = outDir.resolve("report.html");
        Path json = outDir.resolve("report.json");
        Files.writeString(markdown, MarkdownRenderer.render(document), StandardCharsets.UTF_8);
        Files.writeString(html, HtmlRenderer.render(document), StandardCharsets.UTF_8);
        List<Path> written = new ArrayList<>(List.of(markdown, html));
        List<Path> data = tables.write(dataDir, json);
        written.add(json);
        written.addAll(tables.scan.signalFiles);
        written.addAll(data.subList(0, data.size() - 1));
        return written;
    }

    /**
      * Reads the stages of a run, ordered by {@code started_at} (stages without one last), then by folder.
      * Folders named {@code *.inprogress} or {@code *.replaced} are skipped: they are unpublished or
      * superseded outputs (docs/stages.md).
      */
    static List<Stage> load(Path runDir) throws IOException {
        if (!Files.isDirectory(runDir)) {
            throw new ReportException("no run folder at " + runDir);
        }
        List<Path> manifests = new ArrayList<>();
        if (Files.isRegularFile(runDir.resolve(MANIFEST))) {
            manifests.add(runDir.resolve(MANIFEST));
        }
        try (Stream<Path> children = Files.list(runDir)) {
            children.filter(Files::isDirectory)
                    .filter(child -> !isUnpublished(child))
                    .map(child -> child.resolve(MANIFEST))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .forEach(manifests::add);
        }
        if (manifests.isEmpty()) {
            throw new ReportException("no stage manifest in " + runDir + ": expected " + runDir.resolve(MANIFEST)
                    + " or " + runDir.resolve("<stage>").resolve(MANIFEST) + " (has a stage finished there?)");
        }
        List<Stage> stages = new ArrayList<>();
        for (Path manifest : manifests) {
            stages.add(new Stage(manifest.getParent(), ManifestView.read(manifest)));
        }
        stages.sort(Comparator
                .comparing((Stage stage) -> stage.manifest().startedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(stage -> stage.folder().toString()));
        return withTokenCounts(runDir, stages);
    }

    /**
     * Puts tokens into the stages' counts: from {@code token_counts/token_counts.json} (the pipeline's count
     * with the trained tokenizer) for a stage whose {@code config_hash} still matches, and from the
     * tokenize stage's {@code tokens.json} for that stage (in = its input stage's kept tokens, kept = the
     * tokens of the documents it wrote, once each). A stale or absent count leaves the stage without tokens.
     */
    static List<Stage> withTokenCounts(Path runDir, List<Stage> stages) throws IOException {
        Path file = runDir.resolve("token_counts").resolve("token_counts.json");
        if (!Files.isRegularFile(file)) {
            return stages;
        }
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode counted = mapper.readTree(file.toFile()).path("stages");
        List<Stage> out = new ArrayList<>();
        Long previousKept = null;
        for (Stage stage : stages) {
            ManifestView m = stage.manifest();
            ManifestView.Counts c = m.counts();
            com.fasterxml.jackson.databind.JsonNode t = counted.path(stage.name());
            ManifestView.Counts withTokens = null;
            if (t.isObject() && t.path("config_hash").asText("").equals(m.configHash())) {
                withTokens = new ManifestView.Counts(tokens(c.in(), t.path("in")), tokens(c.kept(), t.path("kept")),
                        tokens(c.dropped(), t.path("dropped")), tokens(c.quarantined(), t.path("quarantined")));
            } else if (Files.isRegularFile(stage.folder().resolve("tokens.json")) && previousKept != null) {
                com.fasterxml.jackson.databind.JsonNode totals = mapper.readTree(
                        stage.folder().resolve("tokens.json").toFile()).path("totals");
                if (totals.path("tokens_unique").isNumber()) {
                    // tokens_unique counts every kept document once with its end-of-document token; the funnel counts text
                    long kept = totals.path("tokens_unique").asLong() - totals.path("documents").asLong();
                    withTokens = new ManifestView.Counts(withTokens(c.in(), previousKept), withTokens(c.kept(), kept),
                            withTokens(c.dropped(), previousKept - kept), c.quarantined());
                }
            }
            if (withTokens == null) {
                out.add(stage);
                previousKept = null;
                continue;
            }
            previousKept = withTokens.kept().tokens();
            // Tokens per reason only from a current token count (tokens.json has no per-reason split).
            Map<String, ReasonCount> reasons = m.byReason();
            com.fasterxml.jackson.databind.JsonNode reasonTokens = t.path("by_reason");
            if (t.isObject() && t.path("config_hash").asText("").equals(m.configHash()) && reasonTokens.isObject()) {
                Map<String, ReasonCount> withReasonTokens = new java.util.LinkedHashMap<>();
                m.byReason().forEach((reason, count) -> withReasonTokens.put(reason, count.withTokens(
                        reasonTokens.path(reason).isNumber() ? reasonTokens.path(reason).asLong() : null)));
                reasons = withReasonTokens;
            }
            out.add(new Stage(stage.folder(), new ManifestView(m.stage(), m.configHash(), m.config(), m.gitCommit(),
                    m.taoxiVersion(), m.sparkVersion(), m.sparkMaster(), m.inputs(), m.startedAtText(),
                    m.finishedAtText(), m.timingsMs(), withTokens, m.invariantHolds(), reasons, m.bySource(),
                    m.byLanguage())));
        }
        return out;
    }

    private static ManifestView.Count tokens(ManifestView.Count count, com.fasterxml.jackson.databind.JsonNode n) {
        return n.isNumber() ? withTokens(count, n.asLong()) : count;
    }

    private static ManifestView.Count withTokens(ManifestView.Count count, long tokens) {
        return new ManifestView.Count(count.docs(), count.bytes(), count.textChars(), tokens);
    }

    private static boolean isUnpublished(Path folder) {
        String name = String.valueOf(folder.getFileName());
        return name.endsWith(".inprogress") || name.endsWith(".replaced");
    }

    static ReportDocument build(Path runDir, List<Stage> stages, RunTables tables) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Facts(List.of(
                Map.entry("run", runDir.toString()),
                Map.entry("stages", String.join(" → ", stages.stream().map(Stage::name).toList())))));
        funnel(stages, blocks);
        for (int i = 0; i < stages.size(); i++) {
            stage(i + 1, stages.get(i), blocks);
        }
        DedupSection.render(tables, blocks);
        ReportSections.distributions(tables, blocks);
        ReportSections.samples(tables, blocks);
        PiiSection.blocks(tables, blocks);
        ReportSections.mixture(tables, blocks);
        ReportSections.audit(tables, blocks);
        ReportSections.configuration(tables, blocks);
        ReportSections.data(tables, blocks);
        return new ReportDocument("Taoxi funnel report: " + runDir.getFileName(), blocks);
    }

    private static void funnel(List<Stage> stages, List<Block> blocks) {
        blocks.add(new Heading(2, "Funnel"));
        blocks.add(new Paragraph("Documents and bytes in and kept per stage, in the order the stages started. "
                + "Step retention is kept ÷ in of the stage; overall retention is kept ÷ the first stage's input. "
                + "Bytes are raw source bytes for ingest and UTF-8 text bytes for later stages."));
        long firstInDocs = stages.get(0).manifest().counts().in().docs();
        long firstInBytes = stages.get(0).manifest().counts().in().bytes();
        long widest = stages.stream().mapToLong(stage -> stage.manifest().counts().in().docs()).max().orElse(0);
        boolean tokens = RunTables.hasTokens(stages);
        List<List<Cell>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            Count in = stage.manifest().counts().in();
            Count kept = stage.manifest().counts().kept();
            Count dropped = stage.manifest().counts().dropped();
            Count quarantined = stage.manifest().counts().quarantined();
            List<Cell> row = new ArrayList<>(List.of(
                    Cell.of(String.valueOf(i + 1)),
                    Cell.of(stage.name()),
                    Cell.of(Formatting.count(in.docs())),
                    Cell.of(Formatting.count(kept.docs())),
                    Cell.of(Formatting.percent(kept.docs(), in.docs())),
                    Cell.of(Formatting.percent(kept.docs(), firstInDocs)),
                    Cell.of(Formatting.bytes(in.bytes())),
                    Cell.of(Formatting.bytes(kept.bytes())),
                    Cell.of(Formatting.percent(kept.bytes(), in.bytes())),
                    Cell.of(Formatting.percent(kept.bytes(), firstInBytes)),
                    Cell.bar(Formatting.count(kept.docs()) + " of " + Formatting.count(in.docs()) + " documents kept",
                            new Bar(List.of(
                                    new Segment(Kind.KEPT, Formatting.fraction(kept.docs(), widest)),
                                    new Segment(Kind.DROPPED, Formatting.fraction(dropped.docs(), widest)),
                                    new Segment(Kind.QUARANTINED, Formatting.fraction(quarantined.docs(), widest)))))));
            if (tokens) {
                row.add(row.size() - 1, Cell.of(in.tokens() == null ? Formatting.NOT_APPLICABLE : Formatting.count(in.tokens())));
                row.add(row.size() - 1, Cell.of(kept.tokens() == null ? Formatting.NOT_APPLICABLE : Formatting.count(kept.tokens())));
                row.add(row.size() - 1, Cell.of(kept.tokens() == null || in.tokens() == null
                        ? Formatting.NOT_APPLICABLE : Formatting.percent(kept.tokens(), in.tokens())));
            }
            rows.add(row);
            if (i > 0) {
                Count previousKept = stages.get(i - 1).manifest().counts().kept();
                if (previousKept.docs() != in.docs()) {
                    notes.add("Stage " + stage.name() + " read " + Formatting.count(in.docs())
                            + " documents but the stage before it (" + stages.get(i - 1).name() + ") kept "
                            + Formatting.count(previousKept.docs())
                            + ": they may not form one chain, or the run mixes outputs of different inputs.");
                }
            }
        }
        List<Column> columns = new ArrayList<>(List.of(
                Column.number("#"), Column.text("stage"),
                Column.number("in docs"), Column.number("kept docs"),
                Column.number("step retention (docs)"), Column.number("overall retention (docs)"),
                Column.number("in bytes"), Column.number("kept bytes"),
                Column.number("step retention (bytes)"), Column.number("overall retention (bytes)")));
        if (tokens) {
            columns.addAll(List.of(Column.number("in tokens"), Column.number("kept tokens"),
                    Column.number("step retention (tokens)")));
        }
        columns.add(Column.text("kept / in"));
        blocks.add(new Table(null, columns, rows));
        notes.forEach(note -> blocks.add(new Paragraph("Note: " + note)));
    }

    private static void stage(int number, Stage stage, List<Block> blocks) {
        ManifestView manifest = stage.manifest();
        var counts = manifest.counts();
        blocks.add(new Heading(2, "Stage " + number + ": " + stage.name()));
        blocks.add(new Paragraph("Retention: " + Formatting.percent(counts.kept().docs(), counts.in().docs())
                + " of documents, " + Formatting.percent(counts.kept().bytes(), counts.in().bytes()) + " of bytes. "
                + invariant(manifest)));

        List<Map.Entry<String, String>> facts = new ArrayList<>();
        facts.add(Map.entry("folder", stage.folder().toString()));
        facts.add(Map.entry("config hash", orUnknown(manifest.configHash())));
        facts.add(Map.entry("git commit", orUnknown(manifest.gitCommit())));
        facts.add(Map.entry("taoxi version", orUnknown(manifest.taoxiVersion())));
        facts.add(Map.entry("spark", orUnknown(manifest.sparkVersion()) + " on " + orUnknown(manifest.sparkMaster())));
        facts.add(Map.entry("started", orUnknown(manifest.startedAtText())));
        facts.add(Map.entry("finished", orUnknown(manifest.finishedAtText())));
        if (!manifest.inputs().isEmpty()) {
            facts.add(Map.entry("inputs", inputs(manifest.inputs())));
        }
        blocks.add(new Facts(facts));

        blocks.add(new Heading(3, "Outcomes"));
        List<List<Cell>> outcomeRows = new ArrayList<>();
        outcomeRows.add(outcomeRow("in", Kind.NEUTRAL, counts.in(), counts.in()));
        outcomeRows.add(outcomeRow("kept", Kind.KEPT, counts.kept(), counts.in()));
        outcomeRows.add(outcomeRow("dropped", Kind.DROPPED, counts.dropped(), counts.in()));
        outcomeRows.add(outcomeRow("quarantined", Kind.QUARANTINED, counts.quarantined(), counts.in()));
        blocks.add(new Table(null, List.of(Column.text("outcome"), Column.number("docs"), Column.number("share of docs"),
                Column.number("bytes"), Column.number("share of bytes"), Column.text("docs")), outcomeRows));

        reasons(manifest, blocks);
        breakdown("By source", "source", manifest.bySource(), false, blocks);
        breakdown("By language", "language", manifest.byLanguage(), true, blocks);
        timings(manifest, blocks);
    }

    private static String invariant(ManifestView manifest) {
        var counts = manifest.counts();
        boolean holds = manifest.invariantRecomputed();
        String equation = Formatting.count(counts.in().docs()) + (holds ? " = " : " ≠ ")
                + Formatting.count(counts.kept().docs()) + " + " + Formatting.count(counts.dropped().docs())
                + " + " + Formatting.count(counts.quarantined().docs());
        String text = "Invariant in = kept + dropped + quarantined: " + (holds ? "holds" : "VIOLATED")
                + " (" + equation + ").";
        Boolean claimed = manifest.invariantHolds();
        if (claimed != null && claimed != holds) {
            text += " The manifest says invariant_holds=" + claimed + ", which the counts contradict.";
        }
        return text;
    }

    private static List<Cell> outcomeRow(String outcome, Kind kind, Count count, Count in) {
        return List.of(
                Cell.of(outcome),
                Cell.of(Formatting.count(count.docs())),
                Cell.of(Formatting.percent(count.docs(), in.docs())),
                Cell.of(Formatting.bytes(count.bytes())),
                Cell.of(Formatting.percent(count.bytes(), in.bytes())),
                Cell.bar(Formatting.percent(count.docs(), in.docs()) + " of documents",
                        Bar.single(kind, Formatting.fraction(count.docs(), in.docs()))));
    }

    private static void reasons(ManifestView manifest, List<Block> blocks) {
        blocks.add(new Heading(3, "By reason"));
        if (manifest.byReason().isEmpty()) {
            blocks.add(new Paragraph("No document was dropped or quarantined."));
            return;
        }
        long inDocs = manifest.counts().in().docs();
        long inBytes = manifest.counts().in().bytes();
        List<Map.Entry<String, ReasonCount>> entries = new ArrayList<>(manifest.byReason().entrySet());
        entries.sort(Comparator.comparingLong((Map.Entry<String, ReasonCount> entry) -> entry.getValue().docs())
                .reversed().thenComparing(Map.Entry::getKey));
        List<List<Cell>> rows = new ArrayList<>();
        for (Map.Entry<String, ReasonCount> entry : entries) {
            ReasonCount reason = entry.getValue();
            Kind kind = "quarantined".equals(reason.outcome()) ? Kind.QUARANTINED : Kind.DROPPED;
            rows.add(List.of(
                    Cell.of(entry.getKey()),
                    Cell.of(reason.outcome()),
                    Cell.of(Formatting.count(reason.docs())),
                    Cell.of(Formatting.bytes(reason.bytes())),
                    Cell.of(Formatting.percent(reason.docs(), inDocs)),
                    Cell.of(Formatting.percent(reason.bytes(), inBytes)),
                    Cell.bar(Formatting.percent(reason.docs(), inDocs) + " of documents",
                            Bar.single(kind, Formatting.fraction(reason.docs(), inDocs)))));
        }
        blocks.add(new Table(null, List.of(Column.text("reason"), Column.text("outcome"), Column.number("docs"),
                Column.number("bytes"), Column.number("share of docs"), Column.number("share of bytes"),
                Column.text("share of docs")), rows));
    }

    private static void breakdown(String title, String keyName, Map<String, OutcomeCounts> counts,
                                                                boolean emptyIsNone, List<Block> blocks) {
        blocks.add(new Heading(3, title));
        if (counts.isEmpty()) {
            blocks.add(new Paragraph("The manifest has no " + keyName + " breakdown."));
            return;
        }
        List<Map.Entry<String, OutcomeCounts>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Comparator.comparingLong((Map.Entry<String, OutcomeCounts> entry) -> entry.getValue().total())
                .reversed().thenComparing(Map.Entry::getKey));
        List<List<Cell>> rows = new ArrayList<>();
        for (Map.Entry<String, OutcomeCounts> entry : entries) {
            OutcomeCounts value = entry.getValue();
            String key = emptyIsNone && entry.getKey().isEmpty() ? NO_LANGUAGE : entry.getKey();
            long total = value.total();
            rows.add(List.of(
                    Cell.of(key),
                    Cell.of(Formatting.count(total)),
                    Cell.of(Formatting.count(value.kept())),
                    Cell.of(Formatting.count(value.dropped())),
                    Cell.of(Formatting.count(value.quarantined())),
                    Cell.of(Formatting.percent(value.kept(), total)),
                    Cell.of(Formatting.bytes(value.keptBytes())),
                    Cell.bar(Formatting.percent(value.kept(), total) + " kept", new Bar(List.of(
                            new Segment(Kind.KEPT, Formatting.fraction(value.kept(), total)),
                            new Segment(Kind.DROPPED, Formatting.fraction(value.dropped(), total)),
                            new Segment(Kind.QUARANTINED, Formatting.fraction(value.quarantined(), total)))))));
        }
        blocks.add(new Table(null, List.of(Column.text(keyName), Column.number("in docs"), Column.number("kept"),
                Column.number("dropped"), Column.number("quarantined"), Column.number("retention"),
                Column.number("kept bytes"), Column.text("kept / dropped / quarantined")), rows));
    }

    private static void timings(ManifestView manifest, List<Block> blocks) {
        blocks.add(new Heading(3, "Timings"));
        Map<String, Long> timings = manifest.timingsMs();
        Instant started = manifest.startedAt();
        Instant finished = manifest.finishedAt();
        if (timings.isEmpty() && (started == null || finished == null)) {
            blocks.add(new Paragraph("The manifest has no timings."));
            return;
        }
        long total = timings.containsKey("total")
                ? timings.get("total")
                : started != null && finished != null
                        ? Duration.between(started, finished).toMillis()
                        : timings.values().stream().mapToLong(Long::longValue).sum();
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(timingRow("total", total, total));
        timings.forEach((phase, millis) -> {
            if (!"total".equals(phase)) {
                rows.add(timingRow(phase, millis, total));
            }
        });
        blocks.add(new Table(null, List.of(Column.text("phase"), Column.number("time"), Column.number("ms"),
                Column.number("share of total"), Column.text("share of total")), rows));
    }

    private static List<Cell> timingRow(String phase, long millis, long total) {
        return List.of(
                Cell.of(phase),
                Cell.of(Formatting.duration(millis)),
                Cell.of(Formatting.count(millis)),
                Cell.of(Formatting.percent(millis, total)),
                Cell.bar(Formatting.percent(millis, total), Bar.single(Kind.NEUTRAL, Formatting.fraction(millis, total))));
    }

    private static String inputs(List<String> inputs) {
        int shown = Math.min(5, inputs.size());
        String text = String.join(", ", inputs.subList(0, shown));
        return inputs.size() > shown ? text + " … and " + (inputs.size() - shown) + " more" : text;
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? "unknown" : value;
    }
}
