package io.taoxi.jobs.cli;

import io.taoxi.jobs.config.ConfigLoader;
import io.taoxi.jobs.config.PipelineConfig;
import io.taoxi.jobs.demo.DemoCorpus;
import io.taoxi.jobs.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code taoxi demo}: generate the demo corpus (if absent) and run {@code conf/demo.yaml} on it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate the demo corpus and run the demo pipeline on it; prints where output and report are.")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = {"-c", "--config"}, defaultValue = "conf/demo.yaml", description = "Demo pipeline YAML.")
    Path config;

    @Option(names = "--corpus", defaultValue = "out/demo-corpus",
            description = "Where the generated corpus goes (the YAML's ingest inputs point here).")
    Path corpus;

    @Option(names = "--seed", defaultValue = "20261130", description = "Generator seed.")
    long seed;

    @Override
    public Integer call() throws Exception {
        PipelineConfig parsed = ConfigLoader.load(config);
        String present = presentGenerator(corpus.resolve("demo-corpus.json"));
        String wanted = DemoCorpus.GENERATOR + " seed " + seed;
        if (present != null && !present.equals(wanted)) {
            System.out.println("demo corpus: " + corpus + " was written by " + present + ", not " + wanted
                    + "; writing it again");
            deleteTree(corpus);
        }
        if (!Files.exists(corpus.resolve("demo-corpus.json"))) {
            DemoCorpus.Summary summary = DemoCorpus.generate(corpus, seed);
            int forum = io.taoxi.jobs.demo.ForumDemoFiles.write(corpus, seed).size();
            int docs = io.taoxi.jobs.demo.DocCodeDemoFiles.write(corpus, seed).size();
            System.out.printf("demo corpus: %d web files (%d pages), %d forum/dataset files, %d document and code"
                    + " files -> %s%n", summary.files().size(), summary.pages(), forum, docs, corpus);
        } else {
            System.out.println("demo corpus: present, reused -> " + corpus);
        }
        new Pipeline(parsed, null, System.out).run();
        return 0;
    }

    /** "generator seed N" of an existing corpus, or null when there is none (or it cannot be read). */
    static String presentGenerator(Path json) {
        if (!Files.isRegularFile(json)) {
            return null;
        }
        try {
            com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
            return root.path("generator").asText("?") + " seed " + root.path("seed").asText("?");
        } catch (java.io.IOException e) {
            return "an unreadable demo-corpus.json";
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
