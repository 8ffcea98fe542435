package io.taoxi.jobs.ingest.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taoxi.jobs.ingest.IngestRow;
import io.taoxi.jobs.ingest.IngestRow.Outcome;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The {@code tika} reader on each committed fixture, without Spark: text, metadata columns, locators. */
class DocFileReaderTest {
    private static final String ZH_FIRST = "本文介绍一套面向中文预训练语料的清洗流程。";

    private static IngestRow only(String name) {
        List<IngestRow> rows = DocFixtures.read(DocFixtures.corpus().resolve(name));
        assertEquals(2, rows.size(), rows.toString());
        IngestRow summary = rows.get(1);
        assertEquals(Outcome.SOURCE, summary.outcome());
        assertEquals(1L, summary.recordsFound());
        return rows.get(0);
    }

    @Test
    void officeFormatsMadeByLibreOfficeGiveTheSameChineseText() {
        for (String name : List.of("zh-report.docx", "zh-report.doc", "zh-report.rtf", "zh-report.pdf")) {
            IngestRow r = only(name);
            assertEquals(Outcome.KEPT, r.outcome(), name);
            assertEquals("分布式语料清洗流程说明", r.title(), name);
            assertEquals("陶溪编辑部", r.extras().author(), name);
            String[] lines = r.text().split("\n");
            assertEquals("分布式语料清洗流程说明", lines[0], name);
            // PDF line breaks inside a paragraph are joined, so every format has the same five paragraphs.
            assertEquals(5, lines.length, name + ": " + r.text());
            assertTrue(lines[1].startsWith(ZH_FIRST), name + ": " + lines[1]);
            assertEquals(r.text().codePointCount(0, r.text().length()), r.textChars());
            assertEquals(0, r.sourceOffset());
            assertEquals(0, r.sourceInnerOffset());
            assertNull(r.url());
        }
        assertEquals(Instant.parse("2025-02-03T10:20:30Z"), only("zh-report.docx").extras().createdTime());
        assertEquals("zh-cn", only("zh-report.docx").extras().langHint());
        assertEquals(1, only("zh-report.pdf").extras().pageCount());
        assertEquals("application/pdf", only("zh-report.pdf").contentType());
    }

    @Test
    void koreanOdtJapanesePptxAndChineseEpub() {
        IngestRow ko = only("ko-guide.odt");
        assertEquals("말뭉치 정제 안내", ko.title());
        assertEquals("ko-kr", ko.extras().langHint());
        assertTrue(ko.text().startsWith("말뭉치 정제 안내\n이 문서는"), ko.text());
        IngestRow ja = only("ja-slides.pptx");
        assertEquals("コーパス整備の手順", ja.title());
        assertEquals("山田花子", ja.extras().author());
        assertTrue(ja.text().contains("暗号化されたファイルは理由を付けて記録します。"), ja.text());
        IngestRow epub = only("rainy-night.epub");
        assertEquals("雨夜书店", epub.title());
        assertEquals("陶溪", epub.extras().author());
        assertTrue(epub.text().startsWith("第一章　雨夜\n那天夜里雨下得很大"), epub.text());
        assertTrue(epub.text().contains("给将来的读者。"), epub.text());
    }

    @Test
    void textFilesInAnyEncodingAndHtml() {
        Map<String, String[]> cases = Map.of(
                "old-street-big5.txt", new String[] {"Big5-HKSCS", "臺灣的老街常見紅磚拱廊"},
                "library-shift_jis.txt", new String[] {"windows-31j", "図書館の新しい閲覧室は"},
                "library-euc-kr.txt", new String[] {"x-windows-949", "도서관의 새 열람실은"},
                "ancient-books-gb2312.html", new String[] {"GB2312", "本项目把馆藏古籍逐页扫描"});
        cases.forEach((name, expected) -> {
            IngestRow r = only(name);
            assertEquals(Outcome.KEPT, r.outcome(), name);
            assertEquals(expected[0], r.charset(), name);
            assertTrue(r.text().contains(expected[1]), name + ": " + r.text());
        });
        assertEquals("zh-cn", only("ancient-books-gb2312.html").extras().langHint());
        IngestRow md = only("guide-en.md");
        assertEquals("Reading documents with Taoxi", md.title());
        assertEquals("text/markdown", md.contentType());
    }

    @Test
    void archiveMembersAreDocumentsLocatedByEntryOrdinal() {
        List<IngestRow> rows = DocFixtures.read(DocFixtures.corpus().resolve("bundle.zip"));
        Map<Long, IngestRow> byOrdinal = new TreeMap<>();
        rows.stream().filter(r -> r.outcome() != Outcome.SOURCE).forEach(r -> byOrdinal.put(r.sourceInnerOffset(), r));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), List.copyOf(byOrdinal.keySet()), "entry 0 is a folder");
        assertEquals("bundle.zip!/manuals/zh-report.docx", byOrdinal.get(3L).url());
        assertEquals("分布式语料清洗流程说明", byOrdinal.get(3L).title());
        assertEquals("windows-31j", byOrdinal.get(5L).charset());
        IngestRow traversal = byOrdinal.get(4L);
        assertEquals(Outcome.QUARANTINED, traversal.outcome());
        assertEquals("doc_unsafe_member_path", traversal.reason());
        assertTrue(traversal.errorMessage().contains("../../x"), traversal.errorMessage());
        IngestRow summary = rows.get(rows.size() - 1);
        assertEquals(5L, summary.recordsFound());
        assertEquals("bundle.zip", summary.sourceFile());

        List<IngestRow> tar = DocFixtures.read(DocFixtures.corpus().resolve("bundle.tar.gz"));
        Map<String, Long> reasons = new TreeMap<>();
        tar.stream().filter(r -> r.outcome() != Outcome.SOURCE)
                .forEach(r -> reasons.merge(r.outcome() + ":" + r.reason(), 1L, Long::sum));
        assertEquals(Map.of("KEPT:null", 2L, "QUARANTINED:doc_unsafe_member_path", 2L), reasons);
        assertEquals(Outcome.KEPT, tar.get(2).outcome());
        assertEquals("bundle.tar.gz!/papers/zh-report.pdf", tar.get(2).url());
    }

    @Test
    void idsAreStableAcrossReads() {
        Path zip = DocFixtures.corpus().resolve("bundle.zip");
        assertEquals(DocFixtures.read(zip).stream().map(IngestRow::id).toList(),
                DocFixtures.read(zip).stream().map(IngestRow::id).toList());
    }
}
