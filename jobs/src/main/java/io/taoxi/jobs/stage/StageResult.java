package io.taoxi.jobs.stage;

import com.fasterxml.jackson.databind.JsonNode;

/** Record: what a stage run produced: the published folder, its manifest, and whether it was skipped. */
public record StageResult(String stage, String output, JsonNode manifest, boolean skipped) {
    public long count(String outcome) {
        return manifest.path("counts").path(outcome).path("docs").asLong();
    }

    public long bytes(String outcome) {
        return manifest.path("counts").path(outcome).path("bytes").asLong();
    }
}
