package io.taoxi.jobs.score;

import io.taoxi.jobs.config.ConfigException;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.resource.ResourceInformation;
import org.apache.spark.resource.ResourceProfile;
import org.apache.spark.resource.ResourceProfileBuilder;
import org.apache.spark.resource.TaskResourceRequests;

/**
 * Policy: where the score stage runs its forward passes ({@code score.device}), decided on the driver from
 * the Spark master and configuration, and on each task from the resources Spark gave it.
 *
 * <ul>
 *   <li>{@link Placement#CPU}: the native CPU engine (or the reference scorer).</li>
 *   <li>{@link Placement#CUDA_SCHEDULED}: a cluster whose executors have GPUs
 *       ({@code spark.executor.resource.gpu.amount} ≥ 1, found by the cluster's discovery script). The
 *       score tasks carry a task resource profile asking for one GPU each (Spark's stage-level scheduling;
 *       the other stages keep the default profile and use no GPU), and each task opens — once per executor
 *       JVM and GPU — a CUDA engine on the GPU address Spark assigned it.</li>
 *   <li>{@link Placement#CUDA_LOCAL}: {@code local[...]} with {@code device: cuda}: Spark schedules no
 *       resources in local mode, so every task shares one CUDA engine on GPU 0 (select another with
 *       {@code CUDA_VISIBLE_DEVICES}).</li>
 * </ul>
 * {@code auto} means CUDA_SCHEDULED where the executors have GPUs and CPU otherwise (also in local mode:
 * whether a GPU answers is not known before a task tries, and a silent fallback would mix numerics).
 */
public final class ScoreDevice {
    /** The Spark resource name of GPUs. */
    public static final String GPU = "gpu";
    static final String EXECUTOR_GPU_AMOUNT = "spark.executor.resource.gpu.amount";

    /** Where forward passes run. */
    public enum Placement { CPU, CUDA_LOCAL, CUDA_SCHEDULED }

    private ScoreDevice() {
    }

    /**
     * The placement for {@code device} (auto, cpu, cuda) under {@code master} and {@code conf}. A
     * {@code cuda} request on a cluster without executor GPUs is a configuration error naming both keys.
     */
    public static Placement plan(String device, String master, SparkConf conf) {
        boolean local = master == null || master.toLowerCase(Locale.ROOT).startsWith("local");
        double executorGpus = executorGpus(conf);
        return switch (device) {
            case ScoreSpec.DEVICE_CPU -> Placement.CPU;
            case ScoreSpec.DEVICE_CUDA -> {
                if (local) {
                    yield Placement.CUDA_LOCAL;
                }
                if (executorGpus < 1) {
                    throw ConfigException.outOfRange("score.device", device, "needs GPUs on the executors of "
                            + master + ": set " + EXECUTOR_GPU_AMOUNT + " (and the cluster's GPU discovery script,"
                            + " spark.executor.resource.gpu.discoveryScript), or use device cpu");
                }
                yield Placement.CUDA_SCHEDULED;
            }
            default -> !local && executorGpus >= 1 ? Placement.CUDA_SCHEDULED : Placement.CPU;
        };
    }

    /** {@link #plan} against the configuration Spark will start with: a bad combination fails before it starts. */
    public static Placement check(String device, SparkConf conf) {
        return plan(device, conf.get("spark.master", null), conf);
    }

    private static double executorGpus(SparkConf conf) {
        String amount = conf == null ? null : conf.get(EXECUTOR_GPU_AMOUNT, null);
        if (amount == null || amount.isBlank()) {
            return 0;
        }
        try {
            return Double.parseDouble(amount.strip());
        } catch (NumberFormatException e) {
            throw ConfigException.outOfRange(EXECUTOR_GPU_AMOUNT, amount, "must be a number");
        }
    }

    /** The task profile of CUDA_SCHEDULED score tasks: one CPU and one whole GPU each. */
    public static ResourceProfile gpuTaskProfile() {
        return new ResourceProfileBuilder().require(new TaskResourceRequests().cpus(1).resource(GPU, 1.0)).build();
    }

    /**
     * The engine device of the running task: {@code cpu}, {@code cuda:0} for CUDA_LOCAL, or {@code cuda:N}
     * with N the GPU address Spark assigned this task (CUDA_SCHEDULED; an error when it assigned none).
     */
    static String taskDevice(Placement placement, TaskContext task) {
        return switch (placement) {
            case CPU -> ScoreSpec.DEVICE_CPU;
            case CUDA_LOCAL -> ScoreSpec.DEVICE_CUDA + ":0";
            case CUDA_SCHEDULED -> ScoreSpec.DEVICE_CUDA + ":" + assignedGpu(task == null ? null : task.resourcesJMap());
        };
    }

    /** The first GPU address among a task's resources (its ordinal on the executor's host). */
    static int assignedGpu(Map<String, ResourceInformation> resources) {
        ResourceInformation gpu = resources == null ? null : resources.get(GPU);
        if (gpu == null || gpu.addresses().length == 0) {
            throw new IllegalStateException("score.device: this score task was given no GPU by Spark although the"
                    + " stage asked for one per task (check " + EXECUTOR_GPU_AMOUNT + " and the discovery script)");
        }
        String address = gpu.addresses()[0].strip();
        try {
            return Integer.parseInt(address);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("score.device: GPU address '" + address + "' is not a CUDA device"
                    + " ordinal (the discovery script must report ordinals such as 0, 1)", e);
        }
    }
}
