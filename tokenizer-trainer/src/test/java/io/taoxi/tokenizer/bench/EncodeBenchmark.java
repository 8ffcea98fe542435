package io.taoxi.tokenizer.bench;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import io.taoxi.tokenizer.Tokenizer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Encode speed and equivalence, ours vs Hugging Face tokenizers (DJL) in the same JVM, one thread each,
 * same documents. Usage: {@code EncodeBenchmark TOKENIZER_JSON MEGABYTES SEED [mode]} where mode is
 * {@code mixed} (MultilingualText: every script, hostile) or {@code cjk} (Chinese-heavy prose with some
 * English, code and numbers). Prints MB/s for each, the ratio, and whether all ids were identical.
 */
public final class EncodeBenchmark {
    private EncodeBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path json = Path.of(args[0]);
        double mb = Double.parseDouble(args[1]);
        long seed = Long.parseLong(args[2]);
        String mode = args.length > 3 ? args[3] : "cjk";
        List<String> docs = mode.equals("mixed")
                ? io.taoxi.tokenizer.BenchText.mixed(seed, (long) (mb * 1_000_000 / 2.2))
                : cjk(seed, (long) (mb * 1_000_000));
        long bytes = 0;
        for (String d : docs) {
            bytes += d.getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.printf("tokenizer=%s mode=%s seed=%d docs=%d utf8_bytes=%d%n", json, mode, seed, docs.size(), bytes);
        Tokenizer ours = Tokenizer.load(json);
        HuggingFaceTokenizer hf = HuggingFaceTokenizer.builder().optTokenizerPath(json)
                .optAddSpecialTokens(false).optTruncation(false).optPadding(false).build();
        // warm-up on a slice (JIT, caches of both)
        int warm = Math.min(docs.size(), Math.max(50, docs.size() / 10));
        for (int rep = 0; rep < 2; rep++) {
            for (int i = 0; i < warm; i++) {
                ours.encode(docs.get(i));
                hf.encode(docs.get(i)).getIds();
            }
        }
        int[][] a = new int[docs.size()][];
        long t0 = System.nanoTime();
        for (int i = 0; i < docs.size(); i++) {
            a[i] = ours.encode(docs.get(i));
        }
        long t1 = System.nanoTime();
        long[][] b = new long[docs.size()][];
        for (int i = 0; i < docs.size(); i++) {
            b[i] = hf.encode(docs.get(i)).getIds();
        }
        long t2 = System.nanoTime();
        long tokens = 0;
        int mismatches = 0;
        for (int i = 0; i < docs.size(); i++) {
            tokens += a[i].length;
            long[] x = new long[a[i].length];
            for (int k = 0; k < x.length; k++) {
                x[k] = a[i][k];
            }
            if (!Arrays.equals(x, b[i])) {
                if (mismatches++ < 3) {
                    System.out.println("MISMATCH doc " + i);
                }
            }
        }
        double oursMbs = bytes / 1e6 / ((t1 - t0) / 1e9);
        double hfMbs = bytes / 1e6 / ((t2 - t1) / 1e9);
        System.out.printf("tokens=%d bytes/token=%.3f%n", tokens, (double) bytes / tokens);
        System.out.printf("ours: %.2f MB/s (%.2f s)%nhf:   %.2f MB/s (%.2f s)%nratio ours/hf: %.2fx%n",
                oursMbs, (t1 - t0) / 1e9, hfMbs, (t2 - t1) / 1e9, oursMbs / hfMbs);
        System.out.println(mismatches == 0 ? "ids identical: yes (" + docs.size() + " docs)" : "ids identical: NO (" + mismatches + " docs differ)");
        if (mismatches > 0) {
            System.exit(1);
        }
    }

    private static final String[] CJK_PUNCT = {"，", "。", "、", "；", "：", "！", "？", "“", "”", "（", "）", "《", "》", "\n"};
    private static final String[] EN = {"the", "model", "data", "training", "of", "and", "GPU", "Transformer", "is", "a", "we", "tokenizer"};

    /** Chinese-heavy web-like prose: clauses of common hanzi between punctuation, some English, numbers, code. */
    static List<String> cjk(long seed, long targetBytes) {
        SplittableRandom r = new SplittableRandom(seed);
        // a Zipf-ish pool of common characters and multi-character words, so text repeats like real prose
        int[] common = new int[3000];
        for (int i = 0; i < common.length; i++) {
            common[i] = 0x4E00 + r.nextInt(0x2000);
        }
        List<String> docs = new ArrayList<>();
        long total = 0;
        while (total < targetBytes) {
            StringBuilder b = new StringBuilder();
            int len = 200 + r.nextInt(3000);
            while (b.length() < len) {
                int k = r.nextInt(100);
                if (k < 80) {
                    int n = 2 + r.nextInt(18);
                    for (int i = 0; i < n; i++) {
                        double u = r.nextDouble();
                        b.appendCodePoint(common[(int) (common.length * u * u * u)]);
                    }
                    b.append(CJK_PUNCT[r.nextInt(CJK_PUNCT.length)]);
                } else if (k < 90) {
                    b.append(' ').append(EN[r.nextInt(EN.length)]);
                    if (r.nextBoolean()) {
                        b.append(' ');
                    }
                } else if (k < 96) {
                    b.append(r.nextInt(3000)).append(r.nextBoolean() ? "年" : "%");
                } else {
                    b.append("\n\n    ").append("if (x > 0) { return y; }").append('\n');
                }
            }
            String d = b.toString();
            docs.add(d);
            total += d.getBytes(StandardCharsets.UTF_8).length;
        }
        return docs;
    }
}
