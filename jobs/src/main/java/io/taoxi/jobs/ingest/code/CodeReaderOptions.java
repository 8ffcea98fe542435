package io.taoxi.jobs.ingest.code;

import io.taoxi.filters.code.CodeFiles;
import io.taoxi.jobs.config.ConfigException;
import java.io.Serializable;

/**
 * Record: the limits of the {@code code} reader. {@code files} are the per-file thresholds (filters'
 * {@link CodeFiles.Spec}); the archive limits guard repositories that arrive as zip / tar.gz.
 */
public record CodeReaderOptions(CodeFiles.Spec files, double maxCompressionRatio, long minBombCheckBytes,
        long maxLicenseBytes) implements Serializable {

    public CodeReaderOptions {
        if (files == null) {
            throw new ConfigException("ingest.code.files: missing");
        }
        if (!(maxCompressionRatio >= 2 && maxCompressionRatio <= 100_000)) {
            throw ConfigException.outOfRange("ingest.code.max_compression_ratio", maxCompressionRatio,
                    "must be in [2, 100000]");
        }
        if (minBombCheckBytes < 1024) {
            throw ConfigException.outOfRange("ingest.code.min_bomb_check_bytes", minBombCheckBytes, "must be >= 1024");
        }
        if (maxLicenseBytes < 1024 || maxLicenseBytes > 16L << 20) {
            throw ConfigException.outOfRange("ingest.code.max_license_bytes", maxLicenseBytes,
                    "must be in [1024, 16777216]");
        }
    }

    /** Filters' defaults; a compression ratio of 100 checked after 1 MiB (as for documents); 256 KiB licences. */
    public static CodeReaderOptions defaults() {
        return new CodeReaderOptions(CodeFiles.Spec.defaults(), 100.0, 1L << 20, 256L << 10);
    }
}
