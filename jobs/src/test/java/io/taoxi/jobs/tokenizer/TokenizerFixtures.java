package io.taoxi.jobs.tokenizer;

import io.taoxi.jobs.schema.DocSchema;
import io.taoxi.tokenizer.BpeTrainer;
import io.taoxi.tokenizer.PreTokenCounter;
import io.taoxi.tokenizer.PreTokenization;
import io.taoxi.tokenizer.TrainedBpe;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/** A small input stage (kept/ Parquet + manifest) and a tokenizer trained on it, made in the test. */
final class TokenizerFixtures {
    private TokenizerFixtures() {
    }

    /** One document of the fixture. */
    record Doc(String id, String source, String lang, String text) {
    }

    static final String[] ZH = {
        "长江是中国第一大河，全长六千三百多公里，流经十一个省级行政区。",
        "今天的天气很好，我们一起去公园散步，看见了很多盛开的花。",
        "图书馆每周六上午开放，读者可以借阅小说、历史和科学方面的书籍。",
        "這是一段繁體中文的文字，用來測試分詞器是否能正確處理。",
    };
    static final String[] EN = {
        "The river flows through eleven provinces before it reaches the sea.",
        "Reading is to the mind what exercise is to the body.",
    };
    static final String[] JA = {"今日は良い天気ですね。公園を散歩しましょう。"};
    static final String[] CODE = {"def add(a, b):\n    return a + b  # 加法\n", "for (int i = 0; i < n; i++) { sum += i; }\n"};

    /** 40 zh-Hans web, 10 en web, 4 ja web, 6 code documents, one empty and one null text. */
    static List<Doc> documents() {
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            docs.add(new Doc(id("zh", i), "web", "zh-Hans", ZH[i % ZH.length] + " 第" + i + "段。\n" + ZH[(i + 1) % ZH.length]));
        }
        for (int i = 0; i < 10; i++) {
            docs.add(new Doc(id("en", i), "web", "en", EN[i % EN.length] + " Part " + i + "."));
        }
        for (int i = 0; i < 4; i++) {
            docs.add(new Doc(id("ja", i), "web", "ja", JA[0] + i));
        }
        for (int i = 0; i < 6; i++) {
            docs.add(new Doc(id("code", i), "code", "", CODE[i % CODE.length] + "# " + i + "\n"));
        }
        docs.add(new Doc(id("empty", 0), "web", "en", ""));
        docs.add(new Doc(id("null", 0), "web", "en", null));
        return docs;
    }

    static String id(String kind, int i) {
        return String.format(Locale.ROOT, "%s%030d", kind.substring(0, 2), i);
    }

    /** Writes {@code dir/kept} (3 Parquet files) and {@code dir/manifest.json}. */
    static void writeStage(SparkSession spark, Path dir, List<Doc> docs) throws IOException {
        List<Row> rows = new ArrayList<>();
        int width = DocSchema.DOCUMENT.fields().length;
        for (Doc d : docs) {
            Object[] v = new Object[width];
            v[DocSchema.DOCUMENT.fieldIndex(DocSchema.ID)] = d.id();
            v[DocSchema.DOCUMENT.fieldIndex(DocSchema.SOURCE)] = d.source();
            v[DocSchema.DOCUMENT.fieldIndex(DocSchema.SOURCE_FILE)] = "fixture/" + d.source();
            v[DocSchema.DOCUMENT.fieldIndex(DocSchema.SOURCE_OFFSET)] = 0L;
            v[DocSchema.DOCUMENT.fieldIndex(DocSchema.SOURCE_INNER_OFFSET)] = 0L;
            v[DocSchema.DOCUMENT.fieldIndex(DocSchema.TEXT)] = d.text();
            v[DocSchema.DOCUMENT.fieldIndex(DocSchema.TEXT_CHARS)] = d.text() == null ? 0
                    : d.text().codePointCount(0, d.text().length());
            v[DocSchema.DOCUMENT.fieldIndex(DocSchema.LANG)] = d.lang();
            v[DocSchema.DOCUMENT.fieldIndex(DocSchema.RECORD_BYTES)] = d.text() == null ? 0L
                    : (long) d.text().getBytes(StandardCharsets.UTF_8).length;
            rows.add(RowFactory.create(v));
        }
        spark.createDataFrame(rows, DocSchema.DOCUMENT).repartition(3).write().mode(SaveMode.Overwrite)
                .parquet(dir.resolve("kept").toString());
        Files.writeString(dir.resolve("manifest.json"),
                "{\"stage\":\"fixture\",\"config_hash\":\"" + docs.size() + "\",\"finished_at\":\"2026-01-01T00:00:00Z\"}\n");
    }

    /** A 600-token tokenizer with Qwen2's specials, trained locally on the fixture. */
    static Path trainTokenizer(Path dir, List<Doc> docs) {
        PreTokenCounter counter = new PreTokenCounter(PreTokenization.qwen2());
        for (Doc d : docs) {
            if (d.text() != null) {
                counter.add(d.text());
            }
        }
        TrainedBpe bpe = BpeTrainer.train(counter.counts(1), new BpeTrainer.Spec(600, 2,
                List.of("<|endoftext|>", "<|im_start|>", "<|im_end|>"), PreTokenization.qwen2()));
        bpe.writeAll(dir);
        return dir.resolve("tokenizer.json");
    }
}
