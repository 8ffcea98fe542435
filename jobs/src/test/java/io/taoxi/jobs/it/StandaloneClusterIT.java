package io.taoxi.jobs.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: a real Spark standalone master and two workers on localhost (classes from spark-core), taoxi
 * ingest submitted with spark-submit arguments and the cluster jar, the same output as local mode. Runs
 * {@code bench/standalone-cluster.sh} (about 1 minute on 2 cores; see docs/cluster.md). Named *IT so that
 * surefire's default includes leave it to failsafe.
 */
@Tag("cluster")
class StandaloneClusterIT {
    @Test
    void clusterIngestEqualsLocalIngest() throws Exception {
        BenchScript.runAndExpectPass("standalone-cluster.sh", 10);
    }
}
