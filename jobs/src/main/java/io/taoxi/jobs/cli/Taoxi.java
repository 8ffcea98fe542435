package io.taoxi.jobs.cli;

import io.taoxi.jobs.config.ConfigException;
import io.taoxi.jobs.demo.GenerateDemoCommand;
import io.taoxi.jobs.report.ExportCommand;
import io.taoxi.jobs.report.ReportCommand;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Infrastructure: the {@code taoxi} command line. Every failure ends with one line on stderr,
 * {@code taoxi: error: …}, and a non-zero exit: 2 for usage and configuration errors, 1 for the rest.
 * Set {@code TAOXI_DEBUG=1} for stack traces.
 */
@Command(name = "taoxi", mixinStandardHelpOptions = true, versionProvider = Taoxi.Version.class,
        description = "Wash the crawl, keep the gold: build Chinese-centric LLM pretraining corpora.",
        subcommands = {
            IngestCommand.class,
            FilterCommand.class,
            io.taoxi.jobs.dedup.DedupCommand.class,
            io.taoxi.jobs.score.ScoreCommand.class,
            io.taoxi.jobs.score.EngineCommand.class,
            PipelineCommand.class,
            ReportCommand.class,
            ExportCommand.class,
            DemoCommand.class,
            GenerateDemoCommand.class,
            io.taoxi.jobs.langid.LangidCommand.class,
            io.taoxi.jobs.audit.AuditTokenizersCommand.class,
            io.taoxi.jobs.tokenizer.TrainTokenizerCommand.class,
            io.taoxi.jobs.tokenizer.TokenizeCommand.class,
            io.taoxi.jobs.tokenizer.EncodeCommand.class,
            io.taoxi.jobs.tokenizer.DecodeCommand.class,
            io.taoxi.jobs.toxicity.TrainToxicityCommand.class,
            io.taoxi.jobs.toxicity.ToxicityScoreCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Taoxi implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI and returns its exit code (tests call this). */
    public static int execute(String... args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        CommandLine cli = new CommandLine(new Taoxi());
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("taoxi: error: " + e.getMessage());
            err.println("(taoxi " + subcommandName(e.getCommandLine()) + " --help lists the options)");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (System.getenv("TAOXI_DEBUG") != null) {
                e.printStackTrace(err);
            }
            err.println("taoxi: error: " + oneLine(e));
            return e instanceof ConfigException ? 2 : 1;
        });
        return cli.execute(args);
    }

    private static String subcommandName(CommandLine commandLine) {
        return commandLine.getCommandName().equals("taoxi") ? "" : commandLine.getCommandName();
    }

    static String oneLine(Throwable e) {
        Throwable t = e;
        // Spark wraps executor failures; the root cause says what happened. Our own exceptions already
        // carry a one-line message that names the key, file or stage: stop at the first of them.
        while (!ours(t) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        String line = message.replaceAll("\\s+", " ").trim();
        if (!ours(t) && !(t instanceof java.io.IOException)) {
            line = t.getClass().getSimpleName() + ": " + line;
        }
        return line.length() > 400 ? line.substring(0, 400) + "…" : line;
    }

    private static boolean ours(Throwable t) {
        return t.getClass().getName().startsWith("io.taoxi.");
    }

    /** Version from the jar manifest. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"taoxi " + io.taoxi.jobs.stage.BuildInfo.version()
                    + " (commit " + io.taoxi.jobs.stage.BuildInfo.gitCommit() + ", Spark "
                    + org.apache.spark.package$.MODULE$.SPARK_VERSION() + ")"};
        }
    }
}
