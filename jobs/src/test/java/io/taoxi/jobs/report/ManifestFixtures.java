package io.taoxi.jobs.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Hand-written manifests in the format of docs/stages.md, laid out like a run folder. */
final class ManifestFixtures {
    private ManifestFixtures() {
    }

    /**
      * ingest: 12,000 in (1 GiB), 10,000 kept (900 MiB), 1,500 dropped (100 MiB), 500 quarantined (24 MiB).
      * Carries fields the report does not know, as later stages will.
      */
    static final String INGEST = """
            {
                "stage": "ingest",
                "config_hash": "9f2c4e1ab7d3c0e5f6a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0",
                "config": { "source": "web", "input": "data/warc", "max_record_bytes": 10485760 },
                "git_commit": "3e5a9c1d",
                "taoxi_version": "0.1.0-SNAPSHOT",
                "spark_version": "4.2.0",
                "spark_master": "local[*]",
                "inputs": ["data/warc/CC-MAIN-00000.warc.gz", "data/warc/CC-MAIN-00001.warc.gz"],
                "started_at": "2026-11-30T06:00:00Z",
                "finished_at": "2026-11-30T06:00:09Z",
                "timings_ms": { "total": 9000, "process_and_write": 7000, "count": 500, "publish": 10 },
                "counts": {
                    "in":          { "docs": 12000, "bytes": 1073741824 },
                    "kept":        { "docs": 10000, "bytes": 943718400, "text_chars": 40000000 },
                    "dropped":     { "docs": 1500,  "bytes": 104857600 },
                    "quarantined": { "docs": 500,   "bytes": 25165824 }
                },
                "invariant_holds": true,
                "by_reason": {
                    "http_status_404":     { "outcome": "dropped",     "docs": 300,  "bytes": 52428800 },
                    "warc_request_record": { "outcome": "dropped",     "docs": 1200, "bytes": 52428800 },
                    "truncated_record":    { "outcome": "quarantined", "docs": 500,  "bytes": 25165824 }
                },
                "by_source": {
                    "web":   { "kept": 9000, "dropped": 1400, "quarantined": 500, "kept_bytes": 849346560 },
                    "forum": { "kept": 1000, "dropped": 100,  "quarantined": 0,   "kept_bytes": 94371840 }
                },
                "by_language": {
                    "": { "kept": 10000, "dropped": 1500, "quarantined": 500, "kept_bytes": 943718400 }
                },
                "added_by_a_later_version": { "anything": [1, 2, 3] }
            }
            """;

    /** filter: 10,000 in (40 MiB of text), 8,000 kept (30 MiB), 2,000 dropped, none quarantined. */
    static final String FILTER = """
            {
                "stage": "filter",
                "config_hash": "c0ffee00aa11bb22cc33dd44ee55ff6600112233445566778899aabbccddeeff",
                "config": { "min_cjk_chars": 50 },
                "git_commit": "3e5a9c1d",
                "taoxi_version": "0.1.0-SNAPSHOT",
                "spark_version": "4.2.0",
                "spark_master": "local[*]",
                "inputs": ["out/demo/ingest"],
                "started_at": "2026-11-30T06:01:00Z",
                "finished_at": "2026-11-30T06:01:04.500Z",
                "timings_ms": { "total": 4500, "process_and_write": 4000 },
                "counts": {
                    "in":          { "docs": 10000, "bytes": 41943040 },
                    "kept":        { "docs": 8000,  "bytes": 31457280 },
                    "dropped":     { "docs": 2000,  "bytes": 10485760 },
                    "quarantined": { "docs": 0,     "bytes": 0 }
                },
                "invariant_holds": true,
                "by_reason": {
                    "too_few_cjk_chars": { "outcome": "dropped", "docs": 1500, "bytes": 6291456 },
                    "duplicate_lines":   { "outcome": "dropped", "docs": 500,  "bytes": 4194304 }
                },
                "by_source": {
                    "web": { "kept": 8000, "dropped": 2000, "quarantined": 0, "kept_bytes": 31457280 }
                },
                "by_language": {
                    "zh": { "kept": 7000, "dropped": 1000, "quarantined": 0, "kept_bytes": 28311552 },
                    "":   { "kept": 1000, "dropped": 1000, "quarantined": 0, "kept_bytes": 3145728 }
                }
            }
            """;

    /** A run folder with ingest/ and filter/ (named so that folder order and start order differ). */
    static Path demoRun(Path root) throws IOException {
        Path run = root.resolve("demo");
        writeManifest(run.resolve("ingest"), INGEST);
        writeManifest(run.resolve("filter"), FILTER);
        return run;
    }

    static void writeManifest(Path stageDir, String json) throws IOException {
        Files.createDirectories(stageDir);
        Files.writeString(stageDir.resolve("manifest.json"), json, StandardCharsets.UTF_8);
    }
}
