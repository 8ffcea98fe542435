package io.taoxi.jobs.filter;

import com.fasterxml.jackson.databind.JsonNode;
import io.taoxi.filters.core.Doc;
import io.taoxi.filters.core.SignalColumn;
import io.taoxi.filters.core.SignalOperator;
import io.taoxi.filters.core.Verdict;
import io.taoxi.jobs.schema.DocSchema;
import io.taoxi.jobs.stage.ParquetInputStage;
import io.taoxi.jobs.stage.StageProgress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * Stage: {@code taoxi filter}. For every kept document of the previous stage, runs the signal operators
 * in order (each sees the signals of those before it; language ID sets {@code lang}), applies the text
 * transforms (PII redaction), then the judges (thresholds from conf/): the first drop names the reason.
 * Signal columns are written for kept and dropped documents alike, so thresholds can be changed and
 * re-applied without recomputing them.
 */
public class FilterStage extends ParquetInputStage {
    /** The column an operator may write to set the document's language. */
    public static final String LANG_COLUMN = "lang";

    private final String stageName;
    private final JsonNode config;
    private final List<OperatorFactory> operators;
    private final List<SignalColumn[]> columns;
    private final List<TextTransform> transforms;
    private final List<DocJudge> judges;

    /**
     * @param operators factories, with the columns each operator writes (known on the driver so the schema is
     *     fixed before any task runs)
     */
    public FilterStage(String stageName, String input, JsonNode config, List<OperatorFactory> operators,
            List<TextTransform> transforms, List<DocJudge> judges) {
        super(input);
        this.stageName = stageName;
        this.config = config;
        this.operators = List.copyOf(operators);
        this.columns = new ArrayList<>();
        for (OperatorFactory f : operators) {
            this.columns.add(f.create().columns().toArray(new SignalColumn[0]));
        }
        this.transforms = List.copyOf(transforms);
        this.judges = List.copyOf(judges);
    }

    @Override
    public String name() {
        return stageName;
    }

    @Override
    public JsonNode config() {
        return config;
    }

    static DataType sparkType(SignalColumn.Type type) {
        return switch (type) {
            case DOUBLE -> DataTypes.DoubleType;
            case LONG -> DataTypes.LongType;
            case INT -> DataTypes.IntegerType;
            case BOOLEAN -> DataTypes.BooleanType;
            case STRING -> DataTypes.StringType;
        };
    }

    @Override
    public Dataset<Row> outcomes(SparkSession spark, StageProgress progress) {
        Dataset<Row> input = readKept(spark);
        StructType inSchema = input.schema();
        List<String> inNames = Arrays.asList(inSchema.fieldNames());
        // Output schema: input columns (signals of this stage replace same-named ones), new signals, outcome.
        List<StructField> fields = new ArrayList<>(Arrays.asList(inSchema.fields()));
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            position.put(fields.get(i).name(), i);
        }
        List<int[]> slots = new ArrayList<>();
        for (SignalColumn[] cols : columns) {
            int[] s = new int[cols.length];
            for (int j = 0; j < cols.length; j++) {
                SignalColumn c = cols[j];
                StructField field = DataTypes.createStructField(c.name(), sparkType(c.type()), true);
                Integer existing = position.get(c.name());
                if (existing != null) {
                    fields.set(existing, field);
                    s[j] = existing;
                } else {
                    position.put(c.name(), fields.size());
                    s[j] = fields.size();
                    fields.add(field);
                }
            }
            slots.add(s);
        }
        int signalWidth = fields.size();
        fields.add(DataTypes.createStructField(DocSchema.OUTCOME, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(DocSchema.REASON, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(DocSchema.ERROR_CLASS, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(DocSchema.ERROR_MESSAGE, DataTypes.StringType, true));
        StructType outSchema = new StructType(fields.toArray(new StructField[0]));

        int textAt = inNames.indexOf(DocSchema.TEXT);
        int idAt = inNames.indexOf(DocSchema.ID);
        int sourceAt = inNames.indexOf(DocSchema.SOURCE);
        int langAt = inNames.indexOf(DocSchema.LANG);
        int ctAt = inNames.indexOf(DocSchema.CONTENT_TYPE);
        int bytesAt = position.get(DocSchema.RECORD_BYTES);
        int charsAt = position.getOrDefault(DocSchema.TEXT_CHARS, -1);
        List<String> names = Arrays.asList(outSchema.fieldNames());
        LongAccumulator records = progress.records();
        LongAccumulator bytes = progress.bytes();

        MapPartitionsFunction<Row, Row> fn = new Partition(operators, transforms, judges, slots, names.size(),
                signalWidth, textAt, idAt, sourceAt, langAt, ctAt, bytesAt, charsAt, records, bytes);
        return input.mapPartitions(fn, Encoders.row(outSchema));
    }

    /** The per-partition work; a static class so nothing of the driver-side stage travels with it. */
    private static final class Partition implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final List<OperatorFactory> ops;
        private final List<TextTransform> tx;
        private final List<DocJudge> js;
        private final List<int[]> slots;
        private final int width;
        private final int signalWidth;
        private final int textAt;
        private final int idAt;
        private final int sourceAt;
        private final int langAt;
        private final int ctAt;
        private final int bytesAt;
        private final int charsAt;
        private final LongAccumulator records;
        private final LongAccumulator bytes;

        Partition(List<OperatorFactory> ops, List<TextTransform> tx, List<DocJudge> js, List<int[]> slots, int width,
                int signalWidth, int textAt, int idAt, int sourceAt, int langAt, int ctAt, int bytesAt, int charsAt,
                LongAccumulator records, LongAccumulator bytes) {
            this.ops = ops;
            this.tx = tx;
            this.js = js;
            this.slots = slots;
            this.width = width;
            this.signalWidth = signalWidth;
            this.textAt = textAt;
            this.idAt = idAt;
            this.sourceAt = sourceAt;
            this.langAt = langAt;
            this.ctAt = ctAt;
            this.bytesAt = bytesAt;
            this.charsAt = charsAt;
            this.records = records;
            this.bytes = bytes;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            List<SignalOperator> built = new ArrayList<>();
            for (OperatorFactory f : ops) {
                built.add(f.create());
            }
            for (TextTransform t : tx) {
                t.open();
            }
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    return process(built, rows.next());
                }
            };
        }

        private Row process(List<SignalOperator> built, Row in) {
            Object[] out = new Object[width];
            for (int i = 0; i < in.size(); i++) {
                out[i] = in.get(i);
            }
            String text = in.isNullAt(textAt) ? "" : in.getString(textAt);
            String lang = langAt < 0 || in.isNullAt(langAt) ? "" : in.getString(langAt);
            Map<String, Object> signals = new HashMap<>();
            Doc doc = new Doc(in.getString(idAt), in.getString(sourceAt), lang,
                    ctAt < 0 || in.isNullAt(ctAt) ? null : in.getString(ctAt), text, signals);
            try {
                for (int k = 0; k < built.size(); k++) {
                    SignalOperator op = built.get(k);
                    Object[] values = op.compute(doc);
                    List<SignalColumn> cols = op.columns();
                    int[] at = slots.get(k);
                    for (int j = 0; j < values.length; j++) {
                        out[at[j]] = values[j];
                        signals.put(cols.get(j).name(), values[j]);
                    }
                    Object newLang = signals.get(LANG_COLUMN);
                    doc = new Doc(doc.id(), doc.source(), newLang instanceof String s ? s : doc.lang(),
                            doc.contentType(), text, signals);
                }
                if (langAt >= 0) {
                    out[langAt] = doc.lang();
                }
                for (TextTransform t : tx) {
                    text = t.apply(doc);
                    doc = new Doc(doc.id(), doc.source(), doc.lang(), doc.contentType(), text, signals);
                }
                out[textAt] = text;
                if (charsAt >= 0) {
                    out[charsAt] = text.codePointCount(0, text.length());
                }
                String reason = null;
                for (DocJudge j : js) {
                    Verdict v = j.judge(doc);
                    if (v instanceof Verdict.Drop drop) {
                        reason = drop.reason();
                        break;
                    }
                }
                out[signalWidth] = reason == null ? "kept" : "dropped";
                out[signalWidth + 1] = reason;
            } catch (RuntimeException e) {
                out[signalWidth] = "quarantined";
                out[signalWidth + 1] = "operator_error";
                out[signalWidth + 2] = e.getClass().getName();
                StackTraceElement[] trace = e.getStackTrace();
                out[signalWidth + 3] = "document " + doc.id() + ": " + e.getMessage()
                        + (trace.length > 0 ? " (at " + trace[0] + ")" : "");
            }
            long b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            out[bytesAt] = b;
            records.add(1);
            bytes.add(b);
            return RowFactory.create(out);
        }
    }
}
