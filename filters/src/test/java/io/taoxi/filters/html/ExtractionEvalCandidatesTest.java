package io.taoxi.filters.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ExtractionEval#evaluateCandidates}: pre-extracted texts scored with {@link ExtractionScore}. */
class ExtractionEvalCandidatesTest {

    private static final String EN_EXPECTED = "Harbor ferry returns\nThe ferry to the island runs again from Monday.\n";
    private static final String ZH_EXPECTED = "渡轮恢复运行\n前往小岛的渡轮周一起恢复运行。\n";
    private static final String JA_EXPECTED = "図書館の新館\n新しい図書館が駅前に開館した。\n";
    private static final String ZH_PARTIAL = "渡轮恢复运行\n首页 新闻 体育\n前往小岛的渡轮\n";

    @TempDir
    Path tmp;

    @Test
    void perfectMissingAndPartialCandidates() throws IOException {
        Path pages = tmp.resolve("pages");
        page(pages, "en", "ferry", EN_EXPECTED);
        page(pages, "zh-Hans", "ferry", ZH_EXPECTED);
        page(pages, "ja", "library", JA_EXPECTED);
        Path candidates = tmp.resolve("candidates");
        write(candidates.resolve("en/ferry.txt"), EN_EXPECTED);
        write(candidates.resolve("zh-Hans/ferry.txt"), ZH_PARTIAL);
        // ja/library.txt is missing.

        ExtractionEval.CandidateRun run = ExtractionEval.evaluateCandidates(pages, candidates);

        assertEquals(3, run.results().size(), "a missing candidate still yields a result");
        ExtractionEval.PageResult en = result(run, "en");
        assertEquals(1.0, en.tokenF1(), 1e-12);
        assertEquals(1.0, en.charF1(), 1e-12);

        ExtractionEval.PageResult ja = result(run, "ja");
        assertEquals(0.0, ja.tokenF1(), 0.0);
        assertEquals(0.0, ja.charF1(), 0.0);
        assertEquals(1, run.missing().size());
        assertEquals("library", run.missing().get(0).name());
        assertEquals(candidates.resolve("ja/library.txt"), ExtractionEval.candidateFile(candidates, run.missing().get(0)));

        ExtractionEval.PageResult zh = result(run, "zh-Hans");
        assertEquals(ExtractionScore.tokenF1(ZH_PARTIAL, ZH_EXPECTED), zh.tokenF1(), 1e-12);
        assertEquals(ExtractionScore.charF1(ZH_PARTIAL, ZH_EXPECTED), zh.charF1(), 1e-12);
        assertTrue(zh.tokenF1() > 0 && zh.tokenF1() < 1, "partial candidate: " + zh);

        ExtractionEval.LangSummary all = ExtractionEval.summarize(run.results()).get(3);
        assertEquals("ALL", all.lang());
        assertEquals(3, all.pages());
        assertEquals((1.0 + 0.0 + zh.tokenF1()) / 3, all.meanTokenF1(), 1e-12);
        assertEquals(0.0, all.minCharF1(), 0.0);

        String report = ExtractionEval.formatMissing(run.missing(), run.results().size(), candidates);
        assertTrue(report.startsWith("missing_candidates 1 of 3"), report);
        assertTrue(report.contains("library.txt"), report);
    }

    @Test
    void emptyCandidateFileIsScoredNotMissing() throws IOException {
        Path pages = tmp.resolve("pages");
        page(pages, "en", "ferry", EN_EXPECTED);
        Path candidates = tmp.resolve("candidates");
        write(candidates.resolve("en/ferry.txt"), "");

        ExtractionEval.CandidateRun run = ExtractionEval.evaluateCandidates(pages, candidates);

        assertEquals(List.of(), run.missing());
        assertEquals(0.0, run.results().get(0).tokenF1(), 0.0);
    }

    private static ExtractionEval.PageResult result(ExtractionEval.CandidateRun run, String lang) {
        return run.results().stream().filter(r -> r.lang().equals(lang)).findFirst().orElseThrow();
    }

    private static void page(Path pages, String lang, String name, String expected) throws IOException {
        String[] lines = expected.split("\n");
        StringBuilder body = new StringBuilder("<h1>").append(lines[0]).append("</h1>");
        for (int i = 1; i < lines.length; i++) {
            body.append("<p>").append(lines[i]).append("</p>");
        }
        write(pages.resolve(lang).resolve(name + ".html"),
                "<!doctype html><html><head><meta charset=\"utf-8\"></head><body>" + body + "</body></html>");
        write(pages.resolve(lang).resolve(name + ".expected.txt"), expected);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
