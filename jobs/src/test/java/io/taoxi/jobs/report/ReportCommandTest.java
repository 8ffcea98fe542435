package io.taoxi.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CommandLine(new ReportCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    void writesIntoRunReportByDefaultAndPrintsBothPaths() throws IOException {
        Path run = ManifestFixtures.demoRun(temp);
        assertEquals(0, run("--run", run.toString()), err.toString());
        assertEquals(run.resolve("report/report.md") + System.lineSeparator()
                + run.resolve("report/report.html") + System.lineSeparator(), out.toString());
        assertTrue(Files.size(run.resolve("report/report.html")) > 0);
    }

    @Test
    void outputOptionChoosesTheFolder() throws IOException {
        Path run = ManifestFixtures.demoRun(temp);
        assertEquals(0, run("--run", run.toString(), "--output", temp.resolve("elsewhere").toString()));
        assertTrue(Files.isRegularFile(temp.resolve("elsewhere/report.md")));
    }

    @Test
    void missingManifestIsAOneLineErrorAndExitCodeOne() {
        assertEquals(1, run("--run", temp.toString()));
        String message = err.toString().strip();
        assertTrue(message.startsWith("taoxi: error: no stage manifest in " + temp), message);
        assertEquals(1, message.lines().count(), message);
    }

    @Test
    void runIsRequired() {
        assertEquals(2, run());
        assertTrue(err.toString().contains("--run"), err.toString());
    }
}
