package io.taoxi.jobs.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/** Reads the generated corpus back through jwarc's public API only and checks it against demo-corpus.json. */
class DemoCorpusTest {
  @TempDir static Path dir;
  static DemoCorpus.Summary summary;
  static JsonNode json;

  @BeforeAll
  static void generate() throws IOException {
    summary = DemoCorpus.generate(dir.resolve("a"), DemoCorpus.DEFAULT_SEED);
    json = new ObjectMapper().readTree(dir.resolve("a/demo-corpus.json").toFile());
  }

  @Test
  void sameSeedGivesByteIdenticalFiles() throws IOException {
    DemoCorpus.Summary again = DemoCorpus.generate(dir.resolve("b"), DemoCorpus.DEFAULT_SEED);
    assertEquals(summary.files().size(), again.files().size());
    for (int i = 0; i < summary.files().size(); i++) {
      assertArrayEquals(Files.readAllBytes(summary.files().get(i)), Files.readAllBytes(again.files().get(i)),
          "differs: " + summary.files().get(i).getFileName());
    }
    DemoCorpus.Summary other = DemoCorpus.generate(dir.resolve("c"), 7L);
    assertFalse(java.util.Arrays.equals(Files.readAllBytes(summary.files().get(0)),
        Files.readAllBytes(other.files().get(0))), "another seed should give another corpus");
  }

  @Test
  void layoutAndSizeAreAsDocumented() throws IOException {
    assertEquals(5, summary.files().size());
    for (String name : DemoCorpus.WARC_NAMES) {
      assertTrue(Files.isRegularFile(dir.resolve("a/web/" + name)), name);
    }
    long bytes = 0;
    for (Path file : summary.files()) {
      bytes += Files.size(file);
    }
    assertTrue(bytes < 2_000_000, "corpus is " + bytes + " bytes");
    int html = summary.pages() - count("conversion");
    assertTrue(html >= 150 && html <= 250, html + " HTML pages");
    double zhHans = summary.pagesByLanguage().get("zh-Hans") / (double) summary.pages();
    assertTrue(zhHans > 0.30 && zhHans < 0.45, "zh-Hans share " + zhHans);
    for (String lang : new String[] {"zh-Hant", "ja", "ko", "en", "ru", "vi", "th", "ar", "fr", "de", "es", "id"}) {
      assertTrue(summary.pagesByLanguage().getOrDefault(lang, 0) >= 3, lang);
    }
  }

  @Test
  void recordTypesAndStatusesMatchTheDescription() throws IOException {
    Map<String, Integer> allTypes = new TreeMap<>();
    for (JsonNode file : json.get("files")) {
      Path path = dir.resolve("a").resolve(file.get("path").asText());
      Map<String, Integer> types = new TreeMap<>();
      Map<String, Integer> statuses = new TreeMap<>();
      MessageVersion expectedVersion = file.get("warc_version").asText().equals("1.1")
          ? MessageVersion.WARC_1_1 : MessageVersion.WARC_1_0;
      try (WarcReader reader = new WarcReader(path)) {
        reader.onWarning(warning -> {
          throw new AssertionError(path.getFileName() + ": " + warning);
        });
        boolean first = true;
        for (WarcRecord record : reader) {
          assertEquals(expectedVersion, record.version(), path.getFileName().toString());
          if (first) {
            assertEquals("warcinfo", record.type(), "first record of " + path.getFileName());
            first = false;
          }
          types.merge(record.type(), 1, Integer::sum);
          if (record instanceof WarcResponse response) {
            statuses.merge(Integer.toString(response.http().status()), 1, Integer::sum);
          }
        }
      }
      assertEquals(toMap(file.get("records_by_type")), types, path.getFileName().toString());
      assertEquals(toMap(file.get("responses_by_status")), statuses, path.getFileName().toString());
      types.forEach((type, n) -> allTypes.merge(type, n, Integer::sum));
    }
    assertEquals(toMap(json.get("totals").get("records_by_type")), allTypes);
    assertEquals(summary.responseRecords(), allTypes.get("response"));
    assertEquals(allTypes.get("response"), allTypes.get("request"), "one request per response");
    for (String type : new String[] {"warcinfo", "request", "response", "metadata", "revisit", "conversion"}) {
      assertTrue(allTypes.getOrDefault(type, 0) > 0, type);
    }
    Map<String, Integer> statuses = toMap(json.get("totals").get("responses_by_status"));
    for (String status : new String[] {"200", "301", "404", "500"}) {
      assertTrue(statuses.getOrDefault(status, 0) > 0, status);
    }
  }

  @Test
  void everyHtmlBodyDecodesBackToTheRenderedText() throws IOException {
    Map<String, JsonNode> pagesByUrl = new HashMap<>();
    for (JsonNode page : json.get("pages")) {
      if (page.get("record_type").asText().equals("response")) {
        pagesByUrl.put(page.get("url").asText(), page);
      }
    }
    int checked = 0;
    Map<String, Integer> codings = new TreeMap<>();
    for (int f = 0; f < 3; f++) {
      try (WarcReader reader = new WarcReader(dir.resolve("a/web/" + DemoCorpus.WARC_NAMES.get(f)))) {
        for (WarcRecord record : reader) {
          if (!(record instanceof WarcResponse response)) {
            continue;
          }
          JsonNode page = pagesByUrl.get(response.target());
          if (page == null) {
            continue;
          }
          HttpResponse http = response.http();
          assertEquals(200, http.status());
          assertEquals(page.get("offset").asLong(), record.position(), page.get("id").asText());
          byte[] entity = decode(http, page);
          String html = new String(entity, Charset.forName(page.get("encoding").asText()));
          assertEquals(page.get("html_sha256").asText(), DemoCorpus.sha256(html.getBytes(StandardCharsets.UTF_8)),
              page.get("id").asText() + " " + page.get("url").asText());
          assertFalse(html.contains("\uFFFD"), page.get("id").asText());
          String declared = page.get("charset_declared").asText();
          String contentType = http.headers().first("Content-Type").orElseThrow();
          assertEquals(declared.contains("http"), contentType.contains("charset="), page.get("id").asText());
          assertEquals(declared.contains("meta"), html.contains("charset=" + page.get("charset_label").asText())
              || html.contains("charset=\"" + page.get("charset_label").asText()), page.get("id").asText());
          codings.merge(page.get("content_encoding").asText() + "/" + page.get("transfer_encoding").asText(), 1,
              Integer::sum);
          checked++;
        }
      }
    }
    assertEquals(pagesByUrl.size(), checked);
    assertTrue(codings.keySet().stream().anyMatch(k -> k.startsWith("gzip/")), codings.toString());
    assertTrue(codings.keySet().stream().anyMatch(k -> k.startsWith("deflate/")), codings.toString());
    assertTrue(codings.keySet().stream().anyMatch(k -> k.endsWith("/chunked")), codings.toString());
  }

  @Test
  void chunkedBodiesAreFramedOnTheWire() throws IOException {
    int chunked = 0;
    for (int f = 0; f < 3; f++) {
      try (WarcReader reader = new WarcReader(dir.resolve("a/web/" + DemoCorpus.WARC_NAMES.get(f)))) {
        for (WarcRecord record : reader) {
          if (record instanceof WarcResponse response
              && response.http().headers().first("Transfer-Encoding").orElse("").equals("chunked")) {
            byte[] block = readAll(response.body().stream());
            String text = new String(block, StandardCharsets.ISO_8859_1);
            int bodyStart = text.indexOf("\r\n\r\n") + 4;
            assertTrue(text.substring(bodyStart).matches("(?s)[0-9a-f]+\r\n.*"), "chunk size line");
            assertTrue(text.endsWith("\r\n0\r\n\r\n"), "last chunk");
            assertFalse(response.http().headers().first("Content-Length").isPresent());
            chunked++;
          }
        }
      }
    }
    assertTrue(chunked > 0);
  }

  @Test
  void wetConversionsCarryTheMainText() throws IOException {
    Map<String, JsonNode> pagesByUrl = new HashMap<>();
    for (JsonNode page : json.get("pages")) {
      if (page.get("record_type").asText().equals("conversion")) {
        pagesByUrl.put(page.get("url").asText(), page);
      }
    }
    int checked = 0;
    try (WarcReader reader = new WarcReader(dir.resolve("a/web/crawl-00003.warc.wet.gz"))) {
      for (WarcRecord record : reader) {
        if (record instanceof WarcConversion conversion) {
          JsonNode page = pagesByUrl.get(conversion.target());
          assertNotNull(page, conversion.target());
          assertEquals("text/plain", conversion.contentType().base().toString());
          String text = new String(readAll(conversion.body().stream()), StandardCharsets.UTF_8);
          assertEquals(page.get("main_text").asText(), text);
          assertTrue(conversion.refersTo().isPresent());
          checked++;
        }
      }
    }
    assertEquals(pagesByUrl.size(), checked);
  }

  @Test
  void duplicatesRevisitsAndPiiAreConsistent() throws IOException {
    Map<String, JsonNode> byUrl = new HashMap<>();
    for (JsonNode page : json.get("pages")) {
      byUrl.put(page.get("url").asText(), page);
    }
    int exact = 0;
    int near = 0;
    int residentIds = 0;
    for (JsonNode page : json.get("pages")) {
      if (page.has("exact_duplicate_of")) {
        JsonNode original = byUrl.get(page.get("exact_duplicate_of").asText());
        assertEquals(original.get("html_sha256"), page.get("html_sha256"));
        exact++;
      }
      if (page.has("near_duplicate_of")) {
        JsonNode original = byUrl.get(page.get("near_duplicate_of").asText());
        assertNotNull(original);
        assertFalse(original.get("main_text").equals(page.get("main_text")));
        near++;
      }
      if (page.has("pii") && page.get("pii").has("cn_resident_id")) {
        for (JsonNode id : page.get("pii").get("cn_resident_id")) {
          String value = id.asText();
          assertEquals(18, value.length());
          assertEquals(FakeIdentifiers.residentIdCheck(value.substring(0, 17)), value.charAt(17));
          assertTrue(page.get("main_text").asText().contains(value));
          residentIds++;
        }
      }
    }
    assertTrue(exact >= 3 && near >= 3 && residentIds >= 1, exact + " " + near + " " + residentIds);
    try (WarcReader reader = new WarcReader(dir.resolve("a/web/crawl-00000.warc.gz"))) {
      for (WarcRecord record : reader) {
        if (record instanceof WarcRevisit revisit) {
          assertTrue(byUrl.containsKey(revisit.target()), revisit.target());
          assertEquals(byUrl.get(revisit.target()).get("warc_record_id").asText(),
              revisit.refersTo().orElseThrow().toString());
        }
      }
    }
  }

  /**
   * Every identifier planted on a PII page is found by the PII detector, with its type, in the text an
   * extractor recovers (main_text), in each of zh-Hans, ja, ko and en; the documentation-range IPs planted
   * as look-alikes are left alone.
   */
  @Test
  void theDetectorFindsEveryPlantedIdentifierInEachLanguage() {
    io.taoxi.filters.pii.PiiScanner scanner =
        new io.taoxi.filters.pii.PiiScanner(io.taoxi.filters.pii.PiiScanner.Spec.defaults());
    Map<String, Integer> foundByLang = new TreeMap<>();
    int lookAlikes = 0;
    for (JsonNode page : json.get("pages")) {
      if (!page.has("pii")) {
        continue;
      }
      String lang = page.get("lang").asText();
      String text = page.get("main_text").asText();
      java.util.List<io.taoxi.filters.pii.PiiMatch> matches = scanner.scan(text);
      var planted = page.get("pii").fields();
      while (planted.hasNext()) {
        var entry = planted.next();
        String expectedType = detectorType(entry.getKey());
        for (JsonNode value : entry.getValue()) {
          boolean found = matches.stream().anyMatch(m -> m.type().key().equals(expectedType)
              && m.value().equals(value.asText()));
          assertTrue(found, page.get("id").asText() + " (" + lang + "): " + entry.getKey() + " " + value.asText()
              + " not found as " + expectedType + "; matches: " + matches);
          foundByLang.merge(lang, 1, Integer::sum);
        }
      }
      if (page.has("not_pii")) {
        for (JsonNode values : page.get("not_pii")) {
          for (JsonNode value : values) {
            assertTrue(text.contains(value.asText()));
            assertTrue(matches.stream().noneMatch(m -> m.value().contains(value.asText())),
                value.asText() + " is not personal data; matches: " + matches);
            lookAlikes++;
          }
        }
      }
    }
    for (String lang : new String[] {"zh-Hans", "ja", "ko", "en"}) {
      assertTrue(foundByLang.getOrDefault(lang, 0) >= 2, lang + ": " + foundByLang);
    }
    assertTrue(lookAlikes >= 2, "documentation IPs planted: " + lookAlikes);
  }

  /** The demo's finer type names (phone_cn_mobile, cn_resident_id …) as the detector's type keys. */
  private static String detectorType(String demoType) {
    if (demoType.startsWith("phone_")) {
      return "phone";
    }
    return switch (demoType) {
      case "cn_resident_id" -> "cn_id";
      case "email", "kr_rrn", "payment_card" -> demoType;
      default -> throw new AssertionError("unmapped demo PII type " + demoType);
    };
  }

  @Test
  void gzipFilesHaveOneMemberPerRecord() throws IOException {
    byte[] bytes = Files.readAllBytes(dir.resolve("a/web/crawl-00000.warc.gz"));
    int records = json.get("files").get(0).get("records").asInt();
    int members = 0;
    try (WarcReader reader = new WarcReader(dir.resolve("a/web/crawl-00000.warc.gz"))) {
      for (WarcRecord record : reader) {
        long offset = record.position();
        assertEquals(0x1f, bytes[(int) offset] & 0xff);
        assertEquals(0x8b, bytes[(int) offset + 1] & 0xff);
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes, (int) offset,
            bytes.length - (int) offset))) {
          assertTrue(new String(in.readNBytes(8), StandardCharsets.US_ASCII).startsWith("WARC/1.1"));
        }
        members++;
      }
    }
    assertEquals(records, members);
  }

  /**
   * gzip (and identity) through jwarc's bodyDecoded(); deflate explicitly, because jwarc 0.36 inflates
   * "deflate" as raw RFC 1951 only and fails on the zlib stream RFC 9110 specifies.
   */
  private static byte[] decode(HttpResponse http, JsonNode page) throws IOException {
    if (!page.get("content_encoding").asText().equals("deflate")) {
      return readAll(http.bodyDecoded().stream());
    }
    boolean raw = page.get("deflate_format").asText().equals("raw");
    return readAll(new java.util.zip.InflaterInputStream(http.body().stream(), new java.util.zip.Inflater(raw)));
  }

  private static int count(String recordType) {
    int n = 0;
    for (JsonNode page : json.get("pages")) {
      if (page.get("record_type").asText().equals(recordType)) {
        n++;
      }
    }
    return n;
  }

  private static Map<String, Integer> toMap(JsonNode node) {
    Map<String, Integer> out = new TreeMap<>();
    node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asInt()));
    return out;
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toByteArray();
  }
}
