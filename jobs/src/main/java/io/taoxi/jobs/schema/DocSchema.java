package io.taoxi.jobs.schema;

import io.taoxi.jobs.ingest.IngestRow;
import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Record: the Spark schema of documents between stages (docs/schema.md is its contract) and of the
 * outcome rows a stage hands to {@link io.taoxi.jobs.stage.StageRunner}.
 */
public final class DocSchema {
    private DocSchema() {
    }

    public static final String ID = "id";
    public static final String SOURCE = "source";
    public static final String SOURCE_FILE = "source_file";
    public static final String SOURCE_OFFSET = "source_offset";
    public static final String SOURCE_INNER_OFFSET = "source_inner_offset";
    public static final String URL = "url";
    public static final String FETCH_TIME = "fetch_time";
    public static final String CONTENT_TYPE = "content_type";
    public static final String HTTP_STATUS = "http_status";
    public static final String CHARSET = "charset";
    public static final String CHARSET_SOURCE = "charset_source";
    public static final String MOJIBAKE_RATIO = "mojibake_ratio";
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String TEXT_CHARS = "text_chars";
    public static final String LANG = "lang";
    public static final String RECORD_BYTES = "record_bytes";

    /** Source-specific columns (null where a source has none): see {@link io.taoxi.jobs.ingest.SourceExtras}. */
    public static final String TAGS = "tags";
    public static final String SCORE = "score";
    public static final String POSTS = "posts";
    public static final String AUTHOR = "author";
    public static final String CREATED_TIME = "created_time";
    public static final String PAGE_COUNT = "page_count";
    public static final String LANG_HINT = "lang_hint";
    public static final String CODE_LANGUAGE = "code_language";
    public static final String LICENSE_SPDX = "license_spdx";
    public static final String COMMENT_LINE_FRAC = "comment_line_frac";
    public static final String CJK_COMMENT_FRAC = "cjk_comment_frac";
    public static final String SECRET_HINTS = "secret_hints";
    /** The source's own id of the record (any source; null when it has none). */
    public static final String EXTERNAL_ID = "external_id";

    /** Outcome columns: present in the outcome rows; {@code reason} also in dropped/ and quarantine/. */
    public static final String OUTCOME = "outcome";
    public static final String REASON = "reason";
    public static final String ERROR_CLASS = "error_class";
    public static final String ERROR_MESSAGE = "error_message";
    /** Source-summary columns: only on {@code _source} rows, written to sources/. */
    public static final String RECORDS_FOUND = "records_found";
    public static final String READ_MILLIS = "read_millis";

    /** The document columns written by ingest, in order. */
    public static final StructType DOCUMENT = new StructType(new StructField[] {
        DataTypes.createStructField(ID, DataTypes.StringType, true),
        DataTypes.createStructField(SOURCE, DataTypes.StringType, false),
        DataTypes.createStructField(SOURCE_FILE, DataTypes.StringType, false),
        DataTypes.createStructField(SOURCE_OFFSET, DataTypes.LongType, false),
        DataTypes.createStructField(SOURCE_INNER_OFFSET, DataTypes.LongType, false),
        DataTypes.createStructField(URL, DataTypes.StringType, true),
        DataTypes.createStructField(FETCH_TIME, DataTypes.TimestampType, true),
        DataTypes.createStructField(CONTENT_TYPE, DataTypes.StringType, true),
        DataTypes.createStructField(HTTP_STATUS, DataTypes.IntegerType, true),
        DataTypes.createStructField(CHARSET, DataTypes.StringType, true),
        DataTypes.createStructField(CHARSET_SOURCE, DataTypes.StringType, true),
        DataTypes.createStructField(MOJIBAKE_RATIO, DataTypes.DoubleType, true),
        DataTypes.createStructField(TITLE, DataTypes.StringType, true),
        DataTypes.createStructField(TEXT, DataTypes.StringType, true),
        DataTypes.createStructField(TEXT_CHARS, DataTypes.IntegerType, false),
        DataTypes.createStructField(LANG, DataTypes.StringType, false),
        DataTypes.createStructField(RECORD_BYTES, DataTypes.LongType, false),
        DataTypes.createStructField(TAGS, DataTypes.createArrayType(DataTypes.StringType, false), true),
        DataTypes.createStructField(SCORE, DataTypes.LongType, true),
        DataTypes.createStructField(POSTS, DataTypes.IntegerType, true),
        DataTypes.createStructField(AUTHOR, DataTypes.StringType, true),
        DataTypes.createStructField(CREATED_TIME, DataTypes.TimestampType, true),
        DataTypes.createStructField(PAGE_COUNT, DataTypes.IntegerType, true),
        DataTypes.createStructField(LANG_HINT, DataTypes.StringType, true),
        DataTypes.createStructField(CODE_LANGUAGE, DataTypes.StringType, true),
        DataTypes.createStructField(LICENSE_SPDX, DataTypes.StringType, true),
        DataTypes.createStructField(COMMENT_LINE_FRAC, DataTypes.DoubleType, true),
        DataTypes.createStructField(CJK_COMMENT_FRAC, DataTypes.DoubleType, true),
        DataTypes.createStructField(SECRET_HINTS, DataTypes.IntegerType, true),
        DataTypes.createStructField(EXTERNAL_ID, DataTypes.StringType, true),
    });

    /** Outcome rows of a raw-input stage: document columns, then outcome, error and source-summary columns. */
    public static final StructType INGEST_OUTCOME = DOCUMENT
            .add(OUTCOME, DataTypes.StringType, false)
            .add(REASON, DataTypes.StringType, true)
            .add(ERROR_CLASS, DataTypes.StringType, true)
            .add(ERROR_MESSAGE, DataTypes.StringType, true)
            .add(RECORDS_FOUND, DataTypes.LongType, true)
            .add(READ_MILLIS, DataTypes.LongType, true);

    /** Columns that exist only in outcome rows and never in kept/. */
    public static final List<String> OUTCOME_ONLY = List.of(OUTCOME, REASON, ERROR_CLASS, ERROR_MESSAGE,
            RECORDS_FOUND, READ_MILLIS);

    public static Row toRow(IngestRow r) {
        io.taoxi.jobs.ingest.SourceExtras x = r.extras();
        return RowFactory.create(
                r.id(),
                r.source(),
                r.sourceFile(),
                r.sourceOffset(),
                r.sourceInnerOffset(),
                r.url(),
                r.fetchTime() == null ? null : Timestamp.from(r.fetchTime()),
                r.contentType(),
                r.httpStatus(),
                r.charset(),
                r.charsetSource(),
                r.mojibakeRatio(),
                r.title(),
                r.text(),
                r.textChars(),
                "",
                r.recordBytes(),
                x == null || x.tags() == null ? null : scala.jdk.javaapi.CollectionConverters.asScala(x.tags()).toSeq(),
                x == null ? null : x.score(),
                x == null ? null : x.posts(),
                x == null ? null : x.author(),
                x == null || x.createdTime() == null ? null : Timestamp.from(x.createdTime()),
                x == null ? null : x.pageCount(),
                x == null ? null : x.langHint(),
                x == null ? null : x.codeLanguage(),
                x == null ? null : x.licenseSpdx(),
                x == null ? null : x.commentLineFrac(),
                x == null ? null : x.cjkCommentFrac(),
                x == null ? null : x.secretHints(),
                x == null ? null : x.externalId(),
                r.outcome().label(),
                r.reason(),
                r.errorClass(),
                r.errorMessage(),
                r.recordsFound(),
                r.readMillis());
    }
}
