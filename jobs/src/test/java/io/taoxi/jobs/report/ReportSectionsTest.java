package io.taoxi.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The sections read from Parquet and side files: distributions, samples, mix, audit, config, data, compare. */
class ReportSectionsTest {
    @TempDir
    Path temp;

    private static final String COLUMNS = """
                required binary id (STRING);
                optional binary source (STRING);
                optional binary url (STRING);
                optional binary lang (STRING);
                optional binary text (STRING);
                optional int32 text_chars;
                optional double lang_score;
                optional int64 word_count;
                optional double perplexity;
            """;
    private static final MessageType KEPT = MessageTypeParser.parseMessageType("message spark_schema {\n" + COLUMNS + "}");
    private static final MessageType DROPPED = MessageTypeParser.parseMessageType(
            "message spark_schema {\n" + COLUMNS + "  optional binary reason (STRING);\n}");

    /** filter config: word_count rules for default (min 50) and zh (min 30). */
    static final String FILTER_MANIFEST = ManifestFixtures.FILTER
            .replace("\"config\": { \"min_cjk_chars\": 50 }", """
                    "config": { "langid": { "operator": "langid_v2" }, "quality": { "rules": {
                        "default": [ { "signal": "word_count", "min": 50, "max": 100000, "reason": "gopher_word_count" } ],
                        "zh":      [ { "signal": "word_count", "min": 30, "reason": "gopher_word_count" } ] } } }""")
            .replace("\"counts\": {", "\"perplexity_cutoffs\": { \"head_max\": 100, \"middle_max\": 1000 },\n    \"counts\": {")
            .replace("\"kept\":        { \"docs\": 8000,  \"bytes\": 31457280 }",
                    "\"kept\":        { \"docs\": 8000,  \"bytes\": 31457280, \"tokens\": 6000000 }")
            .replace("\"in\":          { \"docs\": 10000, \"bytes\": 41943040 }",
                    "\"in\":          { \"docs\": 10000, \"bytes\": 41943040, \"tokens\": 8000000 }");

    private static Consumer<Group> doc(String id, String lang, String url, String text, double langScore, long words,
                                       Double perplexity, String reason) {
        return group -> {
            group.append("id", id).append("source", "web").append("lang", lang).append("text", text)
                    .append("text_chars", text.codePointCount(0, text.length())).append("lang_score", langScore)
                    .append("word_count", words);
            if (url != null) {
                group.append("url", url);
            }
            if (perplexity != null) {
                group.append("perplexity", perplexity);
            }
            if (reason != null) {
                group.append("reason", reason);
            }
        };
    }

    /** A run: ingest (manifest only) and filter (manifest, kept and dropped Parquet), tokens.json and audit/. */
    Path run(String name, String filterManifest) throws IOException {
        Path run = temp.resolve(name);
        ManifestFixtures.writeManifest(run.resolve("ingest"), ManifestFixtures.INGEST);
        ManifestFixtures.writeManifest(run.resolve("filter"), filterManifest);
        ParquetFixtures.write(run.resolve("filter/kept/part-00000-aa.c000.zstd.parquet"), KEPT, List.of(
                doc("k2", "zh-Hans", "https://www.news.example/a", "中文正文，足够长。", 0.98, 120, 50.0, null),
                doc("k1", "zh-Hans", "https://news.example/b", "另一篇中文。", 0.95, 80, 500.0, null),
                doc("k3", "en", "https://blog.example/c", "An English text.", 0.99, 300, 5000.0, null)));
        ParquetFixtures.write(run.resolve("filter/dropped/part-00000-bb.c000.zstd.parquet"), DROPPED, List.of(
                doc("d9", "zh-Hant", "https://news.example/d", "短", 0.90, 10, null, "gopher_word_count"),
                doc("d1", "en", "https://spam.example/e", "<script>alert('x')</script> short", 0.97, 20, null,
                        "gopher_word_count"),
                doc("d5", "en", null, "few words", 0.96, 12, null, "gopher_word_count"),
                doc("d3", "en", "https://spam.example/f", "x".repeat(1000), 0.40, 1000, null, "too_few_cjk_chars")));
        Files.createDirectories(run.resolve("tokenize"));
        Files.writeString(run.resolve("tokenize/tokens.json"), """
                { "token_budget": 1000, "tokenizer": "taoxi_bpe_v1",
                  "components": [ { "name": "zh web", "docs": 2, "tokens": 600, "target_weight": 0.5 },
                                  { "name": "en web", "docs": 1, "tokens": 200, "target_weight": 0.5 } ] }
                """);
        Files.createDirectories(run.resolve("audit"));
        Files.writeString(run.resolve("audit/summary.md"), "# Audit\nfertility zh 1.3 <b>bold</b>\n");
        return run;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void writesHtmlMarkdownJsonAndOneCsvPerTable() throws IOException {
        Path run = run("a", FILTER_MANIFEST);
        List<Path> written = FunnelReport.writeAll(run, temp.resolve("out"), 2, 1000);
        assertEquals(temp.resolve("out/report.md"), written.get(0));
        assertEquals(temp.resolve("out/report.html"), written.get(1));
        assertEquals(temp.resolve("out/report.json"), written.get(2));
        for (String table : List.of("funnel", "reasons", "by_source", "by_language", "timings", "versions", "config",
                "rules", "signal_stats", "histograms", "samples", "mixture", "perplexity_cutoffs", "signals_filter")) {
            assertTrue(written.contains(temp.resolve("out/data/" + table + ".csv")), table + " in " + written);
        }
        String funnel = read(temp.resolve("out/data/funnel.csv"));
        assertTrue(funnel.startsWith("stage,in_docs,kept_docs,"), funnel);
        assertTrue(funnel.contains("filter,10000,8000,2000,0,41943040,31457280,8000000,6000000,0.8,"), funnel);
        String json = read(temp.resolve("out/report.json"));
        assertTrue(json.contains("\"signal_files\" : [ \"data/signals_filter.csv\" ]"), json);
    }

    @Test
    void funnelShowsTokensWhenAManifestHasThem() throws IOException {
        Path run = run("a", FILTER_MANIFEST);
        FunnelReport.writeAll(run, temp.resolve("out"), 2, 1000);
        String md = read(temp.resolve("out/report.md"));
        assertTrue(md.contains("| in tokens | kept tokens | step retention (tokens) |"), md);
        assertTrue(md.contains("| 8,000,000 | 6,000,000 | 75.0% |"), md);
    }

    @Test
    void distributionsAreSvgChartsWithThresholdsAndCutoffsAndSayWhatIsMissing() throws IOException {
        Path run = run("a", FILTER_MANIFEST);
        FunnelReport.writeAll(run, temp.resolve("out"), 2, 1000);
        String html = read(temp.resolve("out/report.html"));
        assertTrue(html.contains("<svg class=\"chart\""), "charts are inline SVG");
        assertTrue(html.contains("aria-label=\"word_count by language (stage filter)\""), html);
        assertTrue(html.contains("data-total=\"7\""), "7 documents (3 kept + 4 dropped) in the word_count chart");
        assertTrue(html.contains(">gopher_word_count min</text>"), "the default rule's minimum is drawn");
        assertTrue(html.contains(">head ≤ 100</text>") && html.contains(">middle ≤ 1,000</text>"), "perplexity cut-offs");
        assertFalse(html.contains("<script"), "no JavaScript, and sample text is escaped");
        assertFalse(html.contains("http://") || html.contains("https://") && html.contains("src="), "nothing fetched");
        assertTrue(html.contains("Not there yet: han_char_frac, dup_line_frac, toxicity_score"), html);
        assertTrue(html.contains("dup_cluster_size (written by a dedup stage)"), html);

        String stats = read(temp.resolve("out/data/signal_stats.csv"));
        // word_count over all 7 rows: 10, 12, 20, 80, 120, 300, 1000 → mean 220.28…, exact nearest-rank median 80.
        assertTrue(stats.contains("word_count,all,all,filter,7,0,220.28571428571428,10.0,10.0,80.0,1000.0,1000.0"), stats);
        assertTrue(stats.contains("word_count,language,en,filter,4,0,"), stats);
    }

    @Test
    void samplesAreTheSmallestIdsPerReasonWithTheDecidingSignalAndRule() throws IOException {
        Path run = run("a", FILTER_MANIFEST);
        FunnelReport.writeAll(run, temp.resolve("out"), 2, 1000);
        String samples = read(temp.resolve("out/data/samples.csv"));
        List<String> lines = samples.lines().toList();
        List<String> wordCount = new ArrayList<>(lines.stream().filter(line -> line.startsWith("reason,filter,gopher_word_count,")).toList());
        assertEquals(2, wordCount.size(), samples);
        assertTrue(wordCount.get(0).startsWith("reason,filter,gopher_word_count,d1,web,en,https://spam.example/e,\""
                + "word_count = 20; threshold = keep when 50 ≤ word_count ≤ 100,000 (default);"), wordCount.get(0));
        assertTrue(wordCount.get(1).startsWith("reason,filter,gopher_word_count,d5,"), "d9 is not among the 2 smallest");
        assertTrue(samples.contains("reason,filter,too_few_cjk_chars,d3,"), samples);
        assertTrue(samples.contains("x".repeat(300) + " …"), "text cut to 300 characters");
        // zh-Hant resolves to the zh rule (min 30) when it is the sample
        FunnelReport.writeAll(run, temp.resolve("out3"), 3, 1000);
        assertTrue(read(temp.resolve("out3/data/samples.csv")).contains("word_count = 10; threshold = keep when word_count ≥ 30 (zh)"));

        String html = read(temp.resolve("out/report.html"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; short"), "sample text escaped");
        assertTrue(html.contains("<summary>too_few_cjk_chars (1,500 dropped)</summary>"), html);
        // perplexity buckets from the manifest's cut-offs: k2 (50) head, k1 (500) middle, k3 (5000) tail
        assertTrue(samples.contains("perplexity_bucket,filter,head,k2,"), samples);
        assertTrue(samples.contains("perplexity_bucket,filter,middle,k1,"), samples);
        assertTrue(samples.contains("perplexity_bucket,filter,tail,k3,"), samples);
    }

    @Test
    void signalsCsvHasOneRowPerDocumentWithDomainAndRespectsTheLimit() throws IOException {
        Path run = run("a", FILTER_MANIFEST);
        FunnelReport.writeAll(run, temp.resolve("out"), 2, 1000);
        List<String> lines = read(temp.resolve("out/data/signals_filter.csv")).lines().toList();
        assertEquals("stage,outcome,reason,id,source,lang,domain,text_chars,lang_score,word_count,perplexity", lines.get(0));
        assertEquals(8, lines.size());
        assertTrue(lines.get(1).startsWith("filter,kept,,k2,web,zh-Hans,news.example,"), lines.get(1));
        assertTrue(lines.contains("filter,dropped,gopher_word_count,d5,web,en,,9,0.96,12,"), lines.toString());

        FunnelReport.writeAll(run, temp.resolve("limited"), 2, 2);
        assertEquals(3, read(temp.resolve("limited/data/signals_filter.csv")).lines().count());
    }

    @Test
    void mixtureAuditConfigAndVersionsAreShown() throws IOException {
        Path run = run("a", FILTER_MANIFEST);
        FunnelReport.writeAll(run, temp.resolve("out"), 2, 1000);
        String mixture = read(temp.resolve("out/data/mixture.csv"));
        assertTrue(mixture.contains("zh web,2,600,0.75,0.5,0.25,500.0,1.2,"), mixture);
        String md = read(temp.resolve("out/report.md"));
        assertTrue(md.contains("- **token budget:** 1,000"), md);
        String html = read(temp.resolve("out/report.html"));
        assertTrue(html.contains("<pre># Audit\nfertility zh 1.3 &lt;b&gt;bold&lt;/b&gt;\n</pre>"), "audit notes embedded, escaped");
        assertTrue(html.contains("<td>../audit/summary.md</td>"), html);
        String versions = read(temp.resolve("out/data/versions.csv"));
        assertTrue(versions.contains("filter,config.langid.operator,langid_v2"), versions);
        assertTrue(read(temp.resolve("out/data/config.csv")).contains("filter,quality.rules.zh[0].min,30"));
    }

    @Test
    void reportWithoutParquetSaysWhatIsNotThereYet() throws IOException {
        Path run = ManifestFixtures.demoRun(temp);
        FunnelReport.writeAll(run, temp.resolve("out"), 3, 1000);
        String md = read(temp.resolve("out/report.md"));
        assertTrue(md.contains("there are no distributions. Not there yet: text_chars, lang_score"), md);
        assertTrue(md.contains("No mixture yet"), md);
        assertTrue(md.contains("No audit/ folder in this run yet."), md);
    }

    @Test
    void compareJoinsTablesOnTheirKeysAndKeepsOnlyDifferingConfig() throws IOException {
        Path a = run("a", FILTER_MANIFEST);
        Path b = run("b", FILTER_MANIFEST.replace("\"min\": 30", "\"min\": 40")
                .replace("\"kept\":        { \"docs\": 8000,", "\"kept\":        { \"docs\": 7000,")
                .replace("\"dropped\":     { \"docs\": 2000,", "\"dropped\":     { \"docs\": 3000,"));
        StringWriter out = new StringWriter();
        int code = new CommandLine(new ReportCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(new StringWriter()))
                .execute("--compare", a.toString(), b.toString(), "--output", temp.resolve("cmp").toString());
        assertEquals(0, code);
        assertTrue(out.toString().contains(temp.resolve("cmp/compare.html").toString()), out.toString());
        String config = read(temp.resolve("cmp/data/compare_config.csv"));
        assertEquals(List.of("stage,path,value_a,value_b", "filter,quality.rules.zh[0].min,30,40"), config.lines().toList());
        String funnel = read(temp.resolve("cmp/data/compare_funnel.csv"));
        assertTrue(funnel.lines().anyMatch(line -> line.startsWith("filter,10000,10000,0,8000,7000,-1000,2000,3000,1000,")),
                funnel);
        String html = read(temp.resolve("cmp/compare.html"));
        assertTrue(html.contains("Taoxi run comparison: a vs b"), html);
        assertFalse(html.contains("<script"));
    }

    @Test
    void commandNeedsRunOrCompareButNotBoth() {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new ReportCommand()).setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(err)).execute("--run", "x", "--compare", "a", "b");
        assertEquals(2, code);
        assertTrue(err.toString().contains("either --run DIR or --compare RUN_A RUN_B"), err.toString());
    }
}
