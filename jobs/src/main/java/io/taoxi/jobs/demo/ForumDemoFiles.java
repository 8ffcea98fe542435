package io.taoxi.jobs.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Infrastructure: the forum and dataset part of the demo corpus, written deterministically from a seed out of
 * the demo sentence banks ({@code bank-*.txt}: headlines as titles, sentences as posts, replies as replies).
 *
 * <pre>
 *   DIR/forum/stackexchange/Posts.xml   format stackexchange   12 questions with 0–3 answers, zh/ja/ko/en
 *   DIR/forum/reddit/dump.jsonl         format reddit          10 submissions with comment trees, some [deleted]
 *   DIR/forum/mbox/list.mbox            format mbox            8 threads of 1–4 mails (UTF-8, base64, quotes)
 *   DIR/dataset/docs.jsonl              format jsonl           40 rows {id, text, url, lang}, two empty
 * </pre>
 * The same seed gives the same bytes. The lead's demo config adds each as an input with {@code source: forum}
 * (the dataset as {@code source: web}) and the format shown.
 */
public final class ForumDemoFiles {
    private static final List<String> TAGS = List.of("zh-Hans", "ja", "ko", "en");
    private static final long EPOCH = 1_735_689_600L; // 2025-01-01T00:00:00Z

    private ForumDemoFiles() {
    }

    /** Writes the files under {@code dir}; returns their paths in the order above. */
    public static List<Path> write(Path dir, long seed) {
        LanguageBank english = LanguageBank.load("en", null);
        Map<String, LanguageBank> banks = new LinkedHashMap<>();
        for (String tag : TAGS) {
            banks.put(tag, tag.equals("en") ? english : LanguageBank.load(tag, english));
        }
        Random random = new Random(seed);
        try {
            List<Path> paths = new ArrayList<>();
            paths.add(write(dir.resolve("forum/stackexchange/Posts.xml"), stackExchange(banks, random)));
            paths.add(write(dir.resolve("forum/reddit/dump.jsonl"), reddit(banks, random)));
            paths.add(write(dir.resolve("forum/mbox/list.mbox"), mbox(banks, random)));
            paths.add(write(dir.resolve("dataset/docs.jsonl"), dataset(banks, random)));
            return paths;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    private static String paragraph(LanguageBank bank, Random random, int sentences) {
        StringBuilder b = new StringBuilder();
        boolean spaced = bank.tag().equals("en") || bank.tag().equals("ko");
        for (int i = 0; i < sentences; i++) {
            if (i > 0 && spaced) {
                b.append(' ');
            }
            b.append(pick(bank.sentences(), random));
        }
        return b.toString();
    }

    private static String reply(LanguageBank bank, Random random) {
        List<String> replies = bank.section("replies");
        return replies.isEmpty() ? paragraph(bank, random, 1) : pick(replies, random);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\n", "&#xA;");
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String stackExchange(Map<String, LanguageBank> banks, Random random) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<posts>\n");
        int id = 1;
        List<String> answers = new ArrayList<>();
        for (int q = 0; q < 12; q++) {
            LanguageBank bank = banks.get(TAGS.get(q % TAGS.size()));
            int questionId = id++;
            int count = random.nextInt(4);
            int accepted = count > 0 && random.nextBoolean() ? questionId + 1 + random.nextInt(count) : -1;
            b.append(String.format(Locale.ROOT, "  <row Id=\"%d\" PostTypeId=\"1\"%s CreationDate=\"2025-01-%02dT08:00:00.000\""
                    + " Score=\"%d\" Body=\"%s\" OwnerUserId=\"%d\" Title=\"%s\" Tags=\"%s\" AnswerCount=\"%d\" />%n",
                    questionId, accepted > 0 ? " AcceptedAnswerId=\"" + accepted + "\"" : "", 1 + q, random.nextInt(30),
                    xml("<p>" + paragraph(bank, random, 2) + "</p>\n<pre><code>demo --seed " + q + "\n</code></pre>"),
                    100 + random.nextInt(20), xml(pick(bank.headlines(), random)),
                    xml("<demo><" + bank.tag().toLowerCase(Locale.ROOT) + ">"), count));
            for (int a = 0; a < count; a++) {
                answers.add(String.format(Locale.ROOT, "  <row Id=\"%d\" PostTypeId=\"2\" ParentId=\"%d\""
                        + " CreationDate=\"2025-02-%02dT08:00:00.000\" Score=\"%d\" Body=\"%s\" OwnerUserId=\"%d\" />%n",
                        id++, questionId, 1 + q, random.nextInt(20) - 2,
                        xml("<p>" + paragraph(bank, random, 1 + random.nextInt(2)) + "</p>"), 100 + random.nextInt(20)));
            }
        }
        answers.forEach(b::append); // answers after all questions, as in a dump ordered by id over time
        return b.append("</posts>\n").toString();
    }

    private static String reddit(Map<String, LanguageBank> banks, Random random) {
        StringBuilder b = new StringBuilder();
        int comment = 1;
        for (int s = 0; s < 10; s++) {
            LanguageBank bank = banks.get(TAGS.get(s % TAGS.size()));
            String sub = "demo_" + bank.tag().toLowerCase(Locale.ROOT).replace('-', '_');
            long t = EPOCH + s * 3600L;
            b.append("{\"id\":\"s").append(s).append("\",\"name\":\"t3_s").append(s).append("\",\"subreddit\":")
                    .append(json(sub)).append(",\"title\":").append(json(pick(bank.headlines(), random)))
                    .append(",\"selftext\":").append(json(paragraph(bank, random, 2))).append(",\"score\":")
                    .append(random.nextInt(100)).append(",\"author\":\"u").append(random.nextInt(8))
                    .append("\",\"created_utc\":").append(t).append(",\"permalink\":\"/r/").append(sub)
                    .append("/comments/s").append(s).append("/\"}\n");
            List<String> ids = new ArrayList<>();
            int n = 1 + random.nextInt(5);
            for (int c = 0; c < n; c++) {
                String parent = ids.isEmpty() || random.nextBoolean() ? "t3_s" + s : "t1_" + pick(ids, random);
                String cid = "c" + comment++;
                String body = random.nextInt(10) == 0 ? "[deleted]" : reply(bank, random);
                b.append("{\"id\":\"").append(cid).append("\",\"link_id\":\"t3_s").append(s)
                        .append("\",\"parent_id\":\"").append(parent).append("\",\"author\":\"u")
                        .append(random.nextInt(8)).append("\",\"score\":").append(random.nextInt(20) - 3)
                        .append(",\"created_utc\":").append(t + 60L * (c + 1)).append(",\"body\":")
                        .append(json(body)).append("}\n");
                ids.add(cid);
            }
        }
        return b.toString();
    }

    private static String mbox(Map<String, LanguageBank> banks, Random random) {
        StringBuilder b = new StringBuilder();
        int message = 1;
        for (int t = 0; t < 8; t++) {
            LanguageBank bank = banks.get(TAGS.get(t % TAGS.size()));
            String subject = pick(bank.headlines(), random);
            int n = 1 + random.nextInt(4);
            String previousId = null;
            String previousText = null;
            List<String> references = new ArrayList<>();
            for (int m = 0; m < n; m++) {
                String id = "demo-" + message++ + "@lists.example.org";
                String text = m == 0 ? paragraph(bank, random, 3) : reply(bank, random);
                StringBuilder body = new StringBuilder(text).append('\n');
                if (previousText != null) {
                    body.append("\nOn an earlier day, someone wrote:\n> ").append(previousText.replace("\n", "\n> "))
                            .append('\n');
                }
                if (random.nextInt(3) == 0) {
                    body.append("-- \nsent from the demo list\n");
                }
                boolean base64 = random.nextBoolean();
                long time = EPOCH + t * 86_400L + m * 600L;
                b.append("From demo@lists.example.org ").append(java.time.format.DateTimeFormatter
                        .ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ROOT)
                        .format(java.time.Instant.ofEpochSecond(time).atZone(java.time.ZoneOffset.UTC))).append('\n');
                b.append("From: member").append(random.nextInt(6)).append("@lists.example.org\n");
                b.append("Subject: =?UTF-8?B?").append(Base64.getEncoder().encodeToString(
                        ((m == 0 ? "" : "Re: ") + subject).getBytes(StandardCharsets.UTF_8))).append("?=\n");
                b.append("Date: ").append(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                        .format(java.time.Instant.ofEpochSecond(time).atZone(java.time.ZoneOffset.UTC))).append('\n');
                b.append("Message-ID: <").append(id).append(">\n");
                if (previousId != null) {
                    b.append("In-Reply-To: <").append(previousId).append(">\n");
                    b.append("References: ").append(String.join(" ", references.stream().map(r -> "<" + r + ">").toList()))
                            .append('\n');
                }
                b.append("List-Id: Demo list <demo.lists.example.org>\nMIME-Version: 1.0\n");
                b.append("Content-Type: text/plain; charset=utf-8\n");
                if (base64) {
                    b.append("Content-Transfer-Encoding: base64\n\n").append(Base64.getMimeEncoder()
                            .encodeToString(body.toString().getBytes(StandardCharsets.UTF_8)).replace("\r\n", "\n"))
                            .append("\n\n");
                } else {
                    b.append("Content-Transfer-Encoding: 8bit\n\n")
                            .append(body.toString().replaceAll("(?m)^(>*From )", ">$1")).append('\n');
                }
                references.add(id);
                previousId = id;
                previousText = text;
            }
        }
        return b.toString();
    }

    private static String dataset(Map<String, LanguageBank> banks, Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            LanguageBank bank = banks.get(TAGS.get(i % TAGS.size()));
            String text = i % 20 == 7 ? "" : paragraph(bank, random, 2 + random.nextInt(4));
            b.append("{\"id\":\"demo-").append(i).append("\",\"text\":").append(json(text))
                    .append(",\"url\":\"https://data.example.org/").append(i).append("\",\"lang\":")
                    .append(json(bank.tag())).append("}\n");
        }
        return b.toString();
    }
}
