package io.taoxi.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores token documents with a Qwen2 model (an operator over token ids). Implementations: the pure-Java
 * {@link ReferenceScorer} (the oracle) and the native {@link NativeScorer}. Token ids are validated here,
 * in Java, before anything reaches native code.
 */
public abstract class Scorer implements AutoCloseable {
  protected final Qwen2Model model;

  protected Scorer(Qwen2Model model) {
    this.model = model;
  }

  public Qwen2Model model() {
    return model;
  }

  /** Scores documents whose UTF-8 length is unknown (bits per byte is NaN). */
  public List<DocScore> score(int[][] docs, ScoreOptions options) {
    long[] bytes = new long[docs.length];
    return score(docs, bytes, options);
  }

  /** Scores documents; {@code utf8Bytes[i]} is document i's UTF-8 byte length (for bits per byte). */
  public List<DocScore> score(int[][] docs, long[] utf8Bytes, ScoreOptions options) {
    if (docs.length != utf8Bytes.length) {
      throw new EngineException(EngineException.Category.INPUT,
          docs.length + " documents but " + utf8Bytes.length + " byte lengths");
    }
    Qwen2Config c = model.config();
    if (options.maxLengthTokens() > c.maxPositionEmbeddings()) {
      throw new EngineException(EngineException.Category.INPUT, "maxLengthTokens "
          + options.maxLengthTokens() + " exceeds max_position_embeddings " + c.maxPositionEmbeddings());
    }
    if (options.prependEndOfText() && c.endOfTextTokenId() < 0) {
      throw new EngineException(EngineException.Category.INPUT,
          "prependEndOfText is set but config.json has no bos_token_id for <|endoftext|>");
    }
    List<int[]> windowTokens = new ArrayList<>();
    List<Integer> windowFirst = new ArrayList<>();
    int[] windowsPerDoc = new int[docs.length];
    for (int d = 0; d < docs.length; d++) {
      int[] seq = sequence(docs[d], d, options);
      for (Window w : Window.plan(seq.length, options.maxLengthTokens(), options.strideTokens())) {
        windowTokens.add(Arrays.copyOfRange(seq, w.begin(), w.end()));
        windowFirst.add(w.firstTarget() - w.begin());
        windowsPerDoc[d]++;
      }
    }
    int[] first = windowFirst.stream().mapToInt(Integer::intValue).toArray();
    float[][] lps = scoreWindows(windowTokens.toArray(new int[0][]), first);
    List<DocScore> out = new ArrayList<>(docs.length);
    int w = 0;
    for (int d = 0; d < docs.length; d++) {
      int total = 0;
      for (int k = 0; k < windowsPerDoc[d]; k++) {
        total += lps[w + k].length;
      }
      float[] all = new float[total];
      int pos = 0;
      for (int k = 0; k < windowsPerDoc[d]; k++, w++) {
        System.arraycopy(lps[w], 0, all, pos, lps[w].length);
        pos += lps[w].length;
      }
      out.add(DocScore.of(all, utf8Bytes[d], options.perTokenLogProbs()));
    }
    return out;
  }

  private int[] sequence(int[] doc, int index, ScoreOptions options) {
    int vocab = model.config().vocabSize();
    for (int i = 0; i < doc.length; i++) {
      if (doc[i] < 0 || doc[i] >= vocab) {
        throw new EngineException(EngineException.Category.INPUT, "document " + index + " position " + i
            + ": token id " + doc[i] + " is outside [0, " + vocab + ")");
      }
    }
    if (!options.prependEndOfText()) {
      return doc;
    }
    int[] seq = new int[doc.length + 1];
    seq[0] = model.config().endOfTextTokenId();
    System.arraycopy(doc, 0, seq, 1, doc.length);
    return seq;
  }

  /**
   * Log-probabilities for each window: element k of the result holds, for targets t in
   * [first[k], tokens[k].length), log p(tokens[k][t] | tokens[k][0..t)), with positions 0.. in the window.
   * Ids are already validated.
   */
  protected abstract float[][] scoreWindows(int[][] tokens, int[] first);

  @Override
  public void close() {}
}
