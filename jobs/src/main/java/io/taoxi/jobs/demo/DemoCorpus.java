package io.taoxi.jobs.demo;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes a small, deterministic demo crawl in real formats (infrastructure). Layout under {@code dir}:
 * <pre>
 * web/crawl-00000.warc.gz      WARC/1.1, one gzip member per record
 * web/crawl-00001.warc.gz      WARC/1.1, one gzip member per record
 * web/crawl-00002.warc         WARC/1.0, uncompressed
 * web/crawl-00003.warc.wet.gz  WARC/1.0 WET (Common Crawl shape): warcinfo + text/plain conversions
 * demo-corpus.json             every page with its language, charset, kind and features; expected counts
 * </pre>
 * Same seed gives byte-identical files: dates start at 2026-01-01T00:00:00Z plus a fixed step, record ids
 * are name-based UUIDs of seed, file and record index, and all choices come from one seeded
 * {@link java.util.SplittableRandom}. All text is from the team's sentence banks in this package
 * ({@code bank-*.txt}). See docs/demo-corpus.md.
 */
public final class DemoCorpus {
  /** Versioned name of this generator; bump when any output byte can change. */
  public static final String GENERATOR = "taoxi_demo_corpus_v2";
  public static final long DEFAULT_SEED = 20261130L;
  static final Instant BASE_DATE = Instant.parse("2026-01-01T00:00:00Z");
  static final List<String> WARC_NAMES =
      List.of("crawl-00000.warc.gz", "crawl-00001.warc.gz", "crawl-00002.warc", "crawl-00003.warc.wet.gz");

  private DemoCorpus() {}

  /**
   * What was written.
   *
   * @param files           the WARC/WET files and demo-corpus.json, in that order
   * @param responseRecords WARC {@code response} records of every status and content type
   * @param pages           documents described in demo-corpus.json: HTML 200 responses plus WET conversions
   * @param pagesByLanguage pages per language tag (zh-Hans, zh-Hant, ja, ko, en, ru, …), sorted by tag
   */
  public record Summary(List<Path> files, int responseRecords, int pages, Map<String, Integer> pagesByLanguage) {
    public Summary {
      files = List.copyOf(files);
      pagesByLanguage = java.util.Collections.unmodifiableMap(new TreeMap<>(pagesByLanguage));
    }
  }

  /** Writes the demo corpus under dir (creates it). Same seed → byte-identical files. Returns a summary. */
  public static Summary generate(Path dir, long seed) throws IOException {
    Map<String, LanguageBank> banks = loadBanks();
    List<PagePlan> pages = new CorpusPlanner(seed, banks).plan();
    Path web = dir.resolve("web");
    Files.createDirectories(web);

    List<Map<String, Object>> pageEntries = new ArrayList<>();
    List<Map<String, Object>> otherEntries = new ArrayList<>();
    List<Map<String, Object>> fileEntries = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    Map<String, PagePlan> byId = new LinkedHashMap<>();
    pages.forEach(p -> byId.put(p.id(), p));

    for (int f = 0; f < WARC_NAMES.size(); f++) {
      Path path = web.resolve(WARC_NAMES.get(f));
      files.add(path);
      boolean warc11 = f < 2;
      WarcCompression compression = f == 2 ? WarcCompression.NONE : WarcCompression.GZIP;
      try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
          WarcWriter writer = new WarcWriter(channel, compression)) {
        FileState file = new FileState(seed, f, WARC_NAMES.get(f),
            warc11 ? MessageVersion.WARC_1_1 : MessageVersion.WARC_1_0, writer);
        file.writeWarcinfo(f == 3);
        if (f == 3) {
          for (PagePlan page : pages) {
            if (page.file() == f) {
              pageEntries.add(file.writeConversion(page, seed));
            }
          }
        } else {
          List<Other> others = Other.forFile(f);
          int nextOther = 0;
          int written = 0;
          for (PagePlan page : pages) {
            if (page.file() != f) {
              continue;
            }
            pageEntries.add(file.writePage(page, banks.get(page.lang())));
            written++;
            if (written % 9 == 0 && nextOther < others.size()) {
              otherEntries.add(file.writeOther(others.get(nextOther++), banks));
            }
          }
          while (nextOther < others.size()) {
            otherEntries.add(file.writeOther(others.get(nextOther++), banks));
          }
        }
        fileEntries.add(file.describe());
      }
    }

    pageEntries.sort(java.util.Comparator.comparing(entry -> (String) entry.get("id")));
    Map<String, Integer> pagesByLanguage = new TreeMap<>();
    Map<String, Integer> features = new TreeMap<>();
    for (PagePlan page : pages) {
      pagesByLanguage.merge(page.lang(), 1, Integer::sum);
      page.features().forEach(feature -> features.merge(feature, 1, Integer::sum));
    }
    Map<String, Integer> recordsByType = new TreeMap<>();
    Map<String, Integer> responsesByStatus = new TreeMap<>();
    for (Map<String, Object> entry : fileEntries) {
      sumInto(recordsByType, entry.get("records_by_type"));
      sumInto(responsesByStatus, entry.get("responses_by_status"));
    }

    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("records_by_type", recordsByType);
    totals.put("responses_by_status", responsesByStatus);
    totals.put("pages", pages.size());
    totals.put("pages_by_language", pagesByLanguage);
    totals.put("pages_by_feature", features);

    Map<String, Object> root = new LinkedHashMap<>();
    root.put("generator", GENERATOR);
    root.put("seed", seed);
    root.put("description", "Taoxi demo crawl: hand-written multilingual pages in real WARC/WET formats."
        + " All text is written by the Taoxi team; all personal data is fake. See docs/demo-corpus.md.");
    root.put("files", fileEntries);
    root.put("totals", totals);
    root.put("pages", pageEntries);
    root.put("other_records", otherEntries);

    Path json = dir.resolve("demo-corpus.json");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    byte[] bytes = new ObjectMapper().writer(printer).writeValueAsBytes(root);
    Files.write(json, bytes);
    files.add(json);

    int responses = recordsByType.getOrDefault("response", 0);
    return new Summary(files, responses, pages.size(), pagesByLanguage);
  }

  static Map<String, LanguageBank> loadBanks() {
    LanguageBank english = LanguageBank.load("en", null);
    Map<String, LanguageBank> banks = new LinkedHashMap<>();
    for (String tag : CorpusPlanner.MAJOR) {
      banks.put(tag, tag.equals("en") ? english : LanguageBank.load(tag, english));
    }
    for (String tag : CorpusPlanner.MINOR) {
      banks.put(tag, LanguageBank.load(tag, english));
    }
    return banks;
  }

  @SuppressWarnings("unchecked")
  private static void sumInto(Map<String, Integer> total, Object part) {
    ((Map<String, Integer>) part).forEach((key, n) -> total.merge(key, n, Integer::sum));
  }

  /**
   * Encodes text with a charset, failing loudly (page id and the first unmappable character) when the
   * charset cannot represent it: a demo page must never carry silent replacement characters.
   */
  static byte[] encodeStrict(String text, String charsetName, String what) {
    CharsetEncoder encoder = Charset.forName(charsetName).newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      ByteBuffer buffer = encoder.encode(CharBuffer.wrap(text));
      byte[] out = new byte[buffer.remaining()];
      buffer.get(out);
      return out;
    } catch (CharacterCodingException e) {
      CharsetEncoder probe = Charset.forName(charsetName).newEncoder();
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        String s = new String(Character.toChars(cp));
        if (!probe.canEncode(s)) {
          int from = Math.max(0, i - 10);
          throw new IllegalStateException(what + ": character U+" + Integer.toHexString(cp).toUpperCase()
              + " '" + s + "' is not representable in " + charsetName + " near '"
              + text.substring(from, Math.min(text.length(), i + 10)) + "'");
        }
        i += Character.charCount(cp);
      }
      throw new IllegalStateException(what + ": cannot encode in " + charsetName, e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static WarcDigest sha1(byte[] bytes) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-1");
      digest.update(bytes);
      return new WarcDigest(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A record that is not a document: error statuses, non-HTML payloads, revisits, metadata. */
  record Other(String kind, String lang) {
    static List<Other> forFile(int file) {
      return switch (file) {
        case 0 -> List.of(new Other("http_404", "zh-Hans"), new Other("metadata", null),
            new Other("http_301", "zh-Hans"), new Other("png", null), new Other("revisit", null),
            new Other("metadata", null), new Other("revisit", null));
        case 1 -> List.of(new Other("http_404", "en"), new Other("http_500", "zh-Hans"),
            new Other("metadata", null), new Other("pdf", null), new Other("revisit", null));
        default -> List.of(new Other("http_404", "ja"), new Other("metadata", null),
            new Other("http_301", "ko"), new Other("revisit", null));
      };
    }
  }

  /** One WARC file being written: ids, dates, counts and the last responses (for revisits/metadata). */
  private static final class FileState {
    private final long seed;
    private final int index;
    private final String name;
    private final MessageVersion version;
    private final WarcWriter writer;
    private int recordIndex;
    private int fetchIndex;
    private URI warcinfoId;
    private final Map<String, Integer> recordsByType = new TreeMap<>();
    private final Map<String, Integer> responsesByStatus = new TreeMap<>();
    private final List<Map<String, Object>> writtenPages = new ArrayList<>();
    private final Map<String, byte[]> payloadById = new LinkedHashMap<>();
    private int revisits;
    private int metadata;

    FileState(long seed, int index, String name, MessageVersion version, WarcWriter writer) {
      this.seed = seed;
      this.index = index;
      this.name = name;
      this.version = version;
      this.writer = writer;
    }

    private URI nextId() {
      UUID uuid = UUID.nameUUIDFromBytes((seed + "/" + name + "/" + recordIndex++).getBytes(StandardCharsets.UTF_8));
      return URI.create("urn:uuid:" + uuid);
    }

    private Instant nextFetchDate() {
      return BASE_DATE.plusSeconds(index * 86_400L + 60L * fetchIndex++);
    }

    private long write(WarcRecord record) throws IOException {
      long offset = writer.position();
      writer.write(record);
      recordsByType.merge(record.type(), 1, Integer::sum);
      return offset;
    }

    void writeWarcinfo(boolean wet) throws IOException {
      warcinfoId = nextId();
      Map<String, List<String>> fields = new LinkedHashMap<>();
      fields.put("software", List.of("taoxi-demo-corpus/" + GENERATOR));
      fields.put("isPartOf", List.of("TAOXI-DEMO-2026-01"));
      fields.put("operator", List.of("Taoxi demo generator (no real crawl)"));
      fields.put("description", List.of(wet
          ? "Wet files containing extracted plain text of a demo crawl"
          : "Demo crawl written by the Taoxi team; seed " + seed));
      fields.put("robots", List.of("classic"));
      fields.put("format", List.of(version.equals(MessageVersion.WARC_1_1) ? "WARC File Format 1.1"
          : "WARC File Format 1.0"));
      fields.put("conformsTo", List.of(version.equals(MessageVersion.WARC_1_1)
          ? "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"
          : "http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf"));
      Warcinfo info = new Warcinfo.Builder().version(version).recordId(warcinfoId).date(BASE_DATE.plusSeconds(index * 86_400L))
          .filename(name).fields(fields).build();
      write(info);
    }

    Map<String, Object> writePage(PagePlan page, LanguageBank bank) throws IOException {
      String html = HtmlRenderer.render(page, bank);
      byte[] entity = encodeStrict(html, page.charset(), page.id() + " (" + page.url() + ")");
      byte[] coded = switch (page.contentEncoding()) {
        case "gzip" -> HttpMessages.gzip(entity);
        case "deflate" -> HttpMessages.deflate(entity, true);
        case "deflate-raw" -> HttpMessages.deflate(entity, false);
        default -> entity;
      };
      List<HttpMessages.Header> headers = new ArrayList<>();
      Instant date = nextFetchDate();
      headers.add(new HttpMessages.Header("Date", HttpMessages.httpDate(date)));
      headers.add(new HttpMessages.Header("Server", List.of("nginx", "Apache", "openresty", "Tengine")
          .get(Math.floorMod(page.url().hashCode(), 4))));
      headers.add(new HttpMessages.Header("Content-Type", page.charsetDeclared().contains("http")
          ? "text/html; charset=" + page.charsetLabel() : "text/html"));
      if (!page.contentEncoding().equals("identity")) {
        headers.add(new HttpMessages.Header("Content-Encoding", page.contentEncoding().replace("-raw", "")));
        headers.add(new HttpMessages.Header("Vary", "Accept-Encoding"));
      }
      headers.add(new HttpMessages.Header("Cache-Control", "max-age=600"));
      byte[] http = HttpMessages.response(200, "OK", headers, coded, page.chunked());
      long offset = writeExchange(page.url(), page.lang(), http, coded, date);
      payloadById.put(page.id(), coded);

      Map<String, Object> entry = describePage(page);
      entry.put("offset", offset);
      entry.put("http_status", 200);
      entry.put("html_sha256", sha256(html.getBytes(StandardCharsets.UTF_8)));
      entry.put("html_chars", html.length());
      entry.put("body_bytes", entity.length);
      entry.put("fetch_date", date.toString());
      writtenPages.add(entry);
      return entry;
    }

    /** request + response for one fetch; returns the response's offset. */
    private long writeExchange(String url, String lang, byte[] http, byte[] payload, Instant date) throws IOException {
      URI target = URI.create(url);
      URI requestId = nextId();
      URI responseId = nextId();
      String pathAndQuery = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
      byte[] requestBytes = HttpMessages.request(target.getHost(), pathAndQuery, acceptLanguage(lang));
      WarcRequest request = new WarcRequest.Builder(target).version(version).recordId(requestId).date(date)
          .warcinfoId(warcinfoId).concurrentTo(responseId).blockDigest(sha1(requestBytes))
          .body(MediaType.HTTP_REQUEST, requestBytes).build();
      write(request);
      int status = Integer.parseInt(new String(http, 9, 3, StandardCharsets.US_ASCII));
      WarcResponse response = new WarcResponse.Builder(target).version(version).recordId(responseId).date(date)
          .warcinfoId(warcinfoId).concurrentTo(requestId).ipAddress(ip(target.getHost()))
          .blockDigest(sha1(http)).payloadDigest(sha1(payload))
          .body(MediaType.HTTP_RESPONSE, http).build();
      long offset = write(response);
      responsesByStatus.merge(Integer.toString(status), 1, Integer::sum);
      lastResponse = new LastResponse(responseId, url, date, http, payload);
      return offset;
    }

    private LastResponse lastResponse;

    private record LastResponse(URI id, String url, Instant date, byte[] http, byte[] payload) {}

    Map<String, Object> writeOther(Other other, Map<String, LanguageBank> banks) throws IOException {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("file", "web/" + name);
      switch (other.kind()) {
        case "http_404", "http_500" -> {
          LanguageBank bank = banks.get(other.lang());
          int status = other.kind().equals("http_404") ? 404 : 500;
          String text = bank.chrome(status == 404 ? "not_found" : "server_error");
          String html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + status + "</title></head>\n"
              + "<body><h1>" + status + "</h1><p>" + HtmlRenderer.escape(text) + "</p><p><a href=\"/\">"
              + HtmlRenderer.escape(bank.chrome("home")) + "</a></p></body></html>\n";
          byte[] body = html.getBytes(StandardCharsets.UTF_8);
          String url = "https://news." + (other.lang().equals("en") ? "uk" : other.lang().equals("ja") ? "jp" : "cn")
              + ".example/" + (status == 404 ? "2025/12/removed-" + index + ".html" : "api/feed?page=" + index);
          Instant date = nextFetchDate();
          byte[] http = HttpMessages.response(status, status == 404 ? "Not Found" : "Internal Server Error",
              List.of(new HttpMessages.Header("Date", HttpMessages.httpDate(date)),
                  new HttpMessages.Header("Content-Type", "text/html; charset=utf-8")), body, false);
          entry.put("offset", writeExchange(url, other.lang(), http, body, date));
          entry.put("type", "response");
          entry.put("url", url);
          entry.put("http_status", status);
          entry.put("content_type", "text/html");
        }
        case "http_301" -> {
          String from = "http://www." + (other.lang().equals("ko") ? "kr" : "cn") + ".example/old/" + index + ".html";
          String to = writtenPages.isEmpty() ? "https://www.cn.example/" : (String) writtenPages.get(0).get("url");
          Instant date = nextFetchDate();
          byte[] http = HttpMessages.response(301, "Moved Permanently",
              List.of(new HttpMessages.Header("Date", HttpMessages.httpDate(date)),
                  new HttpMessages.Header("Location", to),
                  new HttpMessages.Header("Content-Type", "text/html")), new byte[0], false);
          entry.put("offset", writeExchange(from, other.lang(), http, new byte[0], date));
          entry.put("type", "response");
          entry.put("url", from);
          entry.put("http_status", 301);
          entry.put("location", to);
          entry.put("content_type", "text/html");
        }
        case "png", "pdf" -> {
          boolean png = other.kind().equals("png");
          byte[] body = png
              ? new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                  0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89}
              : ("%PDF-1.4\n% taoxi demo stub, not a complete document\n1 0 obj << /Type /Catalog >> endobj\n"
                  + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
          String url = png ? "https://news.cn.example/static/img/logo.png" : "https://docs.uk.example/files/manual.pdf";
          String type = png ? "image/png" : "application/pdf";
          Instant date = nextFetchDate();
          byte[] http = HttpMessages.response(200, "OK",
              List.of(new HttpMessages.Header("Date", HttpMessages.httpDate(date)),
                  new HttpMessages.Header("Content-Type", type)), body, false);
          entry.put("offset", writeExchange(url, "en", http, body, date));
          entry.put("type", "response");
          entry.put("url", url);
          entry.put("http_status", 200);
          entry.put("content_type", type);
        }
        case "revisit" -> {
          Map<String, Object> original = writtenPages.get(Math.min(writtenPages.size() - 1, 2 + 5 * revisits++));
          String url = (String) original.get("url");
          byte[] payload = payloadById.get((String) original.get("id"));
          Instant date = BASE_DATE.plusSeconds(index * 86_400L + 43_200L + 60L * revisits);
          String headers = "HTTP/1.1 200 OK\r\nDate: " + HttpMessages.httpDate(date) + "\r\nContent-Type: text/html\r\n"
              + "Content-Length: " + payload.length + "\r\nConnection: close\r\n\r\n";
          byte[] block = headers.getBytes(StandardCharsets.US_ASCII);
          URI refersTo = URI.create((String) original.get("warc_record_id"));
          URI profile = version.equals(MessageVersion.WARC_1_1) ? WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1
              : WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_0;
          WarcRevisit revisit = new WarcRevisit.Builder(URI.create(url), profile).version(version).recordId(nextId())
              .date(date).warcinfoId(warcinfoId)
              .refersTo(refersTo, url, Instant.parse((String) original.get("fetch_date")))
              .payloadDigest(sha1(payload)).blockDigest(sha1(block))
              .body(MediaType.HTTP_RESPONSE, block).build();
          entry.put("offset", write(revisit));
          entry.put("type", "revisit");
          entry.put("url", url);
          entry.put("refers_to", refersTo.toString());
        }
        case "metadata" -> {
          Map<String, List<String>> fields = new LinkedHashMap<>();
          fields.put("fetchTimeMs", List.of(Integer.toString(120 + 17 * metadata++)));
          fields.put("outlink", List.of(lastResponse.url() + "#comments", URI.create(lastResponse.url()).resolve("/").toString()));
          WarcMetadata meta = new WarcMetadata.Builder().version(version).recordId(nextId()).date(lastResponse.date())
              .targetURI(lastResponse.url()).warcinfoId(warcinfoId).concurrentTo(lastResponse.id())
              .fields(fields).build();
          entry.put("offset", write(meta));
          entry.put("type", "metadata");
          entry.put("url", lastResponse.url());
        }
        default -> throw new IllegalStateException("unknown other record " + other.kind());
      }
      entry.put("expected_outcome", "dropped");
      return entry;
    }

    Map<String, Object> writeConversion(PagePlan page, long seed) throws IOException {
      byte[] text = page.mainText().getBytes(StandardCharsets.UTF_8);
      URI source = URI.create("urn:uuid:" + UUID.nameUUIDFromBytes(
          (seed + "/wet-source/" + page.id()).getBytes(StandardCharsets.UTF_8)));
      Instant date = nextFetchDate();
      WarcConversion conversion = new WarcConversion.Builder().version(version).recordId(nextId()).date(date)
          .setHeader("WARC-Target-URI", page.url()).refersTo(source).blockDigest(sha1(text))
          .setHeader("WARC-Identified-Content-Language", iso639_3(page.lang()))
          .body(MediaType.PLAIN_TEXT, text).build();
      long offset = write(conversion);
      Map<String, Object> entry = describePage(page);
      entry.put("offset", offset);
      entry.put("text_sha256", sha256(text));
      entry.put("fetch_date", date.toString());
      return entry;
    }

    private Map<String, Object> describePage(PagePlan page) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", page.id());
      entry.put("url", page.url());
      entry.put("file", "web/" + name);
      entry.put("record_type", page.recordType());
      entry.put("warc_record_id", "urn:uuid:" + UUID.nameUUIDFromBytes(
          (seed + "/" + name + "/" + (recordIndex - 1)).getBytes(StandardCharsets.UTF_8)));
      entry.put("lang", page.lang());
      if (page.variety() != null) {
        entry.put("variety", page.variety());
      }
      entry.put("kind", page.kind());
      entry.put("site", page.site());
      entry.put("encoding", page.charset());
      entry.put("charset_label", page.charsetLabel());
      entry.put("charset_declared", page.charsetDeclared());
      entry.put("content_encoding", page.contentEncoding().replace("-raw", ""));
      if (page.contentEncoding().startsWith("deflate")) {
        entry.put("deflate_format", page.contentEncoding().equals("deflate") ? "zlib" : "raw");
      }
      entry.put("transfer_encoding", page.chunked() ? "chunked" : "identity");
      entry.put("html_lang_attribute", page.htmlLangAttribute());
      entry.put("features", page.features());
      if (page.exactDuplicateOf() != null) {
        entry.put("exact_duplicate_of", page.exactDuplicateOf());
      }
      if (page.nearDuplicateOf() != null) {
        entry.put("near_duplicate_of", page.nearDuplicateOf());
      }
      if (!page.pii().isEmpty()) {
        entry.put("pii", page.pii());
      }
      if (!page.notPii().isEmpty()) {
        entry.put("not_pii", page.notPii());
      }
      entry.put("title", page.title());
      entry.put("main_text", page.mainText());
      return entry;
    }

    Map<String, Object> describe() {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("path", "web/" + name);
      entry.put("warc_version", version.equals(MessageVersion.WARC_1_1) ? "1.1" : "1.0");
      entry.put("compression", name.endsWith(".gz") ? "gzip" : "none");
      entry.put("records", recordsByType.values().stream().mapToInt(Integer::intValue).sum());
      entry.put("records_by_type", new TreeMap<>(recordsByType));
      entry.put("responses_by_status", new TreeMap<>(responsesByStatus));
      return entry;
    }

    private static InetAddress ip(String host) throws IOException {
      return InetAddress.getByAddress(host, new byte[] {(byte) 192, 0, 2, (byte) (1 + Math.floorMod(host.hashCode(), 250))});
    }

    private static String acceptLanguage(String lang) {
      return switch (lang) {
        case "zh-Hans" -> "zh-CN,zh;q=0.9,en;q=0.5";
        case "zh-Hant" -> "zh-TW,zh;q=0.9,en;q=0.5";
        default -> lang + ",en;q=0.5";
      };
    }

    private static String iso639_3(String lang) {
      return switch (lang) {
        case "zh-Hans", "zh-Hant" -> "zho";
        case "ja" -> "jpn";
        case "ko" -> "kor";
        default -> "eng";
      };
    }
  }
}
