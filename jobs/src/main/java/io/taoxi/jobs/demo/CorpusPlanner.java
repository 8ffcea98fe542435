package io.taoxi.jobs.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Decides every demo page up front: language, site kind, text, features, charset and HTTP codings. Pure
 * given the seed: all randomness comes from one {@link SplittableRandom}, all iteration is over lists.
 *
 * <p>Sentences are dealt from a shuffled deck per language (reshuffled when used up), so pages share as few
 * sentences as the bank size allows; only the pairs marked {@code near_duplicate_of} /
 * {@code exact_duplicate_of} are duplicates on purpose. Known weakness: the small banks of ru, vi, th, ar,
 * fr, de, es and id hold eight sentences, so their three pages each are short.
 */
final class CorpusPlanner {
  static final List<String> MAJOR = List.of("zh-Hans", "zh-Hant", "ja", "ko", "en");
  static final List<String> MINOR = List.of("ru", "vi", "th", "ar", "fr", "de", "es", "id");
  static final int WARC_FILES = 3;
  static final int WET_FILE = 3;

  private static final Map<String, String> REGION = Map.ofEntries(
      Map.entry("zh-Hans", "cn"), Map.entry("zh-Hant", "tw"), Map.entry("ja", "jp"), Map.entry("ko", "kr"),
      Map.entry("en", "uk"), Map.entry("ru", "ru"), Map.entry("vi", "vn"), Map.entry("th", "th"),
      Map.entry("ar", "eg"), Map.entry("fr", "fr"), Map.entry("de", "de"), Map.entry("es", "es"),
      Map.entry("id", "id"));
  private static final List<String> USERS = List.of("river_fox", "tea_lover", "night_owl_7", "mapleleaf",
      "xiaoyu2026", "bluecat", "old_town_walker", "pixel_panda", "hanbit", "sakura_tree", "noodle_king", "dawn88");
  private static final String PYTHON_WORD_COUNT = """
      import sys
      from collections import Counter


      def count_words(path):
          counts = Counter()
          with open(path, encoding="utf-8") as f:
              for line in f:
                  for word in line.split():
                      counts[word.lower()] += 1
          return counts


      def main():
          if len(sys.argv) != 2:
              print("usage: wordcount.py FILE")
              return 1
          counts = count_words(sys.argv[1])
          for word, n in counts.most_common(20):
              print(f"{n:6d}  {word}")
          return 0


      if __name__ == "__main__":
          sys.exit(main())
      """;
  private static final String JAVA_RUNNING_TOTAL = """
      import java.util.List;

      public final class RunningTotal {
        private RunningTotal() {}

        /** Returns the running totals of values: [1, 2, 3] gives [1, 3, 6]. */
        public static long[] of(List<Integer> values) {
          long[] totals = new long[values.size()];
          long sum = 0;
          for (int i = 0; i < values.size(); i++) {
            sum += values.get(i);
            totals[i] = sum;
          }
          return totals;
        }

        public static void main(String[] args) {
          long[] totals = of(List.of(3, 1, 4, 1, 5, 9, 2, 6));
          for (long total : totals) {
            System.out.println(total);
          }
        }
      }

      -- the same running total in SQL
      SELECT day, amount,
             SUM(amount) OVER (ORDER BY day ROWS UNBOUNDED PRECEDING) AS running_total
      FROM sales
      ORDER BY day;
      """;

  private final SplittableRandom random;
  private final long seed;
  private final Map<String, LanguageBank> banks;
  private final Map<String, List<String>> special;
  private final Map<String, Deck> decks = new LinkedHashMap<>();
  private final List<PagePlan> pages = new ArrayList<>();
  private final Map<String, Integer> perLanguageIndex = new LinkedHashMap<>();
  private int globalIndex;

  CorpusPlanner(long seed, Map<String, LanguageBank> banks) {
    this.random = new SplittableRandom(seed);
    this.seed = seed;
    this.banks = banks;
    this.special = LanguageBank.readSections("special.txt");
  }

  /** All pages: HTML responses (files 0–2) first, then the WET conversions (file 3). */
  List<PagePlan> plan() {
    planChineseSimplified();
    planChineseTraditional();
    planJapanese();
    planKorean();
    planEnglish();
    for (String lang : MINOR) {
      for (int i = 0; i < 3; i++) {
        Draft d = article(lang, i == 1 ? "blog" : "news", 0);
        List<String> sentences = banks.get(lang).sentences();
        d.title = banks.get(lang).headlines().get(i);
        d.paragraphs = new ArrayList<>();
        for (int s = i; s < sentences.size(); s += 3) {
          d.paragraphs.add(sentences.get(s));
        }
        add(d);
      }
    }
    planWet();
    return List.copyOf(pages);
  }

  private void planChineseSimplified() {
    String lang = "zh-Hans";
    for (int i = 0; i < 3; i++) {
      add(boilerplateHeavy(lang));
    }
    for (String kind : List.of("news", "blog")) {
      Draft original = add(article(lang, kind, 6));
      add(exactDuplicate(original));
    }
    for (String kind : List.of("news", "blog")) {
      Draft original = add(article(lang, kind, -10));
      add(nearDuplicate(original));
    }
    Draft hans = article(lang, "news", 0);
    Map<String, List<String>> parallel = LanguageBank.readSections("parallel-zh.txt");
    hans.title = parallel.get("headline").get(0).split("\t")[0];
    hans.paragraphs = new ArrayList<>();
    for (String pair : parallel.get("sentences")) {
      hans.paragraphs.add(pair.split("\t")[0]);
    }
    hans.features.add("script_parallel_source");
    Draft hansPage = add(hans);
    Draft hant = article("zh-Hant", "news", 0);
    hant.title = parallel.get("headline").get(0).split("\t")[1];
    hant.paragraphs = new ArrayList<>();
    for (String pair : parallel.get("sentences")) {
      hant.paragraphs.add(pair.split("\t")[1]);
    }
    hant.features.add("near_duplicate");
    hant.features.add("script_converted");
    hant.nearDuplicateOf = hansPage.url;
    add(hant);
    for (int i = 0; i < 3; i++) {
      add(spam(lang, "spam-zh-Hans", i));
    }
    add(toxic(lang, "toxic-zh-Hans"));
    add(pii(lang, "news", "pii-zh-Hans"));
    add(pii(lang, "forum", "pii-zh-Hans-forum"));
    add(veryShort(lang));
    add(veryShort(lang));
    add(codePage(lang, PYTHON_WORD_COUNT, "code-zh-Hans"));
    fill(lang, 70);
  }

  private void planChineseTraditional() {
    String lang = "zh-Hant";
    for (int i = 0; i < 8; i++) {
      Draft d = article(lang, i < 5 ? "forum" : "blog", 0);
      d.variety = "yue";
      d.region = "hk";
      d.url = url(d);
      d.paragraphs = new ArrayList<>(List.of(join(lang, deck(lang, "sentences-yue").take(2)),
          join(lang, deck(lang, "sentences-yue").take(1 + random.nextInt(2)))));
      if (d.kind.equals("forum")) {
        d.replies = replies(lang, "replies-yue", 3 + random.nextInt(3));
      }
      d.features.add("cantonese");
      add(d);
    }
    fill(lang, 26);
  }

  private void planJapanese() {
    String lang = "ja";
    add(boilerplateHeavy(lang));
    Draft original = add(article(lang, "news", 6));
    add(exactDuplicate(original));
    Draft repeated = article(lang, "blog", 3);
    for (int i = 0; i < 12; i++) {
      repeated.paragraphs.add(special.get("spam-ja").get(0));
    }
    repeated.features.add("spam");
    repeated.features.add("repeated_lines");
    add(repeated);
    add(toxic(lang, "toxic-ja"));
    add(pii(lang, "blog", "pii-ja"));
    add(veryShort(lang));
    fill(lang, 22);
  }

  private void planKorean() {
    String lang = "ko";
    add(boilerplateHeavy(lang));
    add(toxic(lang, "toxic-ko"));
    add(pii(lang, "news", "pii-ko"));
    add(veryShort(lang));
    fill(lang, 18);
  }

  private void planEnglish() {
    String lang = "en";
    add(boilerplateHeavy(lang));
    Draft original = add(article(lang, "blog", 6));
    add(exactDuplicate(original));
    Draft near = add(article(lang, "news", -10));
    add(nearDuplicate(near));
    add(spam(lang, "spam-en", 0));
    add(toxic(lang, "toxic-en"));
    add(pii(lang, "news", "pii-en"));
    add(veryShort(lang));
    add(codePage(lang, JAVA_RUNNING_TOTAL, null));
    fill(lang, 28);
  }

  private void planWet() {
    Map<String, Integer> wet = new LinkedHashMap<>();
    wet.put("zh-Hans", 8);
    wet.put("zh-Hant", 3);
    wet.put("ja", 3);
    wet.put("ko", 2);
    wet.put("en", 4);
    wet.forEach((lang, count) -> {
      for (int i = 0; i < count; i++) {
        Draft d = article(lang, i % 2 == 0 ? "news" : "blog", 5 + random.nextInt(4));
        d.recordType = "conversion";
        d.file = WET_FILE;
        d.charset = "UTF-8";
        d.charsetLabel = "utf-8";
        d.charsetDeclared = "none";
        d.contentEncoding = "identity";
        d.chunked = false;
        d.features.clear();
        d.url = d.url.replace(".html", "-wet.html");
        pages.add(d.freeze());
      }
    });
  }

  /** Adds normal pages of rotating kinds until the language has {@code target} pages. */
  private void fill(String lang, int target) {
    List<String> kinds = List.of("news", "blog", "forum", "news", "product", "docs", "blog");
    int k = 0;
    while (count(lang) < target) {
      String kind = kinds.get(k++ % kinds.size());
      add(article(lang, kind, kind.equals("forum") ? 2 + random.nextInt(3) : 4 + random.nextInt(6)));
    }
  }

  private int count(String lang) {
    int n = 0;
    for (PagePlan page : pages) {
      if (page.lang().equals(lang) && page.recordType().equals("response")) {
        n++;
      }
    }
    return n;
  }

  /**
   * A page of {@code kind} with {@code sentences} dealt sentences grouped 1–3 per paragraph; a negative
   * count means one sentence per paragraph (the near-duplicate originals).
   */
  private Draft article(String lang, String kind, int sentences) {
    LanguageBank bank = banks.get(lang);
    Draft d = new Draft();
    d.id = String.format(java.util.Locale.ROOT, "p%04d", pages.size() + 1);
    d.lang = lang;
    d.kind = kind;
    d.region = REGION.get(lang);
    d.number = 1000 + (pages.size() + 1) * 7;
    d.site = bank.chrome(kind.equals("short") || kind.equals("spam") || kind.equals("code") ? "site_news"
        : "site_" + (bank.chrome().containsKey("site_" + kind) ? kind : "news"));
    d.title = deck(lang, "headlines").take(1).get(0);
    d.published = String.format(java.util.Locale.ROOT, "2026-01-%02d %02d:%02d", 1 + random.nextInt(28),
        7 + random.nextInt(14), random.nextInt(60));
    d.paragraphs = new ArrayList<>();
    List<String> dealt = deck(lang, "sentences").take(Math.abs(sentences));
    if (sentences < 0) {
      d.paragraphs.addAll(dealt);
    } else {
      int i = 0;
      while (i < dealt.size()) {
        int n = Math.min(dealt.size() - i, 1 + random.nextInt(3));
        d.paragraphs.add(join(lang, dealt.subList(i, i + n)));
        i += n;
      }
    }
    d.replies = new ArrayList<>();
    if (kind.equals("forum") && !bank.section("replies").isEmpty()) {
      d.replies = replies(lang, "replies", 3 + random.nextInt(4));
    } else if (kind.equals("product") && !bank.section("replies").isEmpty()) {
      d.replies = replies(lang, "replies", 2);
    }
    d.related = deck(lang, "headlines").take(5);
    if (kind.equals("docs")) {
      d.code = "$ taoxi --help\n$ taoxi ingest --input data/ --output out/";
    }
    d.url = url(d);
    return d;
  }

  private Draft boilerplateHeavy(String lang) {
    Draft d = article(lang, "news", 1);
    d.boilerplateHeavy = true;
    d.related = deck(lang, "headlines").take(12);
    d.features.add("boilerplate_heavy");
    return d;
  }

  private Draft exactDuplicate(Draft original) {
    Draft copy = original.copy();
    copy.id = String.format(java.util.Locale.ROOT, "p%04d", pages.size() + 1);
    copy.number = 1000 + (pages.size() + 1) * 7;
    copy.url = url(copy).replace("https://", "https://m."); // a mobile mirror serving the same bytes
    copy.exactDuplicateOf = original.url;
    copy.features.add("exact_duplicate");
    copy.fixedFile = (original.file + 1) % WARC_FILES;
    return copy;
  }

  private Draft nearDuplicate(Draft original) {
    Draft copy = original.copy();
    copy.id = String.format(java.util.Locale.ROOT, "p%04d", pages.size() + 1);
    copy.number = 1000 + (pages.size() + 1) * 7;
    copy.url = url(copy);
    copy.paragraphs = new ArrayList<>(original.paragraphs);
    List<String> fresh = deck(original.lang, "sentences").take(2);
    copy.paragraphs.set(2, fresh.get(0));
    copy.paragraphs.set(7, fresh.get(1));
    copy.related = deck(original.lang, "headlines").take(5);
    copy.published = original.published.substring(0, 11) + "23:59";
    copy.nearDuplicateOf = original.url;
    copy.features.add("near_duplicate");
    copy.fixedFile = (original.file + 2) % WARC_FILES;
    return copy;
  }

  private Draft spam(String lang, String section, int variant) {
    Draft d = article(lang, "spam", 0);
    List<String> lines = special.get(section);
    d.site = lang.equals("en") ? "Best Deals Portal" : "彩票资讯站";
    d.title = String.join(" ", lines.get(variant % lines.size()).split(" ")).substring(0,
        Math.min(30, lines.get(variant % lines.size()).length()));
    for (int r = 0; r < 3; r++) {
      for (int i = 0; i < lines.size(); i++) {
        d.paragraphs.add(lines.get((i + variant) % lines.size()));
      }
    }
    d.related = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      d.related.add(lines.get(i % lines.size()));
    }
    d.features.add("spam");
    d.features.add("keyword_stuffing");
    return d;
  }

  private Draft toxic(String lang, String section) {
    Draft d = article(lang, "forum", 2);
    List<String> insults = special.get(section);
    List<String> replies = new ArrayList<>(replies(lang, "replies", 2));
    for (int i = 0; i < insults.size(); i++) {
      replies.add(1 + i, USERS.get((i * 5) % USERS.size()) + "\t" + insults.get(i));
    }
    d.replies = replies;
    d.features.add("toxic");
    return d;
  }

  private Draft pii(String lang, String kind, String section) {
    Draft d = article(lang, kind, 2);
    // Identifiers draw from their own generator, seeded by the corpus seed and the section: changing them
    // never shifts the rest of the corpus.
    SplittableRandom ids = new SplittableRandom(seed * 31 + section.hashCode());
    String emailDomain = switch (lang) {
      case "zh-Hans", "zh-Hant" -> "taoxi-demo.cn";
      case "ja" -> "taoxi-demo.jp";
      case "ko" -> "taoxi-demo.kr";
      default -> "taoxi-demo.net";
    };
    for (String template : special.get(section)) {
      String line = template;
      line = fillPii(d.pii, line, "{mobile}", "phone_cn_mobile", () -> FakeIdentifiers.chinaMobile(ids));
      line = fillPii(d.pii, line, "{email}", "email", () -> FakeIdentifiers.email(ids, emailDomain));
      line = fillPii(d.pii, line, "{resident_id}", "cn_resident_id", () -> FakeIdentifiers.residentId(ids));
      line = fillPii(d.pii, line, "{card}", "payment_card", () -> FakeIdentifiers.testCard(ids));
      line = fillPii(d.pii, line, "{jp_phone}", "phone_jp", () -> FakeIdentifiers.japanPhone(ids));
      line = fillPii(d.pii, line, "{kr_rrn}", "kr_rrn", () -> FakeIdentifiers.koreanRrn(ids));
      line = fillPii(d.pii, line, "{kr_mobile}", "phone_kr_mobile", () -> FakeIdentifiers.koreaMobile(ids));
      line = fillPii(d.pii, line, "{us_phone}", "phone_e164", () -> FakeIdentifiers.fictionalUsPhone(ids));
      // Look-alikes that are not personal data: the detector must leave them alone.
      line = fillPii(d.notPii, line, "{ipv4}", "ipv4_documentation", () -> FakeIdentifiers.ipv4(ids));
      d.paragraphs.add(line);
    }
    d.features.add("pii");
    return d;
  }

  private static String fillPii(Map<String, List<String>> into, String line, String placeholder, String type,
      java.util.function.Supplier<String> value) {
    String out = line;
    while (out.contains(placeholder)) {
      String v = value.get();
      into.computeIfAbsent(type, t -> new ArrayList<>()).add(v);
      out = out.replaceFirst(java.util.regex.Pattern.quote(placeholder), java.util.regex.Matcher.quoteReplacement(v));
    }
    return out;
  }

  private Draft veryShort(String lang) {
    Draft d = article(lang, "short", 0);
    d.title = d.site;
    d.paragraphs = new ArrayList<>(List.of(banks.get(lang).chrome("under_construction")));
    d.features.add("very_short");
    return d;
  }

  private Draft codePage(String lang, String code, String introSection) {
    Draft d = article(lang, "code", introSection == null ? 1 : 0);
    if (introSection != null) {
      d.paragraphs.addAll(special.get(introSection));
    }
    d.code = code.stripTrailing();
    d.features.add("code_heavy");
    return d;
  }

  private List<String> replies(String lang, String section, int count) {
    List<String> texts = deck(lang, section).take(count);
    List<String> out = new ArrayList<>();
    for (String text : texts) {
      out.add(USERS.get(random.nextInt(USERS.size())) + "\t" + text);
    }
    return out;
  }

  private String url(Draft d) {
    String host = switch (d.kind) {
      case "spam" -> "www.caipiao-" + d.region;
      case "short" -> "www";
      case "code" -> "docs";
      default -> d.kind.equals("product") ? "shop" : d.kind;
    } + "." + d.region + ".example";
    String path = switch (d.kind) {
      case "news" -> "/2026/01/" + d.published.substring(8, 10) + "/a" + d.number + ".html";
      case "blog" -> "/post/" + d.number + ".html";
      case "forum" -> "/thread-" + d.number + "-1-1.html";
      case "product" -> "/item/" + d.number + ".html";
      case "docs", "code" -> "/guide/page-" + d.number + ".html";
      case "spam" -> "/?p=" + d.number;
      default -> "/s/" + d.number + ".html";
    };
    return "https://" + host + path;
  }

  private Draft add(Draft d) {
    int languageIndex = perLanguageIndex.merge(d.lang, 1, Integer::sum) - 1;
    d.file = d.fixedFile >= 0 ? d.fixedFile : globalIndex % WARC_FILES;
    assignEncoding(d, languageIndex);
    assignHttpCodings(d, globalIndex);
    globalIndex++;
    pages.add(d.freeze());
    return d;
  }

  /** Legacy charsets by position in the language's page list, so every seed gets the same mix. */
  private static void assignEncoding(Draft d, int i) {
    if (d.exactDuplicateOf != null) {
      return; // keeps the original's bytes
    }
    d.features.removeIf(f -> f.equals("legacy_charset") || f.equals("charset_undeclared"));
    d.charset = "UTF-8";
    d.charsetLabel = i % 7 == 3 ? "UTF-8" : "utf-8";
    d.charsetDeclared = i % 5 == 0 ? "meta" : i % 5 == 1 ? "http" : "http+meta";
    boolean yue = "yue".equals(d.variety);
    switch (d.lang) {
      case "zh-Hans" -> {
        if (i % 12 == 1) {
          legacy(d, "GBK", "gbk", "http");
        } else if (i % 12 == 5) {
          legacy(d, "GBK", "gb2312", "meta");
        } else if (i % 24 == 9) {
          legacy(d, "GBK", null, "none");
        }
      }
      case "zh-Hant" -> {
        if (!yue && i % 4 == 1) {
          legacy(d, "Big5", "big5", i % 8 == 1 ? "http" : "meta");
        }
      }
      case "ja" -> {
        if (i % 6 == 1) {
          legacy(d, "windows-31j", "Shift_JIS", "http+meta");
        } else if (i % 6 == 4) {
          legacy(d, "EUC-JP", "EUC-JP", "meta");
        }
      }
      case "ko" -> {
        if (i % 4 == 1) {
          legacy(d, "EUC-KR", "euc-kr", "http+meta");
        }
      }
      case "ru" -> {
        if (i < 2) {
          legacy(d, "windows-1251", "windows-1251", "http");
        }
      }
      default -> { }
    }
    if (d.charsetDeclared.equals("none")) {
      d.features.add("charset_undeclared");
    }
  }

  private static void legacy(Draft d, String javaCharset, String label, String declared) {
    d.charset = javaCharset;
    d.charsetLabel = label;
    d.charsetDeclared = declared;
    d.features.add("legacy_charset");
  }

  private static void assignHttpCodings(Draft d, int g) {
    if (d.exactDuplicateOf != null) {
      return;
    }
    d.features.removeIf(f -> f.startsWith("content_encoding_") || f.equals("transfer_chunked"));
    d.contentEncoding = g % 9 == 4 ? "gzip" : g % 23 == 7 ? (g % 2 == 0 ? "deflate-raw" : "deflate") : "identity";
    d.chunked = g % 13 == 2 || g % 29 == 4;
    d.htmlLangAttribute = g % 6 != 5;
    if (!d.contentEncoding.equals("identity")) {
      d.features.add("content_encoding_" + d.contentEncoding.replace("-raw", ""));
    }
    if (d.contentEncoding.equals("deflate-raw")) {
      d.features.add("deflate_without_zlib_header");
    }
    if (d.chunked) {
      d.features.add("transfer_chunked");
    }
  }

  private Deck deck(String lang, String section) {
    return decks.computeIfAbsent(lang + "/" + section, key -> {
      List<String> cards = banks.get(lang).section(section);
      if (cards.isEmpty()) {
        throw new IllegalStateException("bank-" + lang + ".txt has no [" + section + "] entries");
      }
      return new Deck(cards, random);
    });
  }

  static String join(String lang, List<String> sentences) {
    boolean noSpace = lang.startsWith("zh") || lang.equals("ja");
    return String.join(noSpace ? "" : " ", sentences);
  }

  /** Cards dealt in shuffled order; reshuffled when used up. */
  private static final class Deck {
    private final List<String> cards;
    private final SplittableRandom random;
    private final List<String> order = new ArrayList<>();

    Deck(List<String> cards, SplittableRandom random) {
      this.cards = cards;
      this.random = random;
    }

    List<String> take(int n) {
      List<String> out = new ArrayList<>(n);
      while (out.size() < n) {
        if (order.isEmpty()) {
          order.addAll(cards);
          for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            order.set(j, order.set(i, order.get(j)));
          }
        }
        String card = order.remove(order.size() - 1);
        if (!out.contains(card) || cards.size() < n) {
          out.add(card);
        }
      }
      return out;
    }
  }

  /** Mutable page under construction; {@link #freeze()} gives the immutable plan. */
  private static final class Draft {
    String id;
    String lang;
    String variety;
    String kind;
    String region;
    int number;
    String recordType = "response";
    int file;
    int fixedFile = -1;
    String url;
    String site;
    String title;
    String published;
    List<String> paragraphs = new ArrayList<>();
    List<String> replies = new ArrayList<>();
    String code;
    List<String> related = new ArrayList<>();
    boolean boilerplateHeavy;
    boolean htmlLangAttribute = true;
    String charset = "UTF-8";
    String charsetLabel = "utf-8";
    String charsetDeclared = "http+meta";
    String contentEncoding = "identity";
    boolean chunked;
    List<String> features = new ArrayList<>();
    String exactDuplicateOf;
    String nearDuplicateOf;
    Map<String, List<String>> pii = new LinkedHashMap<>();
    Map<String, List<String>> notPii = new LinkedHashMap<>();

    Draft copy() {
      Draft c = new Draft();
      c.id = id;
      c.lang = lang;
      c.variety = variety;
      c.kind = kind;
      c.region = region;
      c.number = number;
      c.recordType = recordType;
      c.file = file;
      c.url = url;
      c.site = site;
      c.title = title;
      c.published = published;
      c.paragraphs = new ArrayList<>(paragraphs);
      c.replies = new ArrayList<>(replies);
      c.code = code;
      c.related = new ArrayList<>(related);
      c.boilerplateHeavy = boilerplateHeavy;
      c.htmlLangAttribute = htmlLangAttribute;
      c.charset = charset;
      c.charsetLabel = charsetLabel;
      c.charsetDeclared = charsetDeclared;
      c.contentEncoding = contentEncoding;
      c.chunked = chunked;
      c.features = new ArrayList<>(features);
      c.pii = new LinkedHashMap<>(pii);
      c.notPii = new LinkedHashMap<>(notPii);
      return c;
    }

    PagePlan freeze() {
      Map<String, List<String>> frozenPii = new LinkedHashMap<>();
      pii.forEach((type, values) -> frozenPii.put(type, List.copyOf(values)));
      Map<String, List<String>> frozenNotPii = new LinkedHashMap<>();
      notPii.forEach((type, values) -> frozenNotPii.put(type, List.copyOf(values)));
      List<String> sortedFeatures = new ArrayList<>(new java.util.TreeSet<>(features));
      return new PagePlan(id, lang, variety, kind, recordType, file, url, site, title, published,
          List.copyOf(paragraphs), List.copyOf(replies), code, List.copyOf(related), boilerplateHeavy,
          htmlLangAttribute, charset, charsetLabel, charsetDeclared, contentEncoding, chunked,
          List.copyOf(sortedFeatures), exactDuplicateOf, nearDuplicateOf,
          java.util.Collections.unmodifiableMap(frozenPii), java.util.Collections.unmodifiableMap(frozenNotPii));
    }
  }
}
