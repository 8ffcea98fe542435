package io.taoxi.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFunnelTest {
    @TempDir
    Path temp;

    private String markdown(Path run) throws IOException {
        List<Path> written = FunnelReport.write(run, temp.resolve("report"));
        assertEquals(List.of(temp.resolve("report/report.md"), temp.resolve("report/report.html")), written);
        return Files.readString(written.get(0), StandardCharsets.UTF_8);
    }

    private static String line(String text, String prefix) {
        return text.lines().filter(candidate -> candidate.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with '" + prefix + "' in:\n" + text));
    }

    @Test
    void funnelOrdersStagesByStartTimeWithRetentionPerStepAndOverall() throws IOException {
        String md = markdown(ManifestFixtures.demoRun(temp));

        assertTrue(md.contains("- **stages:** ingest → filter"), md);
        assertTrue(line(md, "| 1 | ingest |").startsWith(
                "| 1 | ingest | 12,000 | 10,000 | 83.3% | 83.3% | 1.0 GiB | 900.0 MiB | 87.9% | 87.9% | █"));
        // overall retention is against the first stage's input: 8,000 / 12,000 documents, 30 MiB / 1 GiB.
        assertTrue(line(md, "| 2 | filter |").startsWith(
                "| 2 | filter | 10,000 | 8,000 | 80.0% | 66.7% | 40.0 MiB | 30.0 MiB | 75.0% | 2.9% | █"));
        assertFalse(md.contains("Note:"), "filter read exactly what ingest kept");
        assertTrue(md.indexOf("## Stage 1: ingest") < md.indexOf("## Stage 2: filter"));
    }

    @Test
    void stageSectionShowsOutcomesReasonsSourcesLanguagesTimingsAndProvenance() throws IOException {
        String md = markdown(ManifestFixtures.demoRun(temp));
        String ingest = md.substring(md.indexOf("## Stage 1: ingest"), md.indexOf("## Stage 2: filter"));

        assertTrue(ingest.contains("Retention: 83.3% of documents, 87.9% of bytes."), ingest);
        assertTrue(ingest.contains("Invariant in = kept + dropped + quarantined: holds (12,000 = 10,000 + 1,500 + 500)."));
        assertTrue(ingest.contains(
                "- **config hash:** 9f2c4e1ab7d3c0e5f6a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0"));
        assertTrue(ingest.contains("- **git commit:** 3e5a9c1d"));

        assertTrue(line(ingest, "| in |").startsWith("| in | 12,000 | 100.0% | 1.0 GiB | 100.0% |"));
        assertTrue(line(ingest, "| kept |").startsWith("| kept | 10,000 | 83.3% | 900.0 MiB | 87.9% |"));
        assertTrue(line(ingest, "| dropped |").startsWith("| dropped | 1,500 | 12.5% | 100.0 MiB | 9.8% |"));
        assertTrue(line(ingest, "| quarantined |").startsWith("| quarantined | 500 | 4.2% | 24.0 MiB | 2.3% |"));

        // Reasons, most documents first.
        int request = ingest.indexOf("| warc_request_record |");
        int truncated = ingest.indexOf("| truncated_record |");
        int notFound = ingest.indexOf("| http_status_404 |");
        assertTrue(request > 0 && request < truncated && truncated < notFound, ingest);
        assertTrue(line(ingest, "| warc_request_record |").startsWith(
                "| warc_request_record | dropped | 1,200 | 50.0 MiB | 10.0% | 4.9% |"));
        assertTrue(line(ingest, "| truncated_record |").startsWith(
                "| truncated_record | quarantined | 500 | 24.0 MiB | 4.2% | 2.3% |"));

        assertTrue(line(ingest, "| web |").startsWith("| web | 10,900 | 9,000 | 1,400 | 500 | 82.6% | 810.0 MiB |"));
        assertTrue(line(ingest, "| forum |").startsWith("| forum | 1,100 | 1,000 | 100 | 0 | 90.9% | 90.0 MiB |"));
        assertTrue(line(ingest, "| (none) |").startsWith("| (none) | 12,000 | 10,000 | 1,500 | 500 | 83.3% | 900.0 MiB |"));

        assertTrue(line(ingest, "| total |").startsWith("| total | 9.0 s | 9,000 | 100.0% |"));
        assertTrue(line(ingest, "| process_and_write |").startsWith("| process_and_write | 7.0 s | 7,000 | 77.8% |"));
        assertTrue(line(ingest, "| publish |").startsWith("| publish | 10 ms | 10 | 0.1% |"));

        String filter = md.substring(md.indexOf("## Stage 2: filter"));
        assertTrue(line(filter, "| zh |").startsWith("| zh | 8,000 | 7,000 | 1,000 | 0 | 87.5% | 27.0 MiB |"));
        assertTrue(line(filter, "| (none) |").startsWith("| (none) | 2,000 | 1,000 | 1,000 | 0 | 50.0% | 3.0 MiB |"));
    }

    @Test
    void markdownTablesAreWellFormed() throws IOException {
        String md = markdown(ManifestFixtures.demoRun(temp));
        List<String> lines = md.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("|---") || lines.get(i).startsWith("| ---")) {
                long columns = lines.get(i).chars().filter(c -> c == '|').count();
                assertEquals(columns, lines.get(i - 1).chars().filter(c -> c == '|').count(), "header of line " + i);
                for (int row = i + 1; row < lines.size() && lines.get(row).startsWith("|"); row++) {
                    assertEquals(columns, lines.get(row).replace("\\|", "").chars().filter(c -> c == '|').count(),
                            lines.get(row));
                }
            }
        }
    }

    @Test
    void htmlIsOneSelfContainedFileWithBars() throws IOException {
        List<Path> written = FunnelReport.write(ManifestFixtures.demoRun(temp), temp.resolve("out"));
        String html = Files.readString(written.get(1), StandardCharsets.UTF_8);

        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<style>"));
        assertFalse(html.contains("<script"), "no JavaScript");
        assertFalse(html.contains("<link"), "no external style sheet");
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("src="), "no network");
        // ingest kept bar in the funnel: 10,000 of the widest input (12,000).
        assertTrue(html.contains("<span class=\"kept\" style=\"width:83.33%\"></span>"), html);
        assertTrue(html.contains("<td class=\"num\">12,000</td>"));
        assertTrue(html.contains("<td>(none)</td>"));
        assertTrue(html.contains("9f2c4e1ab7d3c0e5f6a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0"));
    }

    @Test
    void valuesAreEscapedInHtmlAndMarkdown() throws IOException {
        String hostile = ManifestFixtures.FILTER
                .replace("\"too_few_cjk_chars\"", "\"<script>alert('reason')</script>\"")
                .replace("\"zh\"", "\"<script>alert(\\\"lang\\\")</script>\"")
                .replace("\"web\"", "\"a|b\"");
        Path run = temp.resolve("hostile");
        ManifestFixtures.writeManifest(run.resolve("filter"), hostile);

        List<Path> written = FunnelReport.write(run, temp.resolve("out"));
        String md = Files.readString(written.get(0), StandardCharsets.UTF_8);
        String html = Files.readString(written.get(1), StandardCharsets.UTF_8);

        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("<td>&lt;script&gt;alert(&#39;reason&#39;)&lt;/script&gt;</td>"), html);
        assertTrue(html.contains("<td>&lt;script&gt;alert(&quot;lang&quot;)&lt;/script&gt;</td>"), html);
        assertFalse(md.contains("<script"), md);
        assertTrue(md.contains("| &lt;script&gt;alert('reason')&lt;/script&gt; | dropped | 1,500 |"), md);
        assertTrue(md.contains("| a\\|b | 10,000 |"), md);
    }

    @Test
    void singleStageFolderIsAOneStageReport() throws IOException {
        Path stage = temp.resolve("only");
        ManifestFixtures.writeManifest(stage, ManifestFixtures.INGEST);
        String md = markdown(stage);
        assertTrue(md.contains("## Stage 1: ingest"));
        assertFalse(md.contains("## Stage 2"));
    }

    @Test
    void unpublishedFoldersAreSkipped() throws IOException {
        Path run = ManifestFixtures.demoRun(temp);
        ManifestFixtures.writeManifest(run.resolve("filter.replaced"), ManifestFixtures.FILTER.replace("\"filter\"", "\"superseded_stage\""));
        String md = markdown(run);
        assertFalse(md.contains("superseded"), md);
    }

    @Test
    void brokenChainAndViolatedInvariantAreCalledOut() throws IOException {
        Path run = temp.resolve("broken");
        ManifestFixtures.writeManifest(run.resolve("ingest"), ManifestFixtures.INGEST);
        ManifestFixtures.writeManifest(run.resolve("filter"), ManifestFixtures.FILTER
                .replace("\"in\":          { \"docs\": 10000", "\"in\":          { \"docs\": 10001"));
        String md = markdown(run);
        assertTrue(md.contains("Note: Stage filter read 10,001 documents but the stage before it (ingest) kept 10,000"), md);
        assertTrue(md.contains("VIOLATED (10,001 ≠ 8,000 + 2,000 + 0)."), md);
        assertTrue(md.contains("The manifest says invariant_holds=true, which the counts contradict."), md);
    }

    @Test
    void runWithoutManifestFailsWithOneLineMessage() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty-run"));
        ReportException error = assertThrows(ReportException.class, () -> FunnelReport.write(empty, temp.resolve("o")));
        assertTrue(error.getMessage().startsWith("no stage manifest in " + empty), error.getMessage());
        assertFalse(error.getMessage().contains("\n"));

        ReportException missing = assertThrows(ReportException.class,
                () -> FunnelReport.write(temp.resolve("nope"), temp.resolve("o")));
        assertEquals("no run folder at " + temp.resolve("nope"), missing.getMessage());
    }

    @Test
    void malformedManifestNamesTheFileAndPosition() throws IOException {
        Path run = temp.resolve("bad");
        ManifestFixtures.writeManifest(run.resolve("ingest"), "{ \"stage\": \"ingest\", \"counts\": ");
        ReportException error = assertThrows(ReportException.class, () -> FunnelReport.write(run, temp.resolve("o")));
        assertTrue(error.getMessage().startsWith("cannot read manifest " + run.resolve("ingest/manifest.json") + " at line 1"),
                error.getMessage());
        assertFalse(error.getMessage().contains("\n"));
    }
}
