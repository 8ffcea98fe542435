package io.taoxi.jobs.ingest.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taoxi.jobs.config.PipelineConfig.InputSpec;
import io.taoxi.jobs.ingest.IngestRow;
import io.taoxi.jobs.ingest.ReadTask;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The code reader over the committed fixture repositories (a folder, a tar.gz, a loose file), without Spark. */
class CodeReaderTest {
    static final Map<String, Long> EXPECTED_REASONS = new TreeMap<>(Map.of(
            "code_vendored", 2L, "code_generated", 2L, "code_minified", 2L, "code_lock_file", 2L,
            "code_binary", 1L, "code_data_blob", 1L, "code_unknown_language", 2L, "code_unsafe_member_path", 1L));
    static final long EXPECTED_KEPT = 12;

    static List<IngestRow> rows;

    static Path repos() {
        try {
            return Path.of(Objects.requireNonNull(CodeReaderTest.class.getResource("/code/repos")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void readAll() throws Exception {
        Configuration hadoop = new Configuration(false);
        CodeSourceReader reader = new CodeSourceReader();
        List<ReadTask> tasks = reader.plan(new InputSpec(repos().toString(), "code"), 0, hadoop);
        assertEquals(List.of("repos/snippet.lua", "repos/suanfa", "repos/tool.tar.gz"),
                tasks.stream().map(ReadTask::sourceFile).toList());
        rows = new ArrayList<>();
        for (ReadTask t : tasks) {
            reader.read(t, hadoop, null).forEachRemaining(rows::add);
        }
    }

    private static IngestRow titled(String title) {
        return rows.stream().filter(r -> title.equals(r.title())).findFirst().orElseThrow(() -> new AssertionError(title));
    }

    @Test
    void everyFileHasOneOutcomeAndTheCountsAgree() {
        Map<String, Long> reasons = new TreeMap<>();
        long found = 0;
        long outcomes = 0;
        Set<String> ids = new HashSet<>();
        for (IngestRow r : rows) {
            if (r.outcome() == IngestRow.Outcome.SOURCE) {
                found += r.recordsFound();
                continue;
            }
            outcomes++;
            assertTrue(ids.add(r.id()), "duplicate id " + r);
            if (r.reason() != null) {
                reasons.merge(r.reason(), 1L, Long::sum);
            }
        }
        assertEquals(found, outcomes);
        assertEquals(EXPECTED_REASONS, reasons, rows.toString());
        assertEquals(EXPECTED_KEPT, rows.stream().filter(r -> r.outcome() == IngestRow.Outcome.KEPT).count());
    }

    @Test
    void licenceLanguageAndChineseCommentSignals() {
        IngestRow py = titled("src/sorting.py");
        assertEquals("MIT", py.extras().licenseSpdx());
        assertEquals("Python", py.extras().codeLanguage());
        assertTrue(py.extras().cjkCommentFrac() > 0.6, py.extras().toString());
        assertTrue(py.extras().commentLineFrac() > 0.15, py.extras().toString());
        assertEquals("repos/suanfa/src/sorting.py", py.sourceFile());
        assertEquals("Shell", titled("scripts/deploy").extras().codeLanguage());
        assertEquals("C++", titled("src/graph.cpp").extras().codeLanguage());
        assertEquals("Rust", titled("src/lib.rs").extras().codeLanguage());
        IngestRow go = titled("main.go");
        assertEquals("Apache-2.0", go.extras().licenseSpdx());
        assertEquals("repos/tool.tar.gz", go.sourceFile());
        assertEquals("repos/tool.tar.gz!/tool-main/main.go", go.url());
        assertTrue(go.sourceInnerOffset() > 0);
        assertEquals("Lua", titled("snippet.lua").extras().codeLanguage());
        assertEquals(null, titled("snippet.lua").extras().licenseSpdx());
        assertEquals(3, titled("src/settings.py").extras().secretHints());
        assertEquals(0, py.extras().secretHints());
    }

    @Test
    void vendoredTreesAreOneRecordEach() {
        IngestRow nodeModules = rows.stream().filter(r -> "code_vendored".equals(r.reason())
                && r.sourceFile().endsWith("node_modules")).findFirst().orElseThrow();
        assertEquals("repos/suanfa/node_modules", nodeModules.sourceFile());
        assertEquals(64 + 43, nodeModules.recordBytes());
        IngestRow vendor = rows.stream().filter(r -> "code_vendored".equals(r.reason())
                && "repos/tool.tar.gz".equals(r.sourceFile())).findFirst().orElseThrow();
        assertNotNull(vendor.url());
        assertTrue(vendor.url().endsWith("!/tool-main/vendor/"), vendor.url());
    }
}
