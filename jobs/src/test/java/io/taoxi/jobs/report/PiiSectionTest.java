package io.taoxi.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taoxi.filters.pii.PiiRedactor;
import io.taoxi.jobs.config.PipelineConfig.IngestSpec;
import io.taoxi.jobs.config.PipelineConfig.InputSpec;
import io.taoxi.jobs.filter.FilterSpec;
import io.taoxi.jobs.filter.FilterStages;
import io.taoxi.jobs.ingest.IngestStage;
import io.taoxi.jobs.stage.Stage;
import io.taoxi.jobs.stage.StageRunner;
import io.taoxi.jobs.testing.TestSpark;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small real run (JSONL → ingest → filter with redact/flag/drop actions, local[2]) and its report: the
 * PII table per type × language × action in report.md, data/pii.csv and report.json, with no identifier
 * reprinted anywhere in the report.
 */
class PiiSectionTest {
    @TempDir
    static Path dir;
    static Path report;

    // Valid but fake identifiers (check digits computed by hand: ISO 7064 MOD 11-2, RRN weights, Luhn).
    static final String CN_MOBILE = "13800001234";
    static final String CN_ID = "110105209103150125";
    static final String KR_RRN = "920415-3123454";
    static final String JP_PHONE = "090-0000-5678";
    static final String VISA = "4111 1122 2233 3347";
    static final String UNIONPAY = "6200 0055 5566 6670";
    static final List<String> IDENTIFIERS = List.of(CN_MOBILE, CN_ID, KR_RRN, JP_PHONE, VISA, UNIONPAY,
            "wang.demo7@taoxi-demo.cn", "tanaka3@taoxi-demo.jp", "kim.test@taoxi-demo.kr", "li_na5@taoxi-demo.net");

    @BeforeAll
    static void run() throws IOException {
        Path input = dir.resolve("docs.jsonl");
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (String[] doc : new String[][] {
            {"z1", "本店招聘兼职店员两名，工作地点在市中心，待遇从优。有意者请联系王先生，手机" + CN_MOBILE
                    + "，或者把简历发送到 wang.demo7@taoxi-demo.cn，我们会在三个工作日内回复您。"},
            {"z2", "报名表需要填写身份证号，例如" + CN_ID + "，这些信息只用于登记，活动结束以后会全部删除，请大家放心填写。"},
            {"j1", "お問い合わせは担当の田中まで、電話" + JP_PHONE
                    + "にご連絡ください。メールでのご連絡は tanaka3@taoxi-demo.jp までお願いします。よろしくお願いいたします。"},
            {"k1", "신청서에는 주민등록번호 " + KR_RRN
                    + "처럼 번호를 정확히 적어 주세요. 문의 사항은 kim.test@taoxi-demo.kr 로 보내 주시기 바랍니다. 감사합니다."},
            {"e1", "Attendees paid the workshop fee online, and one receipt showed the full card number " + VISA
                    + " instead of the last four digits. Questions go to li_na5@taoxi-demo.net as usual."},
            {"e2", "The refund form asked for an identity number and a card, and somebody typed " + CN_ID
                    + " and then " + UNIONPAY + " into the public comment box of the event page by mistake."},
            {"e3", "The volunteer programme meets every Saturday morning in the library, and new members are always"
                    + " welcome to join the reading group without signing up in advance."}}) {
            lines.add(json.writeValueAsString(Map.of("id", doc[0], "text", doc[1])));
        }
        Files.write(input, lines, StandardCharsets.UTF_8);
        Path runDir = dir.resolve("run");
        StageRunner runner = new StageRunner(TestSpark.session(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Stage ingest = new IngestStage(new IngestSpec(List.of(new InputSpec(input.toString(), "web", "jsonl")),
                null, null, null));
        runner.run(ingest, runDir.resolve("ingest").toString());
        PiiRedactor.Spec actions = new PiiRedactor.Spec(Map.of("email", "redact", "phone", "flag", "cn_id", "drop",
                "payment_card", "drop"), "redact", null);
        runner.run(FilterStages.filter(new FilterSpec(null, false, null, null, actions),
                runDir.resolve("ingest").toString()), runDir.resolve("filter").toString());
        report = dir.resolve("report");
        FunnelReport.writeAll(runDir, report, 3, 1000);
    }

    @Test
    void csvHasOneRowPerTypeLanguageAndAction() throws IOException {
        List<String> csv = Files.readAllLines(report.resolve("data/pii.csv"), StandardCharsets.UTF_8);
        assertEquals("stage,type,language,action,placeholder,docs,identifiers,kept_docs,dropped_docs,"
                + "dropped_for_this_type", csv.get(0));
        // Expected by reading the documents above: z1 phone (flag) + email; z2 cn_id (drop); j1 phone + email;
        // k1 kr_rrn + email; e1 card (drop) + email; e2 cn_id and card, dropped for cn_id (first in type order).
        List<String> expected = List.of(
                "filter,email,en,redacted,<EMAIL>,1,1,0,1,0",
                "filter,email,ja,redacted,<EMAIL>,1,1,1,0,0",
                "filter,email,ko,redacted,<EMAIL>,1,1,1,0,0",
                "filter,email,zh-Hans,redacted,<EMAIL>,1,1,1,0,0",
                "filter,cn_id,en,dropped,<CN_ID>,1,1,0,1,1",
                "filter,cn_id,zh-Hans,dropped,<CN_ID>,1,1,0,1,1",
                "filter,kr_rrn,ko,redacted,<KR_RRN>,1,1,1,0,0",
                "filter,payment_card,en,dropped,<CARD>,2,2,0,2,1",
                "filter,phone,ja,flagged,<PHONE>,1,1,1,0,0",
                "filter,phone,zh-Hans,flagged,<PHONE>,1,1,1,0,0");
        assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(csv.subList(1, csv.size())),
                String.join("\n", csv));
    }

    @Test
    void jsonAndMarkdownCarryTheTableAndNoIdentifier() throws IOException {
        JsonNode table = new ObjectMapper().readTree(report.resolve("report.json").toFile()).get("tables").get("pii");
        assertEquals(10, table.get("rows").size());
        Map<String, Long> identifiersByType = new TreeMap<>();
        table.get("rows").forEach(row -> identifiersByType.merge(row.get("type").asText(),
                row.get("identifiers").asLong(), Long::sum));
        assertEquals(Map.of("cn_id", 2L, "email", 4L, "kr_rrn", 1L, "payment_card", 2L, "phone", 2L),
                identifiersByType);
        String markdown = Files.readString(report.resolve("report.md"), StandardCharsets.UTF_8);
        assertTrue(markdown.contains("## Personal data (PII)"), markdown);
        assertTrue(markdown.contains("payment_card dropped 2"), markdown);
        assertTrue(markdown.contains("data/pii.csv"), markdown);
        for (Path file : List.of(report.resolve("report.md"), report.resolve("report.html"),
                report.resolve("report.json"), report.resolve("data/pii.csv"))) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (String identifier : IDENTIFIERS) {
                assertFalse(text.contains(identifier), file.getFileName() + " shows " + identifier);
            }
        }
    }

    @Test
    void theStoredTextKeepsFlaggedIdentifiersButTheReportSamplesMaskThem() {
        assertEquals("电话 <PHONE>，邮箱 <EMAIL>", PiiSection.mask("电话 " + CN_MOBILE + "，邮箱 wang.demo7@taoxi-demo.cn"));
        assertEquals(null, PiiSection.mask(null));
    }
}
