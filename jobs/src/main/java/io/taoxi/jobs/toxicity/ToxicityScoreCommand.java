package io.taoxi.jobs.toxicity;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.taoxi.jobs.config.PipelineConfig;
import io.taoxi.jobs.spark.SparkSessions;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Infrastructure: {@code taoxi toxicity-score --model M --input FILE}: one JSON line per input row, in input
 * order: {@code {"row":0,"toxicity_model_score":0.93,"text":"…"}} (plus {@code "id"} with {@code --id-column}).
 * Input: CSV/TSV/JSONL with a text column, or a {@code .txt} file with one text per line.
 */
@Command(name = "toxicity-score", mixinStandardHelpOptions = true,
        description = "Score each row of a file with a trained toxicity model; prints one JSON line per row.")
public final class ToxicityScoreCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, description = "Model folder written by train-toxicity.")
    String model;

    @Option(names = "--input", required = true, description = "File to score (.csv, .tsv, .jsonl, or .txt one text per line).")
    String input;

    @Option(names = "--text-column", defaultValue = "text", description = "Column with the text (ignored for .txt).")
    String textColumn;

    @Option(names = "--id-column", description = "Column copied into each output line as \"id\".")
    String idColumn;

    @Option(names = "--format", description = "csv, tsv, jsonl or txt (default: from the file name).")
    String format;

    @Option(names = "--master", description = "Spark master for an embedded run (default local[*]).")
    String master;

    @Override
    public Integer call() {
        PipelineConfig.SparkSpec sparkSpec = PipelineConfig.SparkSpec.defaults();
        if (master != null) {
            sparkSpec = new PipelineConfig.SparkSpec(master, sparkSpec.shufflePartitions(), sparkSpec.conf());
        }
        SparkSession spark = SparkSessions.create("taoxi toxicity-score", sparkSpec);
        try {
            score(spark, new PrintStream(System.out, true, StandardCharsets.UTF_8));
            return 0;
        } finally {
            spark.stop();
        }
    }

    /** Scores with the given (shared) session and prints to {@code out}; returns the number of rows. */
    public long score(SparkSession spark, PrintStream out) {
        boolean txt = "txt".equalsIgnoreCase(format) || (format == null && input.toLowerCase(Locale.ROOT).endsWith(".txt"));
        Dataset<Row> rows;
        String text;
        if (txt) {
            rows = spark.read().option("encoding", "UTF-8").text(input);
            text = "value";
        } else {
            rows = LabeledData.readRaw(spark, input, LabeledData.formatOf(input, format));
            text = textColumn;
        }
        if (idColumn != null && !Arrays.asList(rows.columns()).contains(idColumn)) {
            throw new IllegalArgumentException(input + " has no column '" + idColumn + "'");
        }
        Dataset<Row> withText = rows.withColumn(text, col(text).cast("string"));
        Dataset<Row> scored = ToxicityModel.load(model).transform(withText.na().fill("", new String[] {text}), text);
        Dataset<Row> selected = idColumn == null ? scored.select(col(ToxicityModel.SCORE_COLUMN), col(text))
                : scored.select(col(ToxicityModel.SCORE_COLUMN), col(text), col(idColumn).cast("string"));
        ObjectMapper json = new ObjectMapper();
        long n = 0;
        Iterator<Row> it = selected.toLocalIterator();
        while (it.hasNext()) {
            Row r = it.next();
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("row", n++);
            if (idColumn != null) {
                line.put("id", r.getString(2));
            }
            line.put(ToxicityModel.SCORE_COLUMN, r.getDouble(0));
            line.put("text", r.getString(1));
            try {
                out.println(json.writeValueAsString(line));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("cannot write a JSON line", e);
            }
        }
        return n;
    }
}
