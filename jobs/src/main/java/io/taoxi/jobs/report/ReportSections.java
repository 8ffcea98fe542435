package io.taoxi.jobs.report;

import io.taoxi.jobs.report.DataTable.DataColumn;
import io.taoxi.jobs.report.ReportDocument.Block;
import io.taoxi.jobs.report.ReportDocument.Cell;
import io.taoxi.jobs.report.ReportDocument.Chart;
import io.taoxi.jobs.report.ReportDocument.Collapsible;
import io.taoxi.jobs.report.ReportDocument.Column;
import io.taoxi.jobs.report.ReportDocument.Facts;
import io.taoxi.jobs.report.ReportDocument.Heading;
import io.taoxi.jobs.report.ReportDocument.Marker;
import io.taoxi.jobs.report.ReportDocument.Paragraph;
import io.taoxi.jobs.report.ReportDocument.Preformatted;
import io.taoxi.jobs.report.ReportDocument.Series;
import io.taoxi.jobs.report.ReportDocument.Table;
import io.taoxi.jobs.report.SignalScan.Histogram;
import io.taoxi.jobs.report.SignalScan.Rule;
import io.taoxi.jobs.report.SignalScan.Scale;
import io.taoxi.jobs.report.SignalScan.SignalData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
  * The report sections read from Parquet and side files (distributions, samples, mix, audit,
  * configuration): each turns {@link RunTables} into {@link ReportDocument} blocks. Every number shown
  * here is also in a {@code data/*.csv} table, formatted by {@link DataTable#format}.
  */
final class ReportSections {
    static final int LANGUAGES_IN_CHART = 7;
    static final int AUDIT_EMBED_CHARS = 20_000;
    static final Map<String, String> WHO_WRITES = Map.of(
            "perplexity", "a score stage (perplexity column)",
            "dup_cluster_size", "a dedup stage",
            "toxicity_score", "the filter stage's toxicity operator",
            "lang_score", "the filter stage's language identification");

    private ReportSections() {
    }

    /** A {@link DataTable} as a display table: the rows that pass {@code keep}, without {@code hidden} columns. */
    static Table display(DataTable table, Predicate<List<Object>> keep, List<String> hidden) {
        List<Integer> shown = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            DataColumn column = table.columns().get(i);
            if (!hidden.contains(column.name())) {
                shown.add(i);
                columns.add(column.kind().numeric() ? Column.number(column.name().replace('_', ' '))
                        : Column.text(column.name().replace('_', ' ')));
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            if (!keep.test(row)) {
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            for (int i : shown) {
                cells.add(Cell.of(DataTable.format(table.columns().get(i).kind(), row.get(i))));
            }
            rows.add(cells);
        }
        return new Table(null, columns, rows);
    }

    static void distributions(RunTables run, List<Block> blocks) {
        blocks.add(new Heading(2, "Distributions"));
        List<String> absent = new ArrayList<>();
        for (String signal : SignalScan.SIGNALS.keySet()) {
            if (!run.scan.signals.containsKey(signal)) {
                absent.add(signal + (WHO_WRITES.containsKey(signal) ? " (written by " + WHO_WRITES.get(signal) + ")" : ""));
            }
        }
        if (run.scan.signals.isEmpty()) {
            blocks.add(new Paragraph("No stage output of this run has Parquet with the charted columns, so there are "
                    + "no distributions. Not there yet: " + String.join(", ", absent) + "."));
            return;
        }
        blocks.add(new Paragraph("Histograms of the documents each signal's stage judged (its kept and dropped rows), "
                + "stacked by language; red dashed lines are the thresholds of the stage's default rules and the "
                + "perplexity cut-offs. Quantiles are exact up to 100,000 values per group, read from fine bins above that (docs/report.md)."
                + (absent.isEmpty() ? "" : " Not there yet: " + String.join(", ", absent) + ".")));
        DataTable stats = run.tables.get("signal_stats");
        for (SignalData data : run.scan.signals.values()) {
            blocks.add(new Heading(3, data.signal()));
            Histogram all = data.all();
            blocks.add(new Paragraph("From stage " + data.stage() + ": " + Formatting.count(all.count) + " documents with a value"
                    + (all.missing > 0 ? ", " + Formatting.count(all.missing) + " without (null)" : "") + "."));
            if (all.count > 0) {
                blocks.add(chart(data, markers(run, data)));
            }
            blocks.add(display(stats, row -> row.get(0).equals(data.signal()), List.of("signal", "stage")));
            if (data.signal().equals("perplexity") && run.tables.get("perplexity_cutoffs") != null) {
                blocks.add(new Paragraph("Cut-offs per language and source (each group is bucketed at its own "
                        + "percentiles; the chart draws those of " + (run.scan.perplexityCutoffGroup == null ? "the manifest"
                        : run.scan.perplexityCutoffGroup + ", the group with the most scored documents") + ")."));
                blocks.add(display(run.tables.get("perplexity_cutoffs"), row -> true, List.of()));
            }
        }
    }

    private static List<Marker> markers(RunTables run, SignalData data) {
        List<Marker> markers = new ArrayList<>();
        for (Rule rule : run.scan.rulesByStage.getOrDefault(data.stage(), List.of())) {
            if (rule.signal().equals(data.signal()) && rule.language().equals("default")) {
                if (rule.min() != null) {
                    markers.add(new Marker(rule.reason() + " min", rule.min()));
                }
                if (rule.max() != null) {
                    markers.add(new Marker(rule.reason() + " max", rule.max()));
                }
            }
        }
        if (data.signal().equals("perplexity")) {
            String group = run.scan.perplexityCutoffGroup == null ? "" : run.scan.perplexityCutoffGroup + " ";
            run.scan.perplexityCutoffs.forEach((name, value) ->
                    markers.add(new Marker(group + SignalScan.bucketName(name) + " ≤ " + DataTable.number(value), value)));
        }
        return markers;
    }

    /** Display bins: the occupied fine-bin range, merged to at most 40 bars (5 fine bins for fractions). */
    static Chart chart(SignalData data, List<Marker> markers) {
        Histogram all = data.all();
        int first = 0;
        while (first < all.bins.length - 1 && all.bins[first] == 0) {
            first++;
        }
        int last = all.bins.length - 1;
        while (last > first && all.bins[last] == 0) {
            last--;
        }
        int merge;
        if (data.scale() == Scale.UNIT) {
            merge = 5;
            first = first / merge * merge;
            last = Math.min(all.bins.length - 1, (last / merge + 1) * merge - 1);
        } else {
            merge = Math.max(1, (int) Math.ceil((last - first + 1) / 40.0));
        }
        int bars = (last - first) / merge + 1;
        List<Double> edges = new ArrayList<>();
        for (int i = 0; i <= bars; i++) {
            edges.add(SignalScan.edge(data.scale(), first + i * merge));
        }
        List<Map.Entry<String, Histogram>> groups = SignalScan.largestFirst(data.byLanguage());
        List<Series> series = new ArrayList<>();
        long[] other = new long[bars];
        boolean hasOther = false;
        for (int g = 0; g < groups.size(); g++) {
            long[] counts = new long[bars];
            long[] fine = groups.get(g).getValue().bins;
            for (int i = first; i <= last; i++) {
                counts[(i - first) / merge] += fine[i];
            }
            if (g < LANGUAGES_IN_CHART) {
                series.add(new Series(groups.get(g).getKey(), counts));
            } else {
                hasOther = true;
                for (int i = 0; i < bars; i++) {
                    other[i] += counts[i];
                }
            }
        }
        if (hasOther) {
            series.add(new Series("other languages", other));
        }
        return new Chart(data.signal() + " by language (stage " + data.stage() + ")", data.signal(),
                data.scale() == Scale.LOG, edges, series, markers);
    }

    static void samples(RunTables run, List<Block> blocks) {
        blocks.add(new Heading(2, "Sample browser"));
        DataTable samples = run.tables.get("samples");
        if (samples.rows().isEmpty()) {
            blocks.add(new Paragraph("No dropped, quarantined or bucketed documents to show (no Parquet outputs, or "
                    + "nothing was dropped)."));
            return;
        }
        blocks.add(new Paragraph("For each drop reason, the dropped documents with the smallest ids (a deterministic "
                + "choice), with the signal value and rule that decided them; text cut to "
                + SignalScan.TEXT_CHARS_IN_SAMPLE + " characters. The threshold shown is the rule for the document's "
                + "language, else its base language, else default."));
        for (FunnelReport.Stage stage : run.stages) {
            var byReason = run.scan.reasonSamples.get(stage.name());
            if (byReason == null || byReason.isEmpty()) {
                continue;
            }
            blocks.add(new Heading(3, "Stage " + stage.name()));
            byReason.forEach((reason, rows) -> {
                var count = stage.manifest().byReason().get(reason);
                String summary = reason + " (" + (count == null ? Formatting.count(rows.size()) + " shown"
                        : Formatting.count(count.docs()) + " " + count.outcome()) + ")";
                blocks.add(new Collapsible(summary, List.of(display(samples,
                        row -> row.get(0).equals("reason") && row.get(1).equals(stage.name()) && row.get(2).equals(reason),
                        List.of("kind", "stage", "group")))));
            });
        }
        blocks.add(new Heading(3, "Perplexity buckets"));
        if (run.scan.bucketSamples.isEmpty()) {
            blocks.add(new Paragraph("No perplexity buckets yet: they need a score stage whose output has a "
                    + "perplexity_bucket column, or a perplexity column and perplexity_cutoffs in its manifest."));
        } else {
            run.scan.bucketSamples.forEach((bucket, rows) -> blocks.add(new Collapsible(bucket,
                    List.of(display(samples, row -> row.get(0).equals("perplexity_bucket") && row.get(2).equals(bucket),
                            List.of("kind", "group"))))));
        }
    }

    static void mixture(RunTables run, List<Block> blocks) {
        blocks.add(new Heading(2, "Final mix"));
        if (run.mixtureFile == null) {
            blocks.add(new Paragraph("No mixture yet: a tokenize stage writes tokens.json (or mixture.json) into its "
                    + "folder, with token_budget and components [{name, docs, tokens, target_weight}] "
                    + "(docs/report.md)."));
            return;
        }
        List<Map.Entry<String, String>> facts = new ArrayList<>();
        facts.add(Map.entry("file", run.mixtureFile.toString()));
        if (run.mixture.hasNonNull("token_budget")) {
            facts.add(Map.entry("token budget", Formatting.count(run.mixture.get("token_budget").asLong())));
        }
        if (run.mixture.hasNonNull("tokenizer")) {
            facts.add(Map.entry("tokenizer", run.mixture.get("tokenizer").asText()));
        }
        blocks.add(new Facts(facts));
        blocks.add(display(run.tables.get("mixture"), row -> true, List.of()));
    }

    static void audit(RunTables run, List<Block> blocks) {
        blocks.add(new Heading(2, "Tokenizer audit"));
        if (run.auditDir == null) {
            blocks.add(new Paragraph("No audit/ folder in this run yet."));
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(run.auditDir, 3)) {
            files = walk.filter(Files::isRegularFile).sorted().limit(100).toList();
        } catch (IOException e) {
            blocks.add(new Paragraph("Cannot list " + run.auditDir + ": " + e.getMessage()));
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (Path file : files) {
            long size;
            try {
                size = Files.size(file);
            } catch (IOException e) {
                size = -1;
            }
            rows.add(List.of(Cell.of("../" + run.runDir.relativize(file).toString().replace('\\', '/')),
                    Cell.of(size < 0 ? "?" : Formatting.bytes(size))));
        }
        blocks.add(new Paragraph("Files of " + run.auditDir + " (paths relative to this report folder):"));
        blocks.add(new Table(null, List.of(Column.text("file"), Column.number("size")), rows));
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".md") || name.endsWith(".txt")) {
                try {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    blocks.add(new Heading(3, name));
                    blocks.add(new Preformatted(SignalScan.truncate(text, AUDIT_EMBED_CHARS)));
                } catch (IOException e) {
                    blocks.add(new Paragraph("Cannot read " + file + ": " + e.getMessage()));
                }
            }
        }
    }

    static void configuration(RunTables run, List<Block> blocks) {
        blocks.add(new Heading(2, "Configuration and versions"));
        blocks.add(new Paragraph("The resolved configuration and versions of every stage, from its manifest. "
                + "Operator versions are config values named like name_v1 and a manifest's operator_versions "
                + "object. taoxi report --compare RUN_A RUN_B lists what differs between two runs."));
        DataTable versions = run.tables.get("versions");
        DataTable config = run.tables.get("config");
        for (FunnelReport.Stage stage : run.stages) {
            blocks.add(new Heading(3, "Stage " + stage.name()));
            blocks.add(display(versions, row -> row.get(0).equals(stage.name()), List.of("stage")));
            long values = config.rows().stream().filter(row -> row.get(0).equals(stage.name())).count();
            blocks.add(new Collapsible("resolved configuration (" + Formatting.count(values) + " values)",
                    List.of(display(config, row -> row.get(0).equals(stage.name()), List.of("stage")))));
        }
    }

    static void data(RunTables run, List<Block> blocks) {
        blocks.add(new Heading(2, "Data files"));
        List<Map.Entry<String, String>> facts = new ArrayList<>();
        Map<String, String> described = new LinkedHashMap<>();
        run.tables.values().forEach(table -> described.put("data/" + table.name() + ".csv", table.title()));
        run.scan.signalFiles.forEach(file -> described.put("data/" + file.getFileName(),
                "one row per document: outcome, reason, source, lang, domain and every numeric column"));
        described.put("report.json", "every table above in one JSON file");
        described.forEach((file, title) -> facts.add(Map.entry(file, title)));
        blocks.add(new Paragraph("Every table of this report as CSV (raw numbers), for the notebooks in notebooks/:"));
        blocks.add(new Facts(facts));
    }
}
