package io.taoxi.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and one-line errors of the CLI, for failures found before Spark starts. */
class TaoxiCliTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Taoxi.execute(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void missingInputIsAConfigErrorBeforeSpark() {
        Result r = run("ingest", "--input", dir.resolve("nope").toString(), "--output", dir.resolve("o").toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("taoxi: error: ingest.inputs[0].path = "), r.err());
        assertTrue(r.err().contains("no such file or folder"), r.err());
    }

    @Test
    void badConfigNamesTheKey() throws IOException {
        Path conf = dir.resolve("bad.yaml");
        Files.writeString(conf, "run:\n  output: o\ningest:\n  inputs:\n    - path: x\n  max_record_bytes: 5\n");
        Result r = run("pipeline", "--config", conf.toString());
        assertEquals(2, r.code());
        assertEquals("taoxi: error: " + conf + ": ingest.max_record_bytes = 5: must be in [1024, 1073741824]",
                r.err().strip());
    }

    @Test
    void usageErrorsPointToHelp() {
        Result r = run("ingest", "--output", "x");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("taoxi: error: Missing required option: '--input"), r.err());
        assertTrue(run("--help").out().contains("pipeline"));
        assertEquals(2, run().code());
    }

    @Test
    void reportOnAFolderWithoutManifests() {
        Result r = run("report", "--run", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("taoxi: error: "), r.err());
        assertTrue(r.err().contains(dir.toString()), r.err());
    }
}
