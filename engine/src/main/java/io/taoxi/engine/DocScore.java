package io.taoxi.engine;

/**
 * The score of one document.
 *
 * @param tokensScored tokens whose log-probability was counted
 * @param nllNats total negative log-likelihood in nats
 * @param perplexity exp(nll / tokensScored); NaN when nothing was scored
 * @param bitsPerByte nll / (ln 2 × UTF-8 bytes); NaN when the byte length is unknown or zero
 * @param logProbs per-token log-probabilities (natural log), in document order, or null unless asked
 */
public record DocScore(int tokensScored, double nllNats, double perplexity, double bitsPerByte,
    float[] logProbs) {

  static DocScore of(float[] logProbs, long utf8Bytes, boolean keep) {
    double nll = 0;
    for (float lp : logProbs) {
      nll -= lp;
    }
    int n = logProbs.length;
    double ppl = n == 0 ? Double.NaN : Math.exp(nll / n);
    double bpb = utf8Bytes > 0 ? nll / (Math.log(2) * utf8Bytes) : Double.NaN;
    return new DocScore(n, nll, ppl, bpb, keep ? logProbs : null);
  }

  /** Mean NLL per scored token in nats (NaN when nothing was scored). */
  public double nllPerToken() {
    return tokensScored == 0 ? Double.NaN : nllNats / tokensScored;
  }
}
