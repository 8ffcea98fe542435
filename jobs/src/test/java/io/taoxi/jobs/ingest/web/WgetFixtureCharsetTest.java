package io.taoxi.jobs.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taoxi.filters.charset.DecodedText;
import io.taoxi.filters.charset.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Decodes every HTML response body in {@code warc/wget/pages.warc.gz} (written by GNU Wget 1.21.3
 * from {@code make-fixture.sh}) with {@link TextDecoder} and compares it with the source page in
 * {@code warc/wget/pages/} decoded with the encoding {@code pages/manifest.tsv} records. The server
 * sent no charset, so every page is decided by {@code <meta>} or the detector.
 */
class WgetFixtureCharsetTest {

  /** One line of manifest.tsv. A record. */
  record Page(String file, String encoding, String lang, String declared) {}

  private static Path fixture(String name) throws URISyntaxException {
    return Paths.get(WgetFixtureCharsetTest.class.getResource("/warc/wget/" + name).toURI());
  }

  private static Map<String, Page> manifest() throws IOException, URISyntaxException {
    Map<String, Page> pages = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(fixture("pages/manifest.tsv"), StandardCharsets.UTF_8);
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      pages.put(f[0], new Page(f[0], f[1], f[2], f[3]));
    }
    return pages;
  }

  @Test
  void everyHtmlResponseDecodesToItsSourcePage() throws IOException, URISyntaxException {
    Map<String, Page> manifest = manifest();
    Map<String, Integer> recordsByType = new TreeMap<>();
    Map<Integer, Integer> responsesByStatus = new TreeMap<>();
    Map<String, String> decodedBy = new TreeMap<>();

    try (WarcReader reader = new WarcReader(fixture("pages.warc.gz"))) {
      for (WarcRecord record : reader) {
        recordsByType.merge(record.type(), 1, Integer::sum);
        if (!(record instanceof WarcResponse response)) {
          continue;
        }
        int status = response.http().status();
        responsesByStatus.merge(status, 1, Integer::sum);
        if (status != 200) {
          continue;
        }
        String path = response.targetURI().getPath();
        String file = path.substring(path.lastIndexOf('/') + 1);
        Page page = manifest.get(file);
        assertTrue(page != null, "response for a page not in manifest.tsv: " + response.target());
        String contentType = response.http().headers().first("Content-Type").orElse(null);
        byte[] body;
        try (InputStream in = response.http().body().stream()) {
          body = in.readAllBytes();
        }

        DecodedText decoded = TextDecoder.decode(body, contentType, true);

        byte[] source = Files.readAllBytes(fixture("pages/" + file));
        assertEquals(source.length, body.length, file + ": WARC body differs in length from the page");
        String expected = Normalizer.normalize(
            new String(source, Charset.forName(page.encoding())), Normalizer.Form.NFC);
        assertEquals(expected, decoded.text(), file + " decoded as " + decoded.charset()
            + " from " + decoded.charsetSource());
        assertEquals(0.0, decoded.mojibakeRatio(), file);
        String expectedSource = switch (page.declared()) {
          case "meta", "http-equiv" -> "meta";
          default -> file.equals("index.html") ? "default" : "detector";
        };
        assertEquals(expectedSource, decoded.charsetSource(), file);
        decodedBy.put(file, decoded.charset() + "/" + decoded.charsetSource());
      }
    }

    System.out.println("records by type: " + recordsByType);
    System.out.println("responses by status: " + responsesByStatus);
    System.out.println("decoded: " + decodedBy);
    assertEquals(manifest.keySet(), decodedBy.keySet(), "every manifest page has a 200 response");
    assertEquals(Map.of(200, manifest.size(), 404, 1), responsesByStatus);
    assertEquals(Map.of("warcinfo", 1, "request", manifest.size() + 1,
        "response", manifest.size() + 1, "metadata", 1, "resource", 2), recordsByType);
  }
}
