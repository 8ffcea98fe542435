package io.taoxi.jobs.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.taoxi.filters.pii.PiiType;
import io.taoxi.jobs.report.DataTable.Kind;
import io.taoxi.jobs.report.ReportDocument.Block;
import io.taoxi.jobs.report.ReportDocument.Heading;
import io.taoxi.jobs.report.ReportDocument.Paragraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The personal-data section of a report: for each stage that ran PII detection (its manifest's resolved
 * configuration has a {@code pii} object — the filter stage), documents and identifiers per PII type ×
 * language × action, read from the {@code pii_<type>_count} columns of its {@code kept/} and
 * {@code dropped/} Parquet and the actions of its configuration. Table {@code pii} ({@code data/pii.csv},
 * {@code report.json}):
 *
 * <pre>
 * stage  type   language  action    placeholder  docs  identifiers  kept_docs  dropped_docs  dropped_for_this_type
 * filter email  zh-Hans   redacted  &lt;EMAIL&gt;      3     4            3          0             0
 * filter cn_id  zh-Hans   dropped   &lt;CN_ID&gt;      1     1            0          1             1
 * </pre>
 * {@code action}: {@code redacted} (the stored text holds the placeholder), {@code flagged} (text left as
 * it was, counted) or {@code dropped} (the document is dropped with reason {@code pii_<type>} unless an
 * earlier rule dropped it first: {@code dropped_for_this_type} counts those dropped for this type).
 *
 * <p>Only counts and placeholders are shown; no identifier value is read. Known weakness: a row's action is
 * the one configured at the time of the run; counts of documents quarantined by an operator error are not
 * included (they have no signals).
 */
final class PiiSection {
    static final String TABLE = "pii";

    /** Every type redacted: what report samples show instead of flagged or dropped identifiers. */
    private static final io.taoxi.filters.pii.PiiRedactor MASK = new io.taoxi.filters.pii.PiiRedactor(
            io.taoxi.filters.pii.PiiRedactor.Spec.defaults());

    private PiiSection() {
    }

    /**
     * The text with every validated identifier replaced by its placeholder, whatever the run's actions:
     * flagged identifiers stay in kept text and drop-action identifiers in dropped text, and a report must
     * not reprint them. Null stays null.
     */
    static String mask(String text) {
        return text == null ? null : MASK.apply(text).text();
    }

    /** The {@code pii} table of a run, or null when no stage ran PII detection. */
    static DataTable table(List<FunnelReport.Stage> stages) {
        List<List<Object>> rows = new ArrayList<>();
        boolean any = false;
        for (FunnelReport.Stage stage : stages) {
            JsonNode config = stage.manifest().config();
            JsonNode pii = config == null ? null : config.get("pii");
            if (pii == null || !pii.isObject()) {
                continue;
            }
            any = true;
            try {
                rows.addAll(stageRows(stage, pii));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the PII columns of " + stage.folder() + ": " + e.getMessage(), e);
            }
        }
        if (!any) {
            return null;
        }
        return new DataTable(TABLE, "Personal data: documents and identifiers per type, language and action",
                List.of(DataTable.key("stage"), DataTable.key("type"), DataTable.key("language"),
                        DataTable.key("action"), DataTable.column("placeholder", Kind.TEXT),
                        DataTable.column("docs", Kind.COUNT), DataTable.column("identifiers", Kind.COUNT),
                        DataTable.column("kept_docs", Kind.COUNT), DataTable.column("dropped_docs", Kind.COUNT),
                        DataTable.column("dropped_for_this_type", Kind.COUNT)),
                rows);
    }

    /** The configured action of a type as the report names it: redacted, flagged or dropped. */
    static String action(JsonNode pii, PiiType type) {
        JsonNode actions = pii.get("actions");
        JsonNode value = actions == null ? null : actions.get(type.key());
        if (value == null || value.isNull()) {
            value = pii.get("default_action");
        }
        String action = value == null || value.isNull() ? "redact" : value.asText().strip().toLowerCase(Locale.ROOT);
        return switch (action) {
            case "redact" -> "redacted";
            case "flag" -> "flagged";
            case "drop" -> "dropped";
            default -> action;
        };
    }

    private static final class Tally {
        long docs;
        long identifiers;
        long kept;
        long dropped;
        long droppedForType;
    }

    private static List<List<Object>> stageRows(FunnelReport.Stage stage, JsonNode pii) throws IOException {
        // type ordinal → language → tally; TreeMaps give a stable order
        Map<PiiType, Map<String, Tally>> tallies = new TreeMap<>();
        for (String outcome : List.of("kept", "dropped")) {
            Path dir = stage.folder().resolve(outcome);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files = ParquetRows.partFiles(dir);
            if (files.isEmpty()) {
                continue;
            }
            List<String> present = ParquetRows.columns(files);
            List<String> wanted = new ArrayList<>();
            for (PiiType type : PiiType.values()) {
                if (present.contains(type.column())) {
                    wanted.add(type.column());
                }
            }
            if (wanted.isEmpty()) {
                continue;
            }
            boolean hasLang = present.contains("lang");
            boolean hasReason = present.contains("reason");
            List<String> columns = new ArrayList<>(wanted);
            if (hasLang) {
                columns.add("lang");
            }
            if (hasReason) {
                columns.add("reason");
            }
            try (ParquetRows rows = ParquetRows.open(files, columns)) {
                while (rows.hasNext()) {
                    Map<String, Object> row = rows.next();
                    Object langValue = hasLang ? row.get("lang") : null;
                    String lang = langValue == null || langValue.toString().isEmpty()
                            ? FunnelReport.NO_LANGUAGE : langValue.toString();
                    String reason = hasReason && row.get("reason") != null ? row.get("reason").toString() : null;
                    for (PiiType type : PiiType.values()) {
                        Object count = row.get(type.column());
                        if (!(count instanceof Number number) || number.longValue() <= 0) {
                            continue;
                        }
                        Tally t = tallies.computeIfAbsent(type, k -> new TreeMap<>())
                                .computeIfAbsent(lang, k -> new Tally());
                        t.docs++;
                        t.identifiers += number.longValue();
                        if (outcome.equals("kept")) {
                            t.kept++;
                        } else {
                            t.dropped++;
                            if (("pii_" + type.key()).equals(reason)) {
                                t.droppedForType++;
                            }
                        }
                    }
                }
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        tallies.forEach((type, byLang) -> byLang.forEach((lang, t) -> rows.add(Arrays.asList(stage.name(),
                type.key(), lang, action(pii, type), type.placeholder(), t.docs, t.identifiers, t.kept, t.dropped,
                t.droppedForType))));
        return rows;
    }

    /** Adds the section to the document when the run has the {@code pii} table. */
    static void blocks(RunTables run, List<Block> blocks) {
        DataTable table = run.tables.get(TABLE);
        if (table == null) {
            return;
        }
        blocks.add(new Heading(2, "Personal data (PII)"));
        blocks.add(new Paragraph("Documents holding at least one validated identifier, and the identifiers "
                + "counted, per type, language and the action configured for the type: redacted (the stored text "
                + "holds the placeholder), flagged (text kept as it was) or dropped (reason pii_<type>; "
                + "'dropped for this type' excludes documents an earlier rule dropped). Counts only: no "
                + "identifier is shown. From the pii_<type>_count columns of the stage's kept and dropped rows "
                + "(docs/pii.md)."));
        if (table.rows().isEmpty()) {
            blocks.add(new Paragraph("No identifier was found (or the stage's Parquet has no pii_<type>_count columns)."));
            return;
        }
        Map<String, Long> totals = new LinkedHashMap<>();
        for (List<Object> row : table.rows()) {
            totals.merge(row.get(1) + " " + row.get(3), ((Number) row.get(6)).longValue(), Long::sum);
        }
        List<String> summary = new ArrayList<>();
        totals.forEach((key, n) -> summary.add(key + " " + Formatting.count(n)));
        blocks.add(new Paragraph("Identifiers by type and action: " + String.join(", ", summary) + "."));
        boolean oneStage = table.rows().stream().map(row -> row.get(0)).distinct().count() == 1;
        blocks.add(ReportSections.display(table, row -> true, oneStage ? List.of("stage") : List.of()));
    }
}
