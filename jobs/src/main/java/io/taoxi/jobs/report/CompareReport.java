package io.taoxi.jobs.report;

import io.taoxi.jobs.report.DataTable.DataColumn;
import io.taoxi.jobs.report.DataTable.Kind;
import io.taoxi.jobs.report.ReportDocument.Block;
import io.taoxi.jobs.report.ReportDocument.Facts;
import io.taoxi.jobs.report.ReportDocument.Heading;
import io.taoxi.jobs.report.ReportDocument.Paragraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
  * {@code taoxi report --compare RUN_A RUN_B}: the tables of two runs side by side. Rows are joined on
  * the key columns of each {@link DataTable} (stage, reason, language…); for every numeric column the
  * result has {@code <column>_a}, {@code <column>_b} and {@code <column>_delta} (B − A, empty when either
  * side lacks the row), for text columns {@code _a} and {@code _b}. The configuration and versions tables
  * keep only the rows that differ. Writes compare.md, compare.html and data/compare_<table>.csv.
  */
final class CompareReport {
    /** Tables not compared: per-document samples and fine histogram bins are too detailed to join. */
    static final Set<String> SKIPPED = Set.of("samples", "histograms");
    /** Tables where only differing rows are kept. */
    static final Set<String> ONLY_DIFFERENCES = Set.of("config", "versions", "rules");

    private CompareReport() {
    }

    static List<Path> write(Path runA, Path runB, Path outDir) throws IOException {
        RunTables a = RunTables.build(runA, null, 0, 0);
        RunTables b = RunTables.build(runB, null, 0, 0);
        List<DataTable> compared = compare(a, b);
        Path dataDir = outDir.resolve("data");
        Files.createDirectories(dataDir);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Facts(List.of(Map.entry("run A", runA.toString()), Map.entry("run B", runB.toString()),
                Map.entry("stages A", String.join(" → ", a.stages.stream().map(FunnelReport.Stage::name).toList())),
                Map.entry("stages B", String.join(" → ", b.stages.stream().map(FunnelReport.Stage::name).toList())))));
        blocks.add(new Paragraph("Each table joins the two runs on its key columns; _a and _b are the values of "
                + "run A and run B, _delta is B − A (for shares: percentage points as a fraction). "
                + "Configuration, versions and rules show only the rows that differ."));
        List<Path> written = new ArrayList<>();
        for (DataTable table : compared) {
            blocks.add(new Heading(2, table.title()));
            if (table.rows().isEmpty()) {
                blocks.add(new Paragraph(ONLY_DIFFERENCES.contains(table.name().replace("compare_", ""))
                        ? "No differences." : "Neither run has rows here."));
            } else {
                blocks.add(ReportSections.display(table, row -> true, List.of()));
            }
            Path file = dataDir.resolve(table.name() + ".csv");
            table.writeCsv(file);
            written.add(file);
        }
        ReportDocument document = new ReportDocument("Taoxi run comparison: " + runA.getFileName() + " vs "
                + runB.getFileName(), blocks);
        Path markdown = outDir.resolve("compare.md");
        Path html = outDir.resolve("compare.html");
        Files.writeString(markdown, MarkdownRenderer.render(document), StandardCharsets.UTF_8);
        Files.writeString(html, HtmlRenderer.render(document), StandardCharsets.UTF_8);
        List<Path> result = new ArrayList<>(List.of(markdown, html));
        result.addAll(written);
        return result;
    }

    static List<DataTable> compare(RunTables a, RunTables b) {
        List<DataTable> result = new ArrayList<>();
        for (DataTable left : a.tables.values()) {
            if (SKIPPED.contains(left.name())) {
                continue;
            }
            DataTable right = b.tables.get(left.name());
            result.add(join(left, right == null ? new DataTable(left.name(), left.title(), left.columns(), List.of()) : right));
        }
        return result;
    }

    static DataTable join(DataTable a, DataTable b) {
        int keys = a.keyCount();
        List<DataColumn> columns = new ArrayList<>(a.columns().subList(0, keys));
        List<Integer> valueIndexes = new ArrayList<>();
        for (int i = keys; i < a.columns().size(); i++) {
            DataColumn column = a.columns().get(i);
            valueIndexes.add(i);
            columns.add(new DataColumn(column.name() + "_a", column.kind()));
            columns.add(new DataColumn(column.name() + "_b", column.kind()));
            if (column.kind().numeric()) {
                columns.add(new DataColumn(column.name() + "_delta",
                        column.kind() == Kind.BYTES || column.kind() == Kind.COUNT ? column.kind() : Kind.NUMBER));
            }
        }
        Map<List<Object>, List<Object>> left = index(a, keys);
        Map<List<Object>, List<Object>> right = index(b, keys);
        List<List<Object>> allKeys = new ArrayList<>(left.keySet());
        right.keySet().stream().filter(key -> !left.containsKey(key)).forEach(allKeys::add);
        boolean onlyDifferences = ONLY_DIFFERENCES.contains(a.name());
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> key : allKeys) {
            List<Object> rowA = left.get(key);
            List<Object> rowB = right.get(key);
            List<Object> row = new ArrayList<>(key);
            boolean differs = rowA == null || rowB == null;
            for (int i : valueIndexes) {
                Object valueA = rowA == null ? null : rowA.get(i);
                Object valueB = rowB == null ? null : rowB.get(i);
                row.add(valueA);
                row.add(valueB);
                differs |= !Objects.equals(valueA, valueB);
                if (a.columns().get(i).kind().numeric()) {
                    Double numberA = SignalScan.number(valueA);
                    Double numberB = SignalScan.number(valueB);
                    if (numberA == null || numberB == null) {
                        row.add(null);
                    } else if (valueA instanceof Long || valueA instanceof Integer) {
                        row.add(((Number) valueB).longValue() - ((Number) valueA).longValue());
                    } else {
                        row.add(numberB - numberA);
                    }
                }
            }
            if (!onlyDifferences || differs) {
                rows.add(row);
            }
        }
        return new DataTable("compare_" + a.name(), a.title(), columns, rows);
    }

    private static Map<List<Object>, List<Object>> index(DataTable table, int keys) {
        Map<List<Object>, List<Object>> index = new LinkedHashMap<>();
        for (List<Object> row : table.rows()) {
            index.put(new ArrayList<>(row.subList(0, keys)), row);
        }
        return index;
    }
}
