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

  @Option(names = "--copies", paramLabel = "N", defaultValue = "1",
      description = "Write N crawls, copy i with seed + i into DIR/copy-NNNNN (scale tests: ~1 MB each;"
          + " 1100 copies make a corpus of more than 1 GB). Default: ${DEFAULT-VALUE}, written into DIR itself.")
  int copies;

  @Override
  public Integer call() throws Exception {
    if (copies < 1 || copies > 1_000_000) {
      throw new io.taoxi.jobs.config.ConfigException("--copies = " + copies + ": must be in [1, 1000000]");
    }
    if (copies > 1) {
      long t0 = System.nanoTime();
      long pages = 0;
      long bytes = 0;
      for (int i = 0; i < copies; i++) {
        Path dir = output.resolve(String.format(java.util.Locale.ROOT, "copy-%05d", i));
        DemoCorpus.Summary s = DemoCorpus.generate(dir, seed + i);
        pages += s.pages();
        for (Path f : s.files()) {
          bytes += java.nio.file.Files.size(f);
        }
        if ((i + 1) % 50 == 0 || i + 1 == copies) {
          System.out.printf(java.util.Locale.ROOT, "generate-demo: %d/%d copies, %,d pages, %,d bytes, %.0f s%n",
              i + 1, copies, pages, bytes, (System.nanoTime() - t0) / 1e9);
        }
      }
      return 0;
    }
    DemoCorpus.Summary summary = DemoCorpus.generate(output, seed);
    System.out.printf("generate-demo: %d pages (%s), %d response records, seed %d%n", summary.pages(),
        summary.pagesByLanguage(), summary.responseRecords(), seed);
    for (Path file : summary.files()) {
      System.out.println("  " + file);
    }
    return 0;
  }
}
