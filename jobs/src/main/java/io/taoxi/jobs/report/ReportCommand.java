package io.taoxi.jobs.report;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
  * {@code taoxi report --run out/demo}: writes the report of a pipeline run; {@code taoxi report --compare
  * RUN_A RUN_B}: the same tables of two runs side by side (see docs/report.md).
  */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write report.md, report.html, report.json and data/*.csv for a pipeline run from its stage "
                + "manifests and Parquet outputs, or compare two runs.")
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--run", paramLabel = "DIR",
            description = "Run folder (one sub-folder per stage, each with manifest.json) or a single stage folder.")
    Path run;

    @Option(names = "--compare", arity = "2", paramLabel = "RUN",
            description = "Compare two run folders: RUN_A RUN_B (writes compare.md, compare.html, data/compare_*.csv).")
    List<Path> compare;

    @Option(names = "--output", paramLabel = "DIR",
            description = "Where to write (default: <run>/report, or <RUN_B>/report/compare with --compare).")
    Path output;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "3",
            description = "Example documents per drop reason and perplexity bucket (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--signals-limit", paramLabel = "N", defaultValue = "200000",
            description = "At most N documents per stage in data/signals_<stage>.csv (default: ${DEFAULT-VALUE}).")
    long signalsLimit;

    @Override
    public Integer call() {
        if ((run == null) == (compare == null)) {
            throw new ParameterException(spec.commandLine(), "give either --run DIR or --compare RUN_A RUN_B");
        }
        if (samples < 0 || samples > 100) {
            throw new ParameterException(spec.commandLine(), "--samples must be 0..100, got " + samples);
        }
        if (signalsLimit < 0) {
            throw new ParameterException(spec.commandLine(), "--signals-limit must be >= 0, got " + signalsLimit);
        }
        try {
            List<Path> written;
            if (compare != null) {
                Path outDir = output != null ? output : compare.get(1).resolve("report").resolve("compare");
                written = CompareReport.write(compare.get(0), compare.get(1), outDir).subList(0, 2);
            } else {
                Path outDir = output != null ? output : run.resolve("report");
                written = FunnelReport.writeAll(run, outDir, samples, signalsLimit).subList(0, 2);
            }
            written.forEach(path -> spec.commandLine().getOut().println(path));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println("taoxi: error: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
    }
}
