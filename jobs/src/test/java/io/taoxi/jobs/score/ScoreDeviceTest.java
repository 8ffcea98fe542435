package io.taoxi.jobs.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taoxi.jobs.config.ConfigException;
import io.taoxi.jobs.score.ScoreDevice.Placement;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.resource.ResourceInformation;
import org.apache.spark.resource.ResourceProfile;
import org.apache.spark.resource.TaskResourceRequest;
import org.junit.jupiter.api.Test;

/** score.device: placement per master and executor resources, the GPU task profile, the assigned GPU. */
class ScoreDeviceTest {
    private static SparkConf gpus(String amount) {
        SparkConf conf = new SparkConf(false);
        if (amount != null) {
            conf.set("spark.executor.resource.gpu.amount", amount);
        }
        return conf;
    }

    @Test
    void placementFollowsTheDeviceTheMasterAndTheExecutorsGpus() {
        String cluster = "spark://10.0.0.1:7077";
        assertEquals(Placement.CPU, ScoreDevice.plan("cpu", cluster, gpus("1")));
        assertEquals(Placement.CPU, ScoreDevice.plan("auto", "local[*]", gpus("1")));
        assertEquals(Placement.CPU, ScoreDevice.plan("auto", cluster, gpus(null)));
        assertEquals(Placement.CPU, ScoreDevice.plan("auto", cluster, gpus("0")));
        assertEquals(Placement.CUDA_SCHEDULED, ScoreDevice.plan("auto", cluster, gpus("1")));
        assertEquals(Placement.CUDA_SCHEDULED, ScoreDevice.plan("cuda", "yarn", gpus("2")));
        assertEquals(Placement.CUDA_LOCAL, ScoreDevice.plan("cuda", "local[2]", gpus(null)));
        assertEquals(Placement.CUDA_LOCAL, ScoreDevice.plan("cuda", "LOCAL", gpus(null)));
    }

    @Test
    void cudaOnAClusterWithoutExecutorGpusNamesBothKeys() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ScoreDevice.plan("cuda", "k8s://https://api:6443", gpus(null)));
        assertTrue(e.getMessage().startsWith("score.device"), e.getMessage());
        assertTrue(e.getMessage().contains("spark.executor.resource.gpu.amount"), e.getMessage());
        ConfigException bad = assertThrows(ConfigException.class,
                () -> ScoreDevice.plan("auto", "yarn", gpus("one")));
        assertTrue(bad.getMessage().startsWith("spark.executor.resource.gpu.amount"), bad.getMessage());
    }

    /** The pipeline and `taoxi score` check against the configuration Spark would start with, before it starts. */
    @Test
    void theCheckReadsTheConfigurationSparkWouldStartWith() {
        io.taoxi.jobs.config.PipelineConfig.SparkSpec cluster = new io.taoxi.jobs.config.PipelineConfig.SparkSpec(
                "spark://10.0.0.1:7077", 8, Map.of());
        ConfigException e = assertThrows(ConfigException.class, () -> ScoreDevice.check("cuda",
                io.taoxi.jobs.spark.SparkSessions.conf("t", cluster)));
        assertTrue(e.getMessage().contains("spark://10.0.0.1:7077"), e.getMessage());
        io.taoxi.jobs.config.PipelineConfig.SparkSpec withGpus = new io.taoxi.jobs.config.PipelineConfig.SparkSpec(
                "spark://10.0.0.1:7077", 8, Map.of("spark.executor.resource.gpu.amount", "1"));
        assertEquals(Placement.CUDA_SCHEDULED, ScoreDevice.check("auto", io.taoxi.jobs.spark.SparkSessions.conf("t", withGpus)));
        assertEquals(Placement.CPU, ScoreDevice.check("auto",
                io.taoxi.jobs.spark.SparkSessions.conf("t", io.taoxi.jobs.config.PipelineConfig.SparkSpec.defaults())));
    }

    @Test
    void gpuTasksAskForOneWholeGpuAndOneCpu() {
        ResourceProfile profile = ScoreDevice.gpuTaskProfile();
        Map<String, TaskResourceRequest> tasks = profile.taskResourcesJMap();
        assertEquals(1.0, tasks.get("gpu").amount());
        assertEquals(1.0, tasks.get("cpus").amount());
        assertTrue(profile.executorResourcesJMap().isEmpty(), "a task profile: executors keep their resources");
    }

    @Test
    void theTaskScoresOnTheGpuSparkAssignedIt() {
        assertEquals(3, ScoreDevice.assignedGpu(Map.of("gpu", new ResourceInformation("gpu", new String[] {"3", "5"}))));
        assertEquals("cpu", ScoreDevice.taskDevice(Placement.CPU, null));
        assertEquals("cuda:0", ScoreDevice.taskDevice(Placement.CUDA_LOCAL, null));
        IllegalStateException none = assertThrows(IllegalStateException.class,
                () -> ScoreDevice.taskDevice(Placement.CUDA_SCHEDULED, null));
        assertTrue(none.getMessage().contains("no GPU"), none.getMessage());
        IllegalStateException uuid = assertThrows(IllegalStateException.class, () -> ScoreDevice.assignedGpu(
                Map.of("gpu", new ResourceInformation("gpu", new String[] {"GPU-8f1c"}))));
        assertTrue(uuid.getMessage().contains("GPU-8f1c"), uuid.getMessage());
    }

    @Test
    void theSpecValidatesTheDevice() {
        ScoreSpec defaults = ScoreSpec.defaults();
        assertEquals("auto", defaults.device());
        ConfigException bad = assertThrows(ConfigException.class, () -> new ScoreSpec("m", null, null, null, null,
                null, null, null, null, null, null, false, null, "tpu"));
        assertTrue(bad.getMessage().startsWith("score.device"), bad.getMessage());
        ConfigException reference = assertThrows(ConfigException.class, () -> new ScoreSpec("m", "reference", null,
                null, null, null, null, null, null, null, null, false, null, "cuda"));
        assertTrue(reference.getMessage().contains("score.engine = native"), reference.getMessage());
        assertEquals("cuda", new ScoreSpec("m", null, null, null, null, null, null, null, null, null, null, false,
                null, "CUDA").device());
    }
}
