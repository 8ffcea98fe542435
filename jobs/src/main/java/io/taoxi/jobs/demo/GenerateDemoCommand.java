package io.taoxi.jobs.demo;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** CLI: {@code taoxi generate-demo --output DIR [--seed N]} writes the demo crawl (see {@link DemoCorpus}). */
@Command(
    name = "generate-demo",
    mixinStandardHelpOptions = true,
    description = "Writes a small deterministic demo crawl (WARC/1.1 .warc.gz, WARC/1.0 .warc, a WET file and"
        + " demo-corpus.json) in 13 languages with known duplicates, spam, toxic and PII pages.")
public final class GenerateDemoCommand implements Callable<Integer> {
  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder to write (created).")
  Path output;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "20261130",
      description = "Seed; the same seed gives byte-identical files (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    DemoCorpus.Summary summary = DemoCorpus.generate(output, seed);
    System.out.printf("generate-demo: %d pages (%s), %d response records, seed %d%n", summary.pages(),
        summary.pagesByLanguage(), summary.responseRecords(), seed);
    for (Path file : summary.files()) {
      System.out.println("  " + file);
    }
    return 0;
  }
}
