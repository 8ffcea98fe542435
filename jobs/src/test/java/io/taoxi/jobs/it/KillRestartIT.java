package io.taoxi.jobs.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: kill -9 during taoxi ingest and start again: same ids, no duplicates. Runs
 * {@code bench/kill-restart.sh} (about 2.5 minutes on 2 cores: a reference run, three killed runs, one
 * restart to the end). Named *IT so that surefire's default includes leave it to failsafe.
 */
@Tag("slow")
class KillRestartIT {
    @Test
    void restartAfterKillGivesTheSameDocuments() throws Exception {
        BenchScript.runAndExpectPass("kill-restart.sh", 15);
    }
}
