package io.taoxi.tokenizer.bench;

import io.taoxi.tokenizer.BpeTrainer;
import io.taoxi.tokenizer.PreTokenCounter;
import io.taoxi.tokenizer.PreTokenization;
import io.taoxi.tokenizer.Tokenizer;
import io.taoxi.tokenizer.TrainedBpe;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Trainer benchmarks (the peer, spm_train, is run by bench/tokenizer-train.sh on the files written here).
 * <ul>
 *   <li>{@code corpus DIR MB SEED}: writes DIR/train.txt and DIR/heldout.txt (9:1, one paragraph per line,
 *       Chinese-heavy prose from {@link EncodeBenchmark#cjk}).</li>
 *   <li>{@code train DIR VOCAB}: counts pre-tokens of train.txt and trains; prints seconds for each and
 *       held-out bytes/token; writes DIR/ours/tokenizer.json.</li>
 *   <li>{@code memory N...}: trains on N synthetic distinct pre-tokens and prints peak heap growth.</li>
 * </ul>
 */
public final class TrainBenchmark {
    private TrainBenchmark() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "corpus" -> corpus(Path.of(args[1]), Double.parseDouble(args[2]), Long.parseLong(args[3]));
            case "train" -> train(Path.of(args[1]), Integer.parseInt(args[2]));
            case "memory" -> {
                for (int i = 1; i < args.length; i++) {
                    memory(Integer.parseInt(args[i]));
                }
            }
            default -> throw new IllegalArgumentException("mode: corpus | train | memory");
        }
    }

    static void corpus(Path dir, double mb, long seed) throws Exception {
        Files.createDirectories(dir);
        List<String> docs = EncodeBenchmark.cjk(seed, (long) (mb * 1_000_000));
        try (BufferedWriter train = Files.newBufferedWriter(dir.resolve("train.txt"), StandardCharsets.UTF_8);
             BufferedWriter held = Files.newBufferedWriter(dir.resolve("heldout.txt"), StandardCharsets.UTF_8)) {
            int i = 0;
            for (String d : docs) {
                for (String line : d.split("\n")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    (i % 10 == 9 ? held : train).write(line.strip());
                    (i % 10 == 9 ? held : train).write('\n');
                }
                i++;
            }
        }
        System.out.printf("corpus: train=%d bytes heldout=%d bytes seed=%d%n", Files.size(dir.resolve("train.txt")),
                Files.size(dir.resolve("heldout.txt")), seed);
    }

    static void train(Path dir, int vocab) throws Exception {
        long t0 = System.nanoTime();
        PreTokenCounter counter = new PreTokenCounter(PreTokenization.qwen2());
        try (var lines = Files.lines(dir.resolve("train.txt"), StandardCharsets.UTF_8)) {
            lines.forEach(l -> counter.add(l + "\n"));
        }
        Map<String, Long> counts = counter.counts(1);
        long t1 = System.nanoTime();
        TrainedBpe trained = BpeTrainer.train(counts, BpeTrainer.Spec.qwen2(vocab));
        long t2 = System.nanoTime();
        Path out = dir.resolve("ours-" + vocab);
        trained.writeAll(out);
        Tokenizer tok = Tokenizer.load(out.resolve("tokenizer.json"));
        long bytes = 0;
        long tokens = 0;
        for (String l : Files.readAllLines(dir.resolve("heldout.txt"), StandardCharsets.UTF_8)) {
            bytes += l.getBytes(StandardCharsets.UTF_8).length;
            tokens += tok.encode(l).length;
        }
        System.out.printf("ours: vocab=%d (reached %d, %d merges) distinct_pretokens=%d count_s=%.2f train_s=%.2f total_s=%.2f heldout_bytes_per_token=%.4f%n",
                vocab, trained.regularVocabSize(), trained.mergeCount(), counts.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                (t2 - t0) / 1e9, (double) bytes / tokens);
    }

    static void memory(int distinct) throws Exception {
        SplittableRandom r = new SplittableRandom(distinct);
        Map<String, Long> counts = new HashMap<>(distinct * 2);
        int[] pool = new int[4000];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = 0x4E00 + r.nextInt(0x5000);
        }
        while (counts.size() < distinct) {
            StringBuilder b = new StringBuilder();
            if (r.nextInt(3) == 0) {
                b.append(' ');
            }
            int len = 2 + r.nextInt(10);
            for (int k = 0; k < len; k++) {
                double u = r.nextDouble();
                b.appendCodePoint(pool[(int) (pool.length * u * u)]);
            }
            counts.merge(b.toString(), 1L + (long) (1000 / (1 + r.nextInt(1000))), Long::sum);
        }
        System.gc();
        long base = usedHeap();
        long[] peak = {base};
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak[0] = Math.max(peak[0], usedHeap());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long t0 = System.nanoTime();
        TrainedBpe t = BpeTrainer.train(counts, BpeTrainer.Spec.qwen2(32_000));
        long t1 = System.nanoTime();
        sampler.interrupt();
        sampler.join();
        System.out.printf("memory: distinct_pretokens=%d merges=%d train_s=%.2f peak_heap_growth_mb=%.1f bytes_per_pretoken=%.0f%n",
                distinct, t.mergeCount(), (t1 - t0) / 1e9, (peak[0] - base) / 1e6, (double) (peak[0] - base) / distinct);
    }

    private static long usedHeap() {
        long used = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                used += p.getUsage().getUsed();
            }
        }
        return used;
    }
}
