package io.taoxi.jobs.toxicity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taoxi.filters.toxicity.ToxicityFeatures;
import io.taoxi.jobs.report.ParquetRows;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.ml.feature.HashingTF;

/**
 * Infrastructure + operator maths: a model folder written by {@code taoxi train-toxicity} ({@link ToxicityModel})
 * read from local files without a SparkSession, and scored one text at a time. Used on executors by the
 * filter stage (one load per partition) and on the driver to check {@code filter.toxicity.model} before Spark
 * starts.
 *
 * <p>What is read: {@code features.json} (feature config, name {@value ToxicityModel#NAME}); the MLlib
 * pipeline's three stages in order: HashingTF ({@code metadata/part-*}: numFeatures, binary), IDFModel
 * ({@code data/*.parquet}: the idf vector) and LogisticRegressionModel ({@code data/*.parquet}: binomial
 * coefficients and intercept). Scoring repeats MLlib's transform: the same {@link ToxicityFeatures} strings,
 * hashed by Spark's own {@link HashingTF#indexOf} (MurmurHash3, seed 42), term counts × idf, then
 * {@code 1 / (1 + exp(-(w·x + b)))}. Parity with {@link ToxicityModel#transform} is tested (|Δ| ≤ 1e-9).
 *
 * <p>Known weaknesses: the folder must be local (or on a file system mounted at the same path on every
 * executor); a multinomial model (more than two classes) is refused; the weights are held as two dense
 * arrays of numFeatures doubles (4 MiB at the default 2^18).
 */
public final class ToxicityModelScorer {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final String HASHING_TF = "org.apache.spark.ml.feature.HashingTF";
    private static final String IDF = "org.apache.spark.ml.feature.IDFModel";
    private static final String LOGISTIC = "org.apache.spark.ml.classification.LogisticRegressionModel";

    private final ToxicityModel.Settings settings;
    private final ToxicityFeatures.Config features;
    private final HashingTF hashing;
    private final boolean binary;
    private final double[] idf;
    private final double[] coefficients;
    private final double intercept;

    private ToxicityModelScorer(ToxicityModel.Settings settings, HashingTF hashing, boolean binary, double[] idf,
            double[] coefficients, double intercept) {
        this.settings = settings;
        this.features = settings.features();
        this.hashing = hashing;
        this.binary = binary;
        this.idf = idf;
        this.coefficients = coefficients;
        this.intercept = intercept;
    }

    /** Thrown when a folder is not a readable {@value ToxicityModel#NAME} model; the message says what is wrong. */
    public static final class BadModelException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadModelException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public ToxicityModel.Settings settings() {
        return settings;
    }

    /** Loads a model folder; throws {@link BadModelException} naming the file and what is wrong. */
    public static ToxicityModelScorer load(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new BadModelException("no such folder " + directory + " (a model folder written by taoxi train-toxicity)", null);
        }
        Path current = directory.resolve("features.json");
        try {
            if (!Files.isRegularFile(current)) {
                throw new BadModelException("no features.json in " + directory
                        + " (not a model folder written by taoxi train-toxicity)", null);
            }
            ToxicityModel.Settings settings = JSON.readValue(current.toFile(), ToxicityModel.Settings.class);
            if (!ToxicityModel.NAME.equals(settings.name())) {
                throw new BadModelException(current + " names model '" + settings.name() + "', expected "
                        + ToxicityModel.NAME, null);
            }
            List<Path> stages = stageFolders(directory.resolve("pipeline"));
            List<String> classes = new ArrayList<>();
            List<JsonNode> metadata = new ArrayList<>();
            for (Path stage : stages) {
                current = partFile(stage.resolve("metadata"));
                JsonNode meta = JSON.readTree(firstLine(current));
                metadata.add(meta);
                classes.add(meta.path("class").asText());
            }
            if (!classes.equals(List.of(HASHING_TF, IDF, LOGISTIC))) {
                throw new BadModelException(directory.resolve("pipeline") + ": expected the stages HashingTF, IDFModel, "
                        + "LogisticRegressionModel, found " + classes, null);
            }
            int numFeatures = param(metadata.get(0), "numFeatures").asInt();
            boolean binary = param(metadata.get(0), "binary").asBoolean(false);
            if (numFeatures != settings.numFeatures()) {
                throw new BadModelException(directory + ": HashingTF has " + numFeatures + " features, features.json says "
                        + settings.numFeatures(), null);
            }
            current = stages.get(1).resolve("data");
            Map<String, Object> idfRow = singleRow(current);
            double[] idf = vector(idfRow.get("idf"), numFeatures, current);
            current = stages.get(2).resolve("data");
            Map<String, Object> lr = singleRow(current);
            if (Boolean.TRUE.equals(lr.get("isMultinomial")) || ((Number) lr.get("numClasses")).intValue() != 2) {
                throw new BadModelException(current + ": a multinomial model (" + lr.get("numClasses")
                        + " classes); only binary toxic/clean models are supported", null);
            }
            double[] intercepts = vector(lr.get("interceptVector"), 1, current);
            double[] coefficients = singleRowMatrix(lr.get("coefficientMatrix"), numFeatures, current);
            HashingTF hashing = new HashingTF().setNumFeatures(numFeatures).setBinary(binary);
            return new ToxicityModelScorer(settings, hashing, binary, idf, coefficients, intercepts[0]);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadModelException bad) {
                throw bad;
            }
            throw new BadModelException("cannot read " + current + ": " + e, e);
        }
    }

    /** The probability that {@code text} is toxic (MLlib's probability of class 1). Null text scores as "". */
    public double score(String text) {
        List<String> terms = ToxicityFeatures.extract(text == null ? "" : text, features);
        Map<Integer, Double> counts = new LinkedHashMap<>();
        for (String term : terms) {
            int index = hashing.indexOf(term);
            counts.merge(index, 1.0, binary ? (a, b) -> 1.0 : Double::sum);
        }
        int[] indices = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        double margin = 0;
        for (int index : indices) {
            margin += counts.get(index) * idf[index] * coefficients[index];
        }
        margin += intercept;
        return 1.0 / (1.0 + Math.exp(-margin));
    }

    /**
     * SHA-256 over the relative paths and bytes of every file of a model folder ({@code .crc} files aside):
     * the stage fingerprint changes when a model is retrained into the same folder.
     */
    public static String fingerprint(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".crc")).sorted().toList();
            for (Path file : files) {
                digest.update(directory.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new BadModelException("cannot read " + directory + ": " + e, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> stageFolders(Path pipeline) throws IOException {
        Path stages = pipeline.resolve("stages");
        if (!Files.isDirectory(stages)) {
            throw new BadModelException("no MLlib pipeline at " + stages, null);
        }
        try (Stream<Path> list = Files.list(stages)) {
            // Spark names them <index>_<uid>: order by the index
            return list.filter(Files::isDirectory).sorted((a, b) -> Integer.compare(index(a), index(b))).toList();
        }
    }

    private static int index(Path stage) {
        String name = stage.getFileName().toString();
        int cut = name.indexOf('_');
        try {
            return Integer.parseInt(cut < 0 ? name : name.substring(0, cut));
        } catch (NumberFormatException e) {
            throw new BadModelException("unexpected pipeline stage folder " + stage, e);
        }
    }

    /** The text part file of a metadata folder ({@code part-00000}, or {@code part-00000-<uuid>-c000.txt}). */
    private static Path partFile(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new BadModelException("no metadata folder " + folder, null);
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().startsWith("part-"))
                    .filter(p -> !p.getFileName().toString().endsWith(".crc")).sorted().findFirst()
                    .orElseThrow(() -> new BadModelException("no part file in " + folder, null));
        }
    }

    private static String firstLine(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            if (line == null) {
                throw new BadModelException(file + " is empty", null);
            }
            return line;
        }
    }

    private static JsonNode param(JsonNode metadata, String name) {
        JsonNode value = metadata.path("paramMap").get(name);
        if (value == null) {
            value = metadata.path("defaultParamMap").get(name);
        }
        if (value == null) {
            throw new BadModelException("stage " + metadata.path("uid").asText() + " has no parameter " + name, null);
        }
        return value;
    }

    private static Map<String, Object> singleRow(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new BadModelException("no data folder " + folder, null);
        }
        try (ParquetRows rows = ParquetRows.open(folder)) {
            if (!rows.hasNext()) {
                throw new BadModelException(folder + " holds no row", null);
            }
            return rows.next();
        }
    }

    /** An MLlib vector as stored by its UDT: {type 0 sparse | 1 dense, size, indices, values}. */
    private static double[] vector(Object value, int expectedSize, Path where) {
        if (!(value instanceof Map<?, ?> v)) {
            throw new BadModelException(where + ": expected a vector, found " + describe(value), null);
        }
        int type = ((Number) v.get("type")).intValue();
        List<?> values = (List<?>) v.get("values");
        double[] out;
        if (type == 1) {
            out = new double[values.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = ((Number) values.get(i)).doubleValue();
            }
        } else {
            out = new double[((Number) v.get("size")).intValue()];
            List<?> indices = (List<?>) v.get("indices");
            for (int k = 0; k < indices.size(); k++) {
                out[((Number) indices.get(k)).intValue()] = ((Number) values.get(k)).doubleValue();
            }
        }
        if (out.length != expectedSize) {
            throw new BadModelException(where + ": vector of size " + out.length + ", expected " + expectedSize, null);
        }
        return out;
    }

    /**
     * Row 0 of an MLlib matrix as stored by its UDT: {type 0 sparse | 1 dense, numRows, numCols, colPtrs,
     * rowIndices, values, isTransposed}. Dense values are column-major (row-major when transposed); sparse
     * is CSC (CSR when transposed).
     */
    private static double[] singleRowMatrix(Object value, int expectedCols, Path where) {
        if (!(value instanceof Map<?, ?> m)) {
            throw new BadModelException(where + ": expected a matrix, found " + describe(value), null);
        }
        int type = ((Number) m.get("type")).intValue();
        int rows = ((Number) m.get("numRows")).intValue();
        int cols = ((Number) m.get("numCols")).intValue();
        boolean transposed = Boolean.TRUE.equals(m.get("isTransposed"));
        if (rows != 1 || cols != expectedCols) {
            throw new BadModelException(where + ": coefficient matrix " + rows + "×" + cols + ", expected 1×" + expectedCols, null);
        }
        List<?> values = (List<?>) m.get("values");
        double[] out = new double[cols];
        if (type == 1) {
            for (int j = 0; j < cols; j++) {
                out[j] = ((Number) values.get(j)).doubleValue(); // one row: the same index either way
            }
            return out;
        }
        List<?> pointers = (List<?>) m.get("colPtrs");
        List<?> indices = (List<?>) m.get("rowIndices");
        if (transposed) { // CSR: pointers over rows, indices are columns
            int from = ((Number) pointers.get(0)).intValue();
            int to = ((Number) pointers.get(1)).intValue();
            for (int k = from; k < to; k++) {
                out[((Number) indices.get(k)).intValue()] = ((Number) values.get(k)).doubleValue();
            }
        } else { // CSC: pointers over columns, every entry is in row 0
            for (int j = 0; j < cols; j++) {
                for (int k = ((Number) pointers.get(j)).intValue(); k < ((Number) pointers.get(j + 1)).intValue(); k++) {
                    out[j] = ((Number) values.get(k)).doubleValue();
                }
            }
        }
        return out;
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return ToxicityModel.NAME + "[" + settings.numFeatures() + " features, " + Arrays.toString(new int[] {
                features.minCharN(), features.maxCharN()}) + "-grams]";
    }
}
