package io.taoxi.jobs.score;

import io.taoxi.engine.DType;
import io.taoxi.engine.Qwen2Config;
import io.taoxi.tokenizer.BpeTrainer;
import io.taoxi.tokenizer.PreTokenCounter;
import io.taoxi.tokenizer.PreTokenization;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Test data for the score stage: documents, a tokenizer trained on them, a tiny model, an input stage folder. */
final class ScoreFixtures {
    private ScoreFixtures() {
    }

    /** One document of the fixture corpus. */
    record Doc(String id, String source, String lang, String text) {
    }

    private static final String[] ZH = {
        "今天天气很好，我们去公园散步。", "北京是中国的首都，也是一座历史悠久的城市。", "他每天早上六点起床，然后去跑步。",
        "这家餐厅的饭菜非常好吃，价格也很便宜。", "学习编程需要耐心和大量的练习。", "图书馆里有很多关于历史和文化的书。",
        "春天来了，花园里的花都开了。", "我们应该保护环境，节约用水用电。",
    };
    private static final String[] EN = {
        "The weather is nice today, so we walk in the park. ", "Reading books every evening helps you sleep better. ",
        "The city library opens at nine in the morning. ", "Learning to program takes patience and practice. ",
        "Rivers carry water from the mountains to the sea. ", "The market sells fresh fruit and vegetables. ",
    };

    /**
     * 2 languages × 2 sources, lengths from one sentence to ~10 (some longer than a 32-token window), plus a
     * repetitive document, an empty text and a one-character text (the last two: too_few_tokens).
     */
    static List<Doc> documents() {
        Random random = new Random(7);
        List<Doc> docs = new ArrayList<>();
        int n = 0;
        for (String lang : List.of("zh-Hans", "en")) {
            String[] bank = lang.equals("en") ? EN : ZH;
            for (String source : List.of("web", "forum")) {
                for (int k = 0; k < 7; k++) {
                    StringBuilder b = new StringBuilder();
                    int sentences = 1 + random.nextInt(k < 2 ? 2 : 10);
                    for (int s = 0; s < sentences; s++) {
                        b.append(bank[random.nextInt(bank.length)]);
                    }
                    docs.add(new Doc(String.format("d%03d", n++), source, lang, b.toString().strip()));
                }
            }
        }
        docs.add(new Doc(String.format("d%03d", n++), "web", "zh-Hans", "好好好好好好好好好好好好好好好好好好好好好好好好"));
        docs.add(new Doc(String.format("d%03d", n++), "web", "en", ""));
        docs.add(new Doc(String.format("d%03d", n++), "forum", "en", "a"));
        return docs;
    }

    /** A byte-level BPE (Qwen2 layout, {@code <|endoftext|>} special) trained on the fixture text. */
    static Path trainTokenizer(Path dir, List<Doc> docs, int vocabSize) throws IOException {
        PreTokenCounter counter = new PreTokenCounter(PreTokenization.qwen2());
        for (Doc d : docs) {
            counter.add(d.text());
        }
        for (String s : ZH) {
            counter.add(s);
        }
        for (String s : EN) {
            counter.add(s);
        }
        Files.createDirectories(dir);
        Path file = dir.resolve("tokenizer.json");
        BpeTrainer.train(counter.counts(1), BpeTrainer.Spec.qwen2(vocabSize)).writeTokenizerJson(file);
        return file;
    }

    /** A tiny f32 model (exact comparisons) with the tokenizer inside. */
    static Path model(Path dir, Path tokenizerJson, int vocab, int maxPositions) {
        EngineCommand.write(dir, Qwen2Config.shape(32, 2, 4, 2, 64, vocab).withMaxPositionEmbeddings(maxPositions),
                11L, DType.F32, false, tokenizerJson);
        return dir;
    }

    static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("source", DataTypes.StringType, false)
            .add("source_file", DataTypes.StringType, false)
            .add("lang", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, true)
            .add("text_chars", DataTypes.IntegerType, false)
            .add("record_bytes", DataTypes.LongType, false);

    /** A previous stage's folder: {@code kept/} Parquet (3 partitions) and a manifest. */
    static Path inputStage(SparkSession spark, Path dir, List<Doc> docs) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Doc d : docs) {
            rows.add(RowFactory.create(d.id(), d.source(), "fixture.warc", d.lang(), d.text(),
                    d.text().codePointCount(0, d.text().length()), (long) d.text().getBytes(StandardCharsets.UTF_8).length));
        }
        spark.createDataFrame(rows, SCHEMA).repartition(3).write().mode(SaveMode.Overwrite)
                .parquet(dir.resolve("kept").toString());
        Files.writeString(dir.resolve("manifest.json"),
                "{\"stage\":\"fixture\",\"config_hash\":\"" + docs.size() + "\",\"finished_at\":\"2026-11-30T00:00:00Z\"}\n");
        return dir;
    }
}
