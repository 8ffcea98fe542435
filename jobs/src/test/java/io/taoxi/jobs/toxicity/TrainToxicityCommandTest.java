package io.taoxi.jobs.toxicity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taoxi.jobs.testing.TestSpark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * End to end on the hand-written labelled set (jobs/src/test/resources/toxicity/labeled.tsv, 308 rows:
 * 198 Chinese, 50 English, 30 Japanese, 30 Korean; half toxic): train, evaluate on the held-out split, load
 * the model, score a Dataset and a file.
 */
class TrainToxicityCommandTest {
    @TempDir
    static Path dir;
    static Path modelDir;
    static TrainToxicityCommand.Evaluation evaluation;
    static final SparkSession SPARK = TestSpark.session();

    @BeforeAll
    static void train() throws Exception {
        Path labeled = Path.of("src/test/resources/toxicity/labeled.tsv").toAbsolutePath();
        modelDir = dir.resolve("model");
        TrainToxicityCommand command = new TrainToxicityCommand();
        new CommandLine(command).parseArgs("--labeled", labeled.toString(), "--text-column", "text",
                "--label-column", "label", "--output", modelDir.toString(), "--test-fraction", "0.3", "--seed", "7");
        evaluation = command.train(SPARK);
        System.out.println("toxicity classifier on labeled.tsv: " + evaluation.values());
    }

    @Test
    void writesModelAndEvaluationWithAUCWellAboveChance() throws Exception {
        for (String f : List.of("features.json", "evaluation.json", "evaluation.md", "pipeline/metadata")) {
            assertTrue(Files.exists(modelDir.resolve(f)), f);
        }
        JsonNode json = new ObjectMapper().readTree(modelDir.resolve("evaluation.json").toFile());
        assertEquals(308, json.get("rows_read").asInt());
        assertEquals(json.get("test_rows").asInt(), json.get("confusion").get("true_positive").asInt()
                + json.get("confusion").get("false_positive").asInt() + json.get("confusion").get("true_negative").asInt()
                + json.get("confusion").get("false_negative").asInt());
        assertTrue(evaluation.rocAuc() >= 0.8, "held-out ROC-AUC " + evaluation.rocAuc());
        assertTrue(Files.readString(modelDir.resolve("evaluation.md")).contains("ROC-AUC"));
    }

    @Test
    void loadedModelAddsAScoreColumn() {
        Dataset<Row> docs = SPARK.createDataset(List.of("你这个傻逼，滚出去", "今天天气很好，我们去公园散步吧"),
                Encoders.STRING()).toDF("text");
        List<Row> rows = ToxicityModel.load(modelDir.toString()).transform(docs).collectAsList();
        assertEquals(List.of("text", ToxicityModel.SCORE_COLUMN), List.of(rows.get(0).schema().fieldNames()));
        double toxic = rows.get(0).getDouble(1);
        double clean = rows.get(1).getDouble(1);
        assertTrue(toxic > clean && toxic >= 0 && toxic <= 1 && clean >= 0, toxic + " vs " + clean);
    }

    @Test
    void scoreCommandPrintsOneJsonLinePerRowInOrder() throws Exception {
        Path input = dir.resolve("texts.txt");
        Files.writeString(input, "你就是个废物\n谢谢你的帮助\nyou are an idiot\n");
        ToxicityScoreCommand command = new ToxicityScoreCommand();
        new CommandLine(command).parseArgs("--model", modelDir.toString(), "--input", input.toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long n = command.score(SPARK, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(3, n);
        assertEquals(3, lines.length);
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < 3; i++) {
            JsonNode line = json.readTree(lines[i]);
            assertEquals(i, line.get("row").asInt());
            assertTrue(line.get(ToxicityModel.SCORE_COLUMN).isDouble());
        }
        assertEquals("谢谢你的帮助", json.readTree(lines[1]).get("text").asText());
    }

    @Test
    void readsColdAndJigsawShapes() throws Exception {
        Path cold = dir.resolve("cold.csv");
        Files.writeString(cold, "TEXT,label,topic\n\"你这个蠢货, 真烦\",1,race\n今天很开心,0,region\n,1,gender\n没标签,x,race\n");
        LabeledData.Loaded c = LabeledData.read(SPARK, cold.toString(), null, "TEXT", "label", 0.5);
        assertEquals(4, c.read());
        assertEquals(2, c.usable());
        Path jigsaw = dir.resolve("jigsaw.jsonl");
        Files.writeString(jigsaw, "{\"id\":\"a\",\"comment_text\":\"you idiot\",\"toxic\":0.8}\n"
                + "{\"id\":\"b\",\"comment_text\":\"nice work\",\"toxic\":0.1}\n"
                + "{\"id\":\"c\",\"comment_text\":\"meh\",\"toxic\":true}\n");
        List<Row> j = LabeledData.read(SPARK, jigsaw.toString(), null, "comment_text", "toxic", 0.5).rows()
                .collectAsList();
        assertEquals(List.of(1.0, 0.0, 1.0), j.stream().map(r -> r.getDouble(1)).toList());
        assertThrows(IllegalArgumentException.class,
                () -> LabeledData.read(SPARK, jigsaw.toString(), null, "content", "toxic", 0.5));
    }

    @Test
    void rejectsBadOptions() {
        TrainToxicityCommand command = new TrainToxicityCommand();
        new CommandLine(command).parseArgs("--labeled", "x.tsv", "--output", "m", "--test-fraction", "0.9");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, command::validate);
        assertTrue(e.getMessage().contains("--test-fraction"));
    }
}
