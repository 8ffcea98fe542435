package io.taoxi.jobs.ingest.doc;

import io.taoxi.jobs.config.ConfigException;
import java.io.Serializable;

/**
 * Record: the limits of the {@code tika} reader, validated in the compact constructor. Every limit bounds
 * what one hostile document can cost a Spark task; docs/ingest-docs.md explains each default.
 *
 * @param maxDocumentBytes bytes of one document (a file or an archive member) that are read; above it the
 *     document is dropped ({@code doc_too_large}) without buffering the rest
 * @param maxOutputChars characters of extracted text; above it the document is dropped
 *     ({@code doc_text_too_long}) with the text up to the limit kept in the dropped row for review
 * @param parseTimeoutMillis wall time one parse may take ({@code doc_parse_timeout})
 * @param abandonGraceMillis after a timeout, how long the interrupted parse thread may take to stop before it
 *     is abandoned (a fresh thread takes over)
 * @param maxArchiveEntries entries of one archive file, nested archives included
 * @param maxArchiveBytes uncompressed bytes of one archive file, nested archives included
 * @param maxArchiveDepth nesting of archives: 1 reads the members of a top-level archive but not the
 *     members of an archive inside it ({@code doc_archive_too_deep})
 * @param maxCompressionRatio uncompressed / compressed bytes of one member above which it is a zip bomb,
 *     checked once {@code minBombCheckBytes} are out
 * @param minBombCheckBytes uncompressed bytes of a member before the ratio is checked
 * @param maxEmbeddedDepth nesting of embedded documents inside one document (an xlsx inside a docx)
 * @param maxEmbeddedResources embedded documents parsed inside one document
 * @param pdfMaxMainMemoryBytes PDFBox's buffer for one PDF
 */
public record DocReaderOptions(long maxDocumentBytes, int maxOutputChars, long parseTimeoutMillis,
        long abandonGraceMillis, int maxArchiveEntries, long maxArchiveBytes, int maxArchiveDepth,
        double maxCompressionRatio, long minBombCheckBytes, int maxEmbeddedDepth, int maxEmbeddedResources,
        long pdfMaxMainMemoryBytes) implements Serializable {

    public DocReaderOptions {
        check("max_document_bytes", maxDocumentBytes, 1024, 1L << 31);
        check("max_output_chars", maxOutputChars, 1000, Integer.MAX_VALUE - 16);
        check("parse_timeout_millis", parseTimeoutMillis, 10, 3_600_000);
        check("abandon_grace_millis", abandonGraceMillis, 0, 60_000);
        check("max_archive_entries", maxArchiveEntries, 1, 10_000_000);
        check("max_archive_bytes", maxArchiveBytes, 1024, 1L << 40);
        check("max_archive_depth", maxArchiveDepth, 1, 8);
        if (!(maxCompressionRatio >= 2 && maxCompressionRatio <= 100_000)) {
            throw ConfigException.outOfRange("ingest.doc.max_compression_ratio", maxCompressionRatio,
                    "must be in [2, 100000]");
        }
        check("min_bomb_check_bytes", minBombCheckBytes, 1024, 1L << 32);
        check("max_embedded_depth", maxEmbeddedDepth, 0, 20);
        check("max_embedded_resources", maxEmbeddedResources, 0, 100_000);
        check("pdf_max_main_memory_bytes", pdfMaxMainMemoryBytes, 1L << 20, 1L << 34);
    }

    /**
     * The defaults: 64 MiB per document (a book-length PDF with images is ~20 MB), 8 M characters of text
     * (about eight novels; longer outputs are dumps, not prose), 60 s per parse (PDFBox does ~1 page/ms
     * on text PDFs), 4 GiB and 100,000 entries per archive, archives in archives one level deep, a
     * compression ratio of 100 (Tika's own SecureContentHandler limit; deflate peaks at ~1,030, text sits
     * at 3–10) checked after 1 MiB, embedded documents 3 deep and 200 per document, 512 MiB for PDFBox.
     */
    public static DocReaderOptions defaults() {
        return new DocReaderOptions(64L << 20, 8_000_000, 60_000, 2_000, 100_000, 4L << 30, 2, 100.0, 1L << 20,
                3, 200, 512L << 20);
    }

    public DocReaderOptions withParseTimeoutMillis(long millis) {
        return new DocReaderOptions(maxDocumentBytes, maxOutputChars, millis, abandonGraceMillis, maxArchiveEntries,
                maxArchiveBytes, maxArchiveDepth, maxCompressionRatio, minBombCheckBytes, maxEmbeddedDepth,
                maxEmbeddedResources, pdfMaxMainMemoryBytes);
    }

    public DocReaderOptions withMaxDocumentBytes(long bytes) {
        return new DocReaderOptions(bytes, maxOutputChars, parseTimeoutMillis, abandonGraceMillis, maxArchiveEntries,
                maxArchiveBytes, maxArchiveDepth, maxCompressionRatio, minBombCheckBytes, maxEmbeddedDepth,
                maxEmbeddedResources, pdfMaxMainMemoryBytes);
    }

    public DocReaderOptions withMaxOutputChars(int chars) {
        return new DocReaderOptions(maxDocumentBytes, chars, parseTimeoutMillis, abandonGraceMillis, maxArchiveEntries,
                maxArchiveBytes, maxArchiveDepth, maxCompressionRatio, minBombCheckBytes, maxEmbeddedDepth,
                maxEmbeddedResources, pdfMaxMainMemoryBytes);
    }

    private static void check(String key, long value, long min, long max) {
        if (value < min || value > max) {
            throw ConfigException.outOfRange("ingest.doc." + key, value, "must be in [" + min + ", " + max + "]");
        }
    }
}
