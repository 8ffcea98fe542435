package io.taoxi.jobs.dedup;

import io.taoxi.filters.dedup.NearDupGenerator;
import io.taoxi.jobs.schema.DocSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Builds input stage folders (kept/ + manifest.json) for the dedup tests. */
final class DedupFixtures {
    static final StructType SCHEMA = new StructType()
            .add(DocSchema.ID, DataTypes.StringType, false)
            .add(DocSchema.SOURCE, DataTypes.StringType, false)
            .add(DocSchema.URL, DataTypes.StringType, true)
            .add(DocSchema.FETCH_TIME, DataTypes.TimestampType, true)
            .add(DocSchema.TEXT, DataTypes.StringType, true)
            .add(DocSchema.TEXT_CHARS, DataTypes.IntegerType, false)
            .add(DocSchema.LANG, DataTypes.StringType, false)
            .add(DocSchema.RECORD_BYTES, DataTypes.LongType, false)
            .add("quality", DataTypes.DoubleType, true);

    private DedupFixtures() {
    }

    static Row doc(String id, String source, String url, long fetchSeconds, String text, String lang, Double quality) {
        return RowFactory.create(id, source, url, url == null ? null : new Timestamp(fetchSeconds * 1000), text,
                text.codePointCount(0, text.length()), lang, (long) text.length(), quality);
    }

    static List<Row> fromCorpus(List<NearDupGenerator.CorpusDoc> docs) {
        List<Row> rows = new ArrayList<>();
        for (NearDupGenerator.CorpusDoc d : docs) {
            rows.add(doc(d.id(), "web", null, 0, d.text(), d.lang(), null));
        }
        return rows;
    }

    static String writeInput(SparkSession spark, Path dir, List<Row> rows) throws IOException {
        Files.createDirectories(dir);
        spark.createDataFrame(rows, SCHEMA).coalesce(2).write().mode(SaveMode.Overwrite)
                .parquet(dir.resolve("kept").toString());
        Files.writeString(dir.resolve("manifest.json"),
                "{\"stage\":\"fixture\",\"config_hash\":\"" + rows.size() + "\",\"finished_at\":\"2026-12-01T00:00:00Z\"}");
        return dir.toString();
    }
}
