package io.taoxi.jobs.ingest.dataset;

import io.taoxi.jobs.config.PipelineConfig.IngestSpec;
import io.taoxi.jobs.config.PipelineConfig.InputSpec;
import io.taoxi.jobs.stage.StageResult;
import io.taoxi.jobs.stage.StageRunner;
import io.taoxi.jobs.testing.TestSpark;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Test helpers for the forum and dataset readers: fixture folders, one-input ingest runs, their outcomes. */
public final class IngestFixtures {
    private IngestFixtures() {
    }

    /** Copies the test resource folder {@code name} (e.g. {@code forum/reddit}) under {@code dir}. */
    public static Path copy(String name, Path dir) {
        try {
            Path from = Path.of(IngestFixtures.class.getResource("/" + name).toURI());
            Path to = dir.resolve(name);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path p : files.toList()) {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else if (!p.getFileName().toString().endsWith(".py")) {
                        Files.copy(p, target);
                    }
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One ingest run over inputs given as (path, format) pairs, all of {@code source}. */
    public static Result ingest(Path out, String source, String... pathAndFormat) {
        List<InputSpec> inputs = new ArrayList<>();
        for (int i = 0; i < pathAndFormat.length; i += 2) {
            inputs.add(new InputSpec(pathAndFormat[i], source, pathAndFormat[i + 1]));
        }
        SparkSession spark = TestSpark.session();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        StageResult r = new StageRunner(spark, new PrintStream(log, true, StandardCharsets.UTF_8))
                .run(new io.taoxi.jobs.ingest.IngestStage(new IngestSpec(inputs, null, null, null)), out.toString());
        Map<String, Long> reasons = new TreeMap<>();
        r.manifest().path("by_reason").fields()
                .forEachRemaining(e -> reasons.put(e.getKey(), e.getValue().path("docs").asLong()));
        List<Row> kept = spark.read().parquet(out.resolve("kept").toString()).collectAsList();
        List<Row> dropped = spark.read().parquet(out.resolve("dropped").toString()).collectAsList();
        List<Row> quarantined = spark.read().parquet(out.resolve("quarantine").toString()).collectAsList();
        Set<String> ids = new HashSet<>();
        for (List<Row> rows : List.of(kept, dropped, quarantined)) {
            for (Row row : rows) {
                if (!ids.add(row.getAs("id"))) {
                    throw new AssertionError("duplicate id " + row.getAs("id") + " " + row);
                }
            }
        }
        return new Result(r, reasons, kept, dropped, quarantined);
    }

    /** What a run produced. */
    public record Result(StageResult stage, Map<String, Long> reasons, List<Row> kept, List<Row> dropped,
            List<Row> quarantined) {
        public long in() {
            return stage.manifest().path("counts").path("in").path("docs").asLong();
        }

        public boolean invariantHolds() {
            return stage.manifest().path("invariant_holds").asBoolean()
                    && in() == kept.size() + dropped.size() + quarantined.size();
        }

        /** The kept row whose text contains {@code needle}. */
        public Row keptWith(String needle) {
            List<Row> rows = kept.stream().filter(r -> r.<String>getAs("text").contains(needle)).toList();
            if (rows.size() != 1) {
                throw new AssertionError(rows.size() + " kept rows contain '" + needle + "': "
                        + kept.stream().map(r -> r.<String>getAs("text")).toList());
            }
            return rows.get(0);
        }
    }
}
