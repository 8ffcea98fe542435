package io.taoxi.engine;

/**
 * How documents are cut into forward passes (the Hugging Face perplexity recipe).
 *
 * @param maxLengthTokens window length: the most tokens one forward pass sees (≤ the model's
 *     max_position_embeddings, checked by the scorer)
 * @param strideTokens how far consecutive windows start apart; each token is scored exactly once, in
 *     the first window that ends after it, with the rest of that window as left context
 * @param prependEndOfText put {@code <|endoftext|>} before each document so its first token is scored too
 * @param perTokenLogProbs return every scored token's log-probability, not only the sums
 */
public record ScoreOptions(int maxLengthTokens, int strideTokens, boolean prependEndOfText,
    boolean perTokenLogProbs) {

  public ScoreOptions {
    if (maxLengthTokens < 2) {
      throw new EngineException(EngineException.Category.INPUT,
          "maxLengthTokens is " + maxLengthTokens + ", must be >= 2");
    }
    if (strideTokens < 1 || strideTokens > maxLengthTokens) {
      throw new EngineException(EngineException.Category.INPUT,
          "strideTokens is " + strideTokens + ", must be in [1, maxLengthTokens=" + maxLengthTokens + "]");
    }
  }

  /** Windows of {@code maxLengthTokens}, stride half of that, {@code <|endoftext|>} prepended, sums only. */
  public static ScoreOptions defaults(int maxLengthTokens) {
    return new ScoreOptions(maxLengthTokens, Math.max(1, maxLengthTokens / 2), true, false);
  }

  public ScoreOptions withPerTokenLogProbs(boolean on) {
    return new ScoreOptions(maxLengthTokens, strideTokens, prependEndOfText, on);
  }

  public ScoreOptions withPrependEndOfText(boolean on) {
    return new ScoreOptions(maxLengthTokens, strideTokens, on, perTokenLogProbs);
  }
}
