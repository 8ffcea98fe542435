package io.taoxi.jobs.report;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code taoxi report --run out/demo}: writes the funnel report of a pipeline run (see docs/report.md). */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write report.md and report.html for a pipeline run from its stage manifests.")
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--run", required = true, paramLabel = "DIR",
            description = "Run folder (one sub-folder per stage, each with manifest.json) or a single stage folder.")
    Path run;

    @Option(names = "--output", paramLabel = "DIR", description = "Where to write the report (default: <run>/report).")
    Path output;

    @Override
    public Integer call() {
        Path outDir = output != null ? output : run.resolve("report");
        try {
            List<Path> written = FunnelReport.write(run, outDir);
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
