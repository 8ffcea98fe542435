package io.taoxi.jobs.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
  * The report's read-only view of one stage's {@code manifest.json} (format: {@code docs/stages.md}).
  *
  * <p>Unknown fields are ignored, because later stages add fields; missing counts read as zero and
  * missing maps as empty, so an older or partial manifest still renders. Timestamps stay strings here
  * and are parsed by {@link #startedAt()} / {@link #finishedAt()}, which return {@code null} for a value
  * that is absent or not ISO-8601.
  */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ManifestView(
        String stage,
        @JsonProperty("config_hash") String configHash,
        JsonNode config,
        @JsonProperty("git_commit") String gitCommit,
        @JsonProperty("taoxi_version") String taoxiVersion,
        @JsonProperty("spark_version") String sparkVersion,
        @JsonProperty("spark_master") String sparkMaster,
        List<String> inputs,
        @JsonProperty("started_at") String startedAtText,
        @JsonProperty("finished_at") String finishedAtText,
        @JsonProperty("timings_ms") Map<String, Long> timingsMs,
        Counts counts,
        @JsonProperty("invariant_holds") Boolean invariantHolds,
        @JsonProperty("by_reason") Map<String, ReasonCount> byReason,
        @JsonProperty("by_source") Map<String, OutcomeCounts> bySource,
        @JsonProperty("by_language") Map<String, OutcomeCounts> byLanguage) {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public ManifestView {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        timingsMs = timingsMs == null ? Map.of() : copyWithoutNulls(timingsMs);
        counts = counts == null ? new Counts(null, null, null, null) : counts;
        byReason = byReason == null ? Map.of() : copyWithoutNulls(byReason);
        bySource = bySource == null ? Map.of() : copyWithoutNulls(bySource);
        byLanguage = byLanguage == null ? Map.of() : copyWithoutNulls(byLanguage);
    }

    /** Reads one manifest; a file that is not a JSON object of this shape fails with its path and position. */
    public static ManifestView read(Path manifest) throws IOException {
        try {
            return MAPPER.readValue(Files.readAllBytes(manifest), ManifestView.class);
        } catch (JacksonException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ReportException(
                    "cannot read manifest " + manifest + where + ": " + e.getOriginalMessage().replace('\n', ' '), e);
        }
    }

    public Instant startedAt() {
        return parseInstant(startedAtText);
    }

    public Instant finishedAt() {
        return parseInstant(finishedAtText);
    }

    /** {@code in = kept + dropped + quarantined} in documents, recomputed from the counts. */
    public boolean invariantRecomputed() {
        return counts.in().docs() == counts.kept().docs() + counts.dropped().docs() + counts.quarantined().docs();
    }

    private static Instant parseInstant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <V> Map<String, V> copyWithoutNulls(Map<String, V> map) {
        Map<String, V> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (key != null && value != null) {
                copy.put(key, value);
            }
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** Documents and bytes of one outcome; {@code textChars} and {@code tokens} only where the stage reports them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Count(long docs, long bytes, @JsonProperty("text_chars") Long textChars, Long tokens) {
        static final Count ZERO = new Count(0, 0, null, null);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Counts(Count in, Count kept, Count dropped, Count quarantined) {
        public Counts {
            in = in == null ? Count.ZERO : in;
            kept = kept == null ? Count.ZERO : kept;
            dropped = dropped == null ? Count.ZERO : dropped;
            quarantined = quarantined == null ? Count.ZERO : quarantined;
        }
    }

    /** One {@code by_reason} entry: {@code outcome} is {@code dropped} or {@code quarantined}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReasonCount(String outcome, long docs, long bytes, Long tokens) {
        public ReasonCount {
            outcome = outcome == null ? "" : outcome;
        }

        /** The same count with the text tokens of its documents (from the pipeline's token count). */
        ReasonCount withTokens(Long counted) {
            return new ReasonCount(outcome, docs, bytes, counted);
        }
    }

    /** One {@code by_source} or {@code by_language} entry. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OutcomeCounts(long kept, long dropped, long quarantined,
                                                            @JsonProperty("kept_bytes") long keptBytes) {
        public long total() {
            return kept + dropped + quarantined;
        }
    }
}
