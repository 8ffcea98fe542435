package io.taoxi.jobs.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taoxi.filters.dedup.MinHash;
import io.taoxi.filters.dedup.Shingler;
import io.taoxi.filters.dedup.Signer;
import io.taoxi.jobs.config.ConfigLoader;
import io.taoxi.jobs.dedup.DedupStage;
import io.taoxi.jobs.schema.DocSchema;
import io.taoxi.jobs.report.DataTable.Kind;
import io.taoxi.jobs.report.ReportDocument.Block;
import io.taoxi.jobs.report.ReportDocument.Collapsible;
import io.taoxi.jobs.report.ReportDocument.Facts;
import io.taoxi.jobs.report.ReportDocument.Heading;
import io.taoxi.jobs.report.ReportDocument.Paragraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
  * The report's "Duplicate clusters" section (infrastructure: reads the dedup stage's Parquet with
  * {@link ParquetRows}, no Spark). Three tables, also written as {@code data/*.csv} and into {@code report.json}:
  * <ul>
  *   <li>{@code dedup_summary}: input documents, documents per dedup reason (from the manifest), paragraphs
  *       removed and kept documents that lost paragraphs or stand for duplicates (from {@code kept/});</li>
  *   <li>{@code dedup_cluster_sizes}: kept documents by {@code dup_cluster_size} (how many input documents a
  *       survivor stands for: URL, exact and near copies, itself included), in bins 1, 2, 3, 4, 5–9, 10–19,
  *       20–49, 50–99, 100–999, 1000+;</li>
  *   <li>{@code dedup_clusters}: example near-duplicate clusters, the {@value #EXAMPLE_CLUSTERS} largest
  *       clusters with at least one {@code near_duplicate} member (ties: the smaller cluster id), each with its
  *       survivor and up to {@value #MEMBERS_PER_CLUSTER} dropped members (near duplicates first, then by id):
  *       id, url, reason, the MinHash Jaccard estimate against the survivor and the exact Jaccard of the two
  *       shingle sets (the stage's shingle settings, seed and permutation count, read from its manifest; Taoxi's
  *       family even when the stage ran with MLlib's), and the text as a one-line preview.</li>
  * </ul>
  * The dedup stage is the last stage of the run whose {@code kept/} has a {@code dup_cluster_id} column. Four
  * passes over its Parquet, each reading only the columns it needs; memory is bounded by the number of
  * example clusters, not by the run.
  *
  * <p>Known weaknesses: the survivor's text is the one after paragraph dedup, a URL or exact duplicate keeps
  * the text from before it (docs/dedup.md), so their estimate can be below 1 when boilerplate was cut; the
  * largest clusters of a crawl are often template pages, so the examples show what merged most, not a
  * random sample.
  */
final class DedupSection {
    static final int EXAMPLE_CLUSTERS = 5;
    static final int MEMBERS_PER_CLUSTER = 6;
    static final int PREVIEW_CHARS = 160;
    static final String SUMMARY = "dedup_summary";
    static final String SIZES = "dedup_cluster_sizes";
    static final String CLUSTERS = "dedup_clusters";
    static final long[] BIN_STARTS = {1, 2, 3, 4, 5, 10, 20, 50, 100, 1000};
    private static final String NEAR = DedupStage.NEAR_DUPLICATE;
    private static final List<String> REASON_ORDER = List.of(DedupStage.NEAR_DUPLICATE, DedupStage.EXACT_DUPLICATE,
            DedupStage.URL_DUPLICATE);

    private DedupSection() {
    }

    /** Adds the dedup tables to {@code run.tables}: empty when the run has no dedup stage. */
    static void collect(RunTables run) throws IOException {
        List<List<Object>> summary = new ArrayList<>();
        List<List<Object>> sizes = new ArrayList<>();
        List<List<Object>> members = new ArrayList<>();
        FunnelReport.Stage stage = dedupStage(run.stages);
        if (stage != null) {
            Signer signer = signer(stage.manifest().config(), new ArrayList<>());
            try {
                scan(stage, signer, summary, sizes, members);
            } catch (ReportException e) {
                throw e;
            } catch (IOException e) {
                throw new ReportException("cannot read the dedup output " + stage.folder() + ": " + e.getMessage(), e);
            } catch (UncheckedIOException e) {
                throw new ReportException("cannot read the dedup output " + stage.folder() + ": "
                        + e.getCause().getMessage(), e.getCause());
            }
        }
        run.tables.put(SUMMARY, new DataTable(SUMMARY, "Dedup: documents per step and paragraphs removed", List.of(
                DataTable.key("stage"), DataTable.key("name"), DataTable.column("value", Kind.NUMBER)), summary));
        run.tables.put(SIZES, new DataTable(SIZES, "Dedup: kept documents by cluster size (dup_cluster_size bins)", List.of(
                DataTable.key("stage"), DataTable.key("cluster_size"), DataTable.column("min_size", Kind.COUNT),
                DataTable.column("max_size", Kind.COUNT), DataTable.column("clusters", Kind.COUNT),
                DataTable.column("documents", Kind.COUNT), DataTable.column("share_of_input_docs", Kind.FRACTION)), sizes));
        run.tables.put(CLUSTERS, new DataTable(CLUSTERS, "Dedup: example near-duplicate clusters (survivor and dropped members)",
                List.of(DataTable.key("stage"), DataTable.key("cluster_id"), DataTable.key("id"),
                        DataTable.column("role", Kind.TEXT), DataTable.column("reason", Kind.TEXT),
                        DataTable.column("cluster_size", Kind.COUNT), DataTable.column("source", Kind.TEXT),
                        DataTable.column("lang", Kind.TEXT), DataTable.column("url", Kind.TEXT),
                        DataTable.column("jaccard_estimate", Kind.NUMBER), DataTable.column("jaccard_shingles", Kind.NUMBER),
                        DataTable.column("text", Kind.TEXT)), members));
    }

    /** The section: counts per step, the size distribution, then one collapsible table per example cluster. */
    static void render(RunTables run, List<Block> blocks) {
        blocks.add(new Heading(2, "Duplicate clusters"));
        DataTable summary = run.tables.get(SUMMARY);
        FunnelReport.Stage stage = summary == null || summary.rows().isEmpty() ? null : run.stages.stream()
                .filter(one -> one.name().equals(summary.rows().get(0).get(0))).reduce((a, b) -> b).orElse(null);
        if (stage == null) {
            blocks.add(new Paragraph("No dedup stage in this run (no stage output whose kept/ has a dup_cluster_id column)."));
            return;
        }
        DataTable sizes = run.tables.get(SIZES);
        DataTable clusters = run.tables.get(CLUSTERS);
        List<Map.Entry<String, String>> facts = new ArrayList<>();
        facts.add(Map.entry("stage", stage.name() + " (" + stage.folder() + ")"));
        for (List<Object> row : summary.rows()) {
            if (row.get(0).equals(stage.name())) {
                facts.add(Map.entry(String.valueOf(row.get(1)).replace('_', ' '), row.get(2) instanceof Number n
                        ? Formatting.count(n.longValue()) : String.valueOf(row.get(2))));
            }
        }
        blocks.add(new Facts(facts));
        List<String> notes = new ArrayList<>();
        signer(stage.manifest().config(), notes);
        notes.forEach(note -> blocks.add(new Paragraph("Note: " + note + ".")));
        blocks.add(new Paragraph("Kept documents by dup_cluster_size: the number of input documents each survivor stands "
                + "for (URL, exact and near copies, itself included). Documents = the sum of the sizes in the bin."));
        blocks.add(ReportSections.display(sizes, row -> row.get(0).equals(stage.name()), List.of("stage")));
        Set<String> ids = new LinkedHashSet<>();
        clusters.rows().stream().filter(row -> row.get(0).equals(stage.name())).forEach(row -> ids.add((String) row.get(1)));
        if (ids.isEmpty()) {
            blocks.add(new Paragraph("No near-duplicate cluster in this output."));
            return;
        }
        blocks.add(new Paragraph("Example near-duplicate clusters: " + (ids.size() == 1 ? "the only cluster"
                : "the " + ids.size() + " largest clusters") + " with a near_duplicate member, each with its "
                + "survivor and up to " + MEMBERS_PER_CLUSTER + " dropped members (near duplicates first, then by "
                + "id). jaccard estimate: the MinHash estimate against the survivor (the stage's shingles, seed "
                + "and permutations); jaccard shingles: the exact Jaccard of the two shingle sets; text: the first "
                + PREVIEW_CHARS + " characters, line breaks shown as ⏎. Survivors carry the text after paragraph "
                + "dedup, URL and exact duplicates the text before it."));
        for (String id : ids) {
            List<List<Object>> rows = clusters.rows().stream()
                    .filter(row -> row.get(0).equals(stage.name()) && row.get(1).equals(id)).toList();
            long survivors = rows.stream().filter(row -> "survivor".equals(row.get(3))).count();
            long near = rows.stream().filter(row -> NEAR.equals(row.get(4))).count();
            String summaryLine = "cluster " + id + ": " + Formatting.count(((Number) rows.get(0).get(5)).longValue())
                    + " documents; shown: " + (survivors == 1 ? "the survivor, " : "no survivor, ") + near
                    + " near and " + (rows.size() - survivors - near) + " URL/exact duplicates";
            blocks.add(new Collapsible(summaryLine, List.of(ReportSections.display(clusters,
                    row -> row.get(0).equals(stage.name()) && row.get(1).equals(id),
                    List.of("stage", "cluster_id", "cluster_size")))));
        }
    }

    /** The last stage whose kept/ (or dropped/) Parquet has a {@code dup_cluster_id} column. */
    static FunnelReport.Stage dedupStage(List<FunnelReport.Stage> stages) throws IOException {
        FunnelReport.Stage found = null;
        for (FunnelReport.Stage stage : stages) {
            for (String outcome : List.of("kept", "dropped")) {
                Path dir = stage.folder().resolve(outcome);
                if (Files.isDirectory(dir) && ParquetRows.columns(ParquetRows.partFiles(dir))
                        .contains(DedupStage.DUP_CLUSTER_ID)) {
                    found = stage;
                    break;
                }
            }
        }
        return found;
    }

    /** Kept rows by size bin, the paragraph counts, and the example clusters with their members. */
    private static void scan(FunnelReport.Stage stage, Signer signer, List<List<Object>> summary,
                             List<List<Object>> sizes, List<List<Object>> members) throws IOException {
        List<Path> kept = parts(stage.folder().resolve("kept"));
        List<Path> dropped = parts(stage.folder().resolve("dropped"));
        // 1. kept: size bins and paragraph counts
        long[] clusters = new long[BIN_STARTS.length];
        long[] documents = new long[BIN_STARTS.length];
        long[] maxSize = new long[BIN_STARTS.length];
        long paragraphs = 0;
        long paragraphDocs = 0;
        long multi = 0;
        try (ParquetRows rows = ParquetRows.open(kept, List.of(DedupStage.DUP_CLUSTER_SIZE, DedupStage.PARAGRAPHS_REMOVED))) {
            while (rows.hasNext()) {
                Map<String, Object> row = rows.next();
                long size = row.get(DedupStage.DUP_CLUSTER_SIZE) instanceof Number n ? n.longValue() : 1;
                int b = bin(size);
                clusters[b]++;
                documents[b] += Math.max(1, size);
                maxSize[b] = Math.max(maxSize[b], Math.max(1, size));
                multi += size > 1 ? 1 : 0;
                long removed = row.get(DedupStage.PARAGRAPHS_REMOVED) instanceof Number n ? n.longValue() : 0;
                paragraphs += removed;
                paragraphDocs += removed > 0 ? 1 : 0;
            }
        }
        long inDocs = stage.manifest().counts().in().docs();
        for (int b = 0; b < BIN_STARTS.length; b++) {
            if (clusters[b] > 0) {
                sizes.add(Arrays.asList(stage.name(), binLabel(b), BIN_STARTS[b], maxSize[b], clusters[b], documents[b],
                        inDocs == 0 ? null : documents[b] / (double) inDocs));
            }
        }
        var reasons = stage.manifest().byReason();
        summary.add(List.of(stage.name(), "input_docs", inDocs));
        for (String reason : List.of(DedupStage.URL_DUPLICATE, DedupStage.EXACT_DUPLICATE,
                DedupStage.TOO_SHORT_AFTER_PARAGRAPH_DEDUP, DedupStage.NEAR_DUPLICATE)) {
            summary.add(List.of(stage.name(), reason, reasons.containsKey(reason) ? reasons.get(reason).docs() : 0L));
        }
        summary.add(List.of(stage.name(), "paragraphs_removed", paragraphs));
        summary.add(List.of(stage.name(), "kept_docs_with_paragraphs_removed", paragraphDocs));
        summary.add(List.of(stage.name(), "kept_docs_with_duplicates", multi));

        // 2. dropped: the largest clusters with a near-duplicate member (size desc, then cluster id)
        Comparator<Map.Entry<Long, String>> largest = Comparator.comparing((Map.Entry<Long, String> e) -> -e.getKey())
                .thenComparing(Map.Entry::getValue);
        TreeSet<Map.Entry<Long, String>> chosen = new TreeSet<>(largest);
        try (ParquetRows rows = ParquetRows.open(dropped, List.of(DocSchema.REASON, DedupStage.DUP_CLUSTER_ID,
                DedupStage.DUP_CLUSTER_SIZE))) {
            while (rows.hasNext()) {
                Map<String, Object> row = rows.next();
                if (!NEAR.equals(row.get(DocSchema.REASON)) || row.get(DedupStage.DUP_CLUSTER_ID) == null) {
                    continue;
                }
                long size = row.get(DedupStage.DUP_CLUSTER_SIZE) instanceof Number n ? n.longValue() : 0;
                chosen.add(Map.entry(size, (String) row.get(DedupStage.DUP_CLUSTER_ID)));
                if (chosen.size() > EXAMPLE_CLUSTERS) {
                    chosen.pollLast();
                }
            }
        }
        if (chosen.isEmpty()) {
            return;
        }
        Set<String> ids = new java.util.HashSet<>();
        chosen.forEach(e -> ids.add(e.getValue()));
        List<String> columns = List.of(DocSchema.ID, DocSchema.SOURCE, DocSchema.LANG,
                DocSchema.URL, DocSchema.TEXT, DocSchema.REASON, DedupStage.DUP_CLUSTER_ID,
                DedupStage.DUP_CLUSTER_SIZE);
        // 3. kept: the survivors of the chosen clusters
        Map<String, Map<String, Object>> survivors = new java.util.HashMap<>();
        try (ParquetRows rows = ParquetRows.open(kept, columns)) {
            while (rows.hasNext()) {
                Map<String, Object> row = rows.next();
                if (ids.contains(row.get(DedupStage.DUP_CLUSTER_ID))) {
                    survivors.put((String) row.get(DedupStage.DUP_CLUSTER_ID), row);
                }
            }
        }
        // 4. dropped: up to MEMBERS_PER_CLUSTER members per chosen cluster, near duplicates first, then by id
        Comparator<Map<String, Object>> memberOrder = Comparator
                .comparing((Map<String, Object> row) -> reasonRank(row.get(DocSchema.REASON)))
                .thenComparing(row -> String.valueOf(row.get(DocSchema.ID)));
        Map<String, TreeSet<Map<String, Object>>> dropsByCluster = new java.util.HashMap<>();
        try (ParquetRows rows = ParquetRows.open(dropped, columns)) {
            while (rows.hasNext()) {
                Map<String, Object> row = rows.next();
                Object cluster = row.get(DedupStage.DUP_CLUSTER_ID);
                if (cluster == null || !ids.contains(cluster)) {
                    continue;
                }
                TreeSet<Map<String, Object>> set = dropsByCluster.computeIfAbsent((String) cluster, k -> new TreeSet<>(memberOrder));
                set.add(row);
                if (set.size() > MEMBERS_PER_CLUSTER) {
                    set.pollLast();
                }
            }
        }
        for (Map.Entry<Long, String> cluster : chosen) {
            Map<String, Object> survivor = survivors.get(cluster.getValue());
            Sketch base = survivor == null ? null : Sketch.of(signer, survivor);
            if (survivor != null) {
                members.add(memberRow(stage.name(), cluster, "survivor", survivor, null));
            }
            for (Map<String, Object> row : dropsByCluster.getOrDefault(cluster.getValue(), new TreeSet<>(memberOrder))) {
                members.add(memberRow(stage.name(), cluster, "dropped", row, base == null ? null : base.against(Sketch.of(signer, row))));
            }
        }
    }

    private static int reasonRank(Object reason) {
        int i = REASON_ORDER.indexOf(String.valueOf(reason));
        return i < 0 ? REASON_ORDER.size() : i;
    }

    private static List<Object> memberRow(String stage, Map.Entry<Long, String> cluster, String role,
                                          Map<String, Object> row, double[] jaccard) {
        return Arrays.asList(stage, cluster.getValue(), row.get(DocSchema.ID), role,
                role.equals("survivor") ? null : row.get(DocSchema.REASON), cluster.getKey(),
                row.get(DocSchema.SOURCE), row.get(DocSchema.LANG), row.get(DocSchema.URL),
                jaccard == null ? null : jaccard[0], jaccard == null ? null : jaccard[1],
                preview(row.get(DocSchema.TEXT) == null ? null : String.valueOf(row.get(DocSchema.TEXT)),
                        PREVIEW_CHARS));
    }

    /** A document's shingles and signature (null when it is too short to have one). */
    private record Sketch(long[] shingles, long[] signature) {
        static Sketch of(Signer signer, Map<String, Object> row) {
            String text = row.get(DocSchema.TEXT) == null ? "" : String.valueOf(row.get(DocSchema.TEXT));
            Shingler.Mode mode = "code".equalsIgnoreCase(String.valueOf(row.get(DocSchema.SOURCE)))
                    ? Shingler.Mode.CODE : Shingler.Mode.TEXT;
            long[] shingles = signer.shingler().shingles(text, mode);
            return new Sketch(shingles, signer.enough(shingles) ? signer.minHash().signature(shingles) : null);
        }

        /** {estimate, exact shingle-set Jaccard}; the estimate is null-like (NaN → null) without signatures. */
        double[] against(Sketch other) {
            if (signature == null || other.signature == null) {
                return null;
            }
            return new double[] {MinHash.jaccard(signature, other.signature), MinHash.trueJaccard(shingles, other.shingles)};
        }
    }

    private static List<Path> parts(Path dir) throws IOException {
        return Files.isDirectory(dir) ? ParquetRows.partFiles(dir) : List.of();
    }

    /**
      * The signer of the stage's settings (its manifest's {@code config}); the defaults, with a note, when the
      * config cannot be read as a {@link DedupStage.Spec}.
      */
    static Signer signer(JsonNode config, List<String> notes) {
        DedupStage.Spec spec = DedupStage.Spec.defaults();
        if (config != null && config.isObject()) {
            ObjectNode copy = ((ObjectNode) config).deepCopy();
            copy.remove(List.of("operator", "output_name", "lsh_bands", "lsh_rows"));
            try {
                spec = ConfigLoader.jsonMapper().treeToValue(copy, DedupStage.Spec.class);
            } catch (IOException | RuntimeException e) {
                notes.add("the stage's config could not be read as dedup settings (" + e.getMessage()
                        + "); the estimates use the default settings");
            }
        }
        return new Signer(spec.shingles(), spec.lsh().numPermutations(), spec.seed(), spec.minShingles());
    }

    /** Bin index of a cluster size (sizes below 1 count as 1). */
    static int bin(long size) {
        int b = 0;
        while (b + 1 < BIN_STARTS.length && size >= BIN_STARTS[b + 1]) {
            b++;
        }
        return b;
    }

    static String binLabel(int b) {
        long low = BIN_STARTS[b];
        if (b + 1 == BIN_STARTS.length) {
            return low + "+";
        }
        long high = BIN_STARTS[b + 1] - 1;
        return low == high ? String.valueOf(low) : low + "–" + high;
    }

    /**
      * A one-line preview: line breaks as {@code ⏎}, tabs as spaces, other control and format characters
      * as {@code \\uXXXX}, cut to {@code codePoints} code points (an ellipsis marks the cut).
      */
    static String preview(String text, int codePoints) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int shown = 0;
        int i = 0;
        while (i < text.length()) {
            if (shown == codePoints) {
                return out.append(" …").toString();
            }
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                continue; // CRLF: one break
            }
            if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
                out.append('⏎');
            } else if (c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SURROGATE) {
                out.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
            shown++;
        }
        return out.toString();
    }
}
