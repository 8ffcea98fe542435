package io.taoxi.tokenizer;

import java.util.List;

/**
 * Several {@code Split} (Isolated) pre-tokenizers applied in turn, as HF's {@code Sequence} pre-tokenizer
 * does: the first splits the text, each following one splits every piece the previous one produced, and no
 * later step sees across an earlier boundary (an operator: pure, thread-safe, serialisable).
 *
 * <p>DeepSeek-V3's {@code tokenizer.json} has three: digits in runs of up to three ({@code \p{N}{1,3}}), then
 * runs of CJK ideographs and kana ({@code [一-龥぀-ゟ゠-ヿ]+}), then a GPT-4-like word pattern. Example:
 * {@code "在2024年发布v3"} → {@code ["在", "202", "4", "年发布", "v", "3"]}.
 */
final class SplitSequence implements PreTokenizer {
    private static final long serialVersionUID = 1L;
    private final List<PreTokenizer> steps;

    SplitSequence(List<PreTokenizer> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a Split sequence needs at least one step");
        }
        this.steps = List.copyOf(steps);
    }

    @Override
    public void split(CharSequence text, int from, int to, PieceSink sink) {
        split(0, text, from, to, sink);
    }

    private void split(int step, CharSequence text, int from, int to, PieceSink sink) {
        if (step == steps.size()) {
            sink.piece(from, to);
            return;
        }
        steps.get(step).split(text, from, to, (s, e) -> split(step + 1, text, s, e, sink));
    }

    /** The steps' patterns, one per line, in order (not a single regex: for reports and errors only). */
    @Override
    public String pattern() {
        StringBuilder b = new StringBuilder();
        for (PreTokenizer p : steps) {
            b.append(b.length() == 0 ? "" : "\n").append(p.pattern());
        }
        return b.toString();
    }
}
