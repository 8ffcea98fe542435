package io.taoxi.jobs.toxicity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taoxi.filters.quality.QualityThresholds;
import io.taoxi.jobs.config.ConfigException;
import io.taoxi.jobs.config.ConfigLoader;
import io.taoxi.jobs.config.PipelineConfig;
import io.taoxi.jobs.config.PipelineConfig.IngestSpec;
import io.taoxi.jobs.config.PipelineConfig.InputSpec;
import io.taoxi.jobs.filter.FilterSpec;
import io.taoxi.jobs.filter.FilterStages;
import io.taoxi.jobs.filter.ToxicitySpec;
import io.taoxi.jobs.ingest.IngestStage;
import io.taoxi.jobs.stage.StageRunner;
import io.taoxi.jobs.testing.TestSpark;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The trained classifier in the filter stage: a model trained here on the hand-written labelled set
 * (src/test/resources/toxicity/labeled.tsv), read without Spark by {@link ToxicityModelScorer}, must score
 * like MLlib's own transform; the filter stage writes {@code toxicity_model_score} and a conf rule drops on
 * it; a missing or bad model fails before Spark runs, naming {@code filter.toxicity.model}.
 */
class ToxicityModelFilterTest {
    static final double TOLERANCE = 1e-9;
    @TempDir
    static Path dir;
    static Path modelDir;
    static List<String> texts = new ArrayList<>();
    static List<Double> labels = new ArrayList<>();
    static final SparkSession SPARK = TestSpark.session();

    @BeforeAll
    static void train() throws Exception {
        Path labeled = Path.of("src/test/resources/toxicity/labeled.tsv").toAbsolutePath();
        modelDir = dir.resolve("model");
        TrainToxicityCommand command = new TrainToxicityCommand();
        new CommandLine(command).parseArgs("--labeled", labeled.toString(), "--text-column", "text",
                "--label-column", "label", "--output", modelDir.toString(), "--test-fraction", "0.3", "--seed", "7");
        command.train(SPARK);
        List<String> lines = Files.readAllLines(labeled, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            texts.add(cells[0]);
            labels.add(Double.parseDouble(cells[1]));
        }
    }

    private static Map<String, Double> sparkScores(List<String> input) {
        List<Row> rows = ToxicityModel.load(modelDir.toString())
                .transform(SPARK.createDataset(input, Encoders.STRING()).toDF("text"))
                .collectAsList();
        Map<String, Double> scores = new HashMap<>();
        rows.forEach(row -> scores.put(row.getString(0), row.getDouble(1)));
        return scores;
    }

    @Test
    void scorerWithoutSparkMatchesMllibOnEveryLabelledRow() {
        Map<String, Double> expected = sparkScores(texts);
        ToxicityModelScorer scorer = ToxicityModelScorer.load(modelDir);
        double worst = 0;
        for (String text : texts) {
            worst = Math.max(worst, Math.abs(scorer.score(text) - expected.get(text)));
        }
        System.out.println("toxicity scorer vs MLlib: largest |difference| " + worst + " over " + texts.size() + " texts");
        assertTrue(worst <= TOLERANCE, "largest difference to MLlib " + worst + " over " + texts.size() + " texts");
        // the empty text and a huge one (features read its first 4,000 characters) score without failing
        double empty = scorer.score("");
        double huge = scorer.score("傻".repeat(200_000));
        assertTrue(empty > 0 && empty < 1 && huge >= 0 && huge <= 1, empty + " " + huge);
        assertEquals(sparkScores(List.of("")).get(""), empty, TOLERANCE);
    }

    @Test
    void filterStageWritesTheScoreAndAConfRuleDropsOnIt() throws IOException {
        // 10 toxic and 10 clean rows of the labelled set as documents of a JSONL dataset
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        List<String> chosen = new ArrayList<>();
        int toxic = 0;
        int clean = 0;
        for (int i = 0; i < texts.size() && (toxic < 10 || clean < 10); i++) {
            boolean isToxic = labels.get(i) == 1.0;
            if ((isToxic && toxic < 10) || (!isToxic && clean < 10)) {
                lines.add(json.writeValueAsString(Map.of("id", "t" + i, "text", texts.get(i))));
                chosen.add(texts.get(i));
                toxic += isToxic ? 1 : 0;
                clean += isToxic ? 0 : 1;
            }
        }
        Path input = dir.resolve("docs.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);
        StageRunner runner = new StageRunner(SPARK, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Path ingest = dir.resolve("run/ingest");
        runner.run(new IngestStage(new IngestSpec(List.of(new InputSpec(input.toString(), "web", "jsonl")), null, null,
                null)), ingest.toString());
        QualityThresholds.Spec rules = new QualityThresholds.Spec(Map.of("default", List.of(
                new QualityThresholds.Rule(ToxicityModel.SCORE_COLUMN, null, 0.5, "toxicity_model"))));
        FilterSpec spec = new FilterSpec(null, false, rules, new ToxicitySpec(null, null, null, modelDir.toString()), null);
        Path out = dir.resolve("run/filter");
        runner.run(FilterStages.filter(spec, ingest.toString()), out.toString());

        Map<String, Double> expected = sparkScores(chosen);
        int dropped = 0;
        int rows = 0;
        for (String outcome : List.of("kept", "dropped")) {
            for (Row row : SPARK.read().parquet(out.resolve(outcome).toString()).collectAsList()) {
                String text = row.getString(row.fieldIndex("text"));
                double score = row.getDouble(row.fieldIndex(ToxicityModel.SCORE_COLUMN));
                assertEquals(expected.get(text), score, TOLERANCE, text);
                boolean drop = score > 0.5;
                assertEquals(drop ? "dropped" : "kept", outcome, text + " scored " + score);
                if (drop) {
                    assertEquals("toxicity_model", row.getString(row.fieldIndex("reason")));
                    dropped++;
                }
                rows++;
            }
        }
        System.out.println("filter stage with the trained model: " + dropped + " of " + rows + " dropped (10 labelled toxic)");
        assertEquals(20, rows);
        assertTrue(dropped >= 5 && dropped <= 15, dropped + " of 20 dropped (10 labelled toxic)");
        JsonNode manifest = json.readTree(out.resolve("manifest.json").toFile());
        assertEquals(64, manifest.get("config").get("toxicity").get("model_sha256").asText().length(),
                manifest.get("config").toString());
    }

    @Test
    void missingOrBadModelsFailBeforeSparkNamingTheKey() throws IOException {
        String ingest = dir.resolve("never-read").toString();
        ConfigException missing = assertThrows(ConfigException.class, () -> FilterStages.filter(
                new FilterSpec(null, false, null, new ToxicitySpec(null, null, null, dir.resolve("nope").toString()), null),
                ingest));
        assertTrue(missing.getMessage().startsWith("filter.toxicity.model = "), missing.getMessage());
        assertTrue(missing.getMessage().contains("no such folder"), missing.getMessage());

        Path other = dir.resolve("other-model");
        Files.createDirectories(other);
        Files.writeString(other.resolve("features.json"), """
                {"name":"toxicity_nb_v9","minCharN":1,"maxCharN":3,"words":true,"maxChars":4000,"numFeatures":1024,"threshold":0.5}""");
        ConfigException wrongName = assertThrows(ConfigException.class, () -> FilterStages.filter(
                new FilterSpec(null, false, null, new ToxicitySpec(null, null, null, other.toString()), null), ingest));
        assertTrue(wrongName.getMessage().contains("filter.toxicity.model")
                && wrongName.getMessage().contains("expected toxicity_lr_v1"), wrongName.getMessage());

        Path truncated = dir.resolve("truncated-model");
        Files.createDirectories(truncated);
        Files.copy(modelDir.resolve("features.json"), truncated.resolve("features.json"));
        ConfigException noPipeline = assertThrows(ConfigException.class, () -> FilterStages.filter(
                new FilterSpec(null, false, null, new ToxicitySpec(null, null, null, truncated.toString()), null), ingest));
        assertTrue(noPipeline.getMessage().contains("filter.toxicity.model")
                && noPipeline.getMessage().contains("pipeline"), noPipeline.getMessage());

        QualityThresholds.Spec rules = new QualityThresholds.Spec(Map.of("zh", List.of(
                new QualityThresholds.Rule(ToxicityModel.SCORE_COLUMN, null, 0.9, "toxicity_model"))));
        ConfigException noModel = assertThrows(ConfigException.class,
                () -> FilterStages.filter(new FilterSpec(null, false, rules), ingest));
        assertTrue(noModel.getMessage().contains("filter.toxicity.model")
                && noModel.getMessage().contains("filter.quality.rules.zh"), noModel.getMessage());
    }

    @Test
    void yamlKeyParsesAndMisspellingsFail() {
        PipelineConfig config = ConfigLoader.parse("""
                run: {output: out/x}
                filter:
                  toxicity: {model: %s, max_gap_chars: 2}
                """.formatted(modelDir), "test.yaml");
        assertEquals(modelDir.toString(), config.filter().toxicity().model());
        assertEquals(2, config.filter().toxicity().lexicon().maxGapChars());
        assertEquals(3, ConfigLoader.parse("run: {output: o}\nfilter: {toxicity: {model: null}}\n", "t.yaml")
                .filter().toxicity().lexicon().maxGapChars());
        ConfigException typo = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("run: {output: o}\nfilter: {toxicity: {modle: m}}\n", "t.yaml"));
        assertTrue(typo.getMessage().contains("modle"), typo.getMessage());
        assertFalse(FilterStages.filter(config.filter(), "in").config().get("toxicity").get("model_sha256").isNull());
    }
}
