package io.taoxi.jobs.tokenizer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.taoxi.jobs.config.ConfigException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Record: the {@code tokenize} section of a pipeline YAML (the token-shard stage, {@link TokenizeStage}).
 *
 * <pre>
 * tokenize:
 *   tokenizer: null                  # a tokenizer.json; null = the one the pipeline's tokenizer section trains
 *   eod_token: "&lt;|endoftext|&gt;"       # appended to every document
 *   mixture: conf/mixture.yaml       # optional token-budget mixture (sampling rates per source x language)
 *   count_stages: true               # also count the tokens of every earlier stage's outputs (report funnel)
 * </pre>
 *
 * @param countStages after the shards, encode the text of every earlier Parquet stage of the run (kept,
 *     dropped and quarantined) and write {@code token_counts/token_counts.json}, so the report's funnel has
 *     tokens at every stage; costs about one more encoding pass per stage (default true)
 */
public record TokenizeSpec(String tokenizer, String eodToken, String mixture, Boolean countStages)
        implements Serializable {

    public TokenizeSpec {
        tokenizer = tokenizer == null || tokenizer.isBlank() ? null : tokenizer;
        eodToken = eodToken == null || eodToken.isEmpty() ? "<|endoftext|>" : eodToken;
        mixture = mixture == null || mixture.isBlank() ? null : mixture;
        countStages = countStages == null || countStages;
    }

    /** Checks the files the section names; the pipeline calls it before Spark starts. */
    public void checkFiles() {
        if (tokenizer != null && !Files.isRegularFile(Path.of(tokenizer))) {
            throw new ConfigException("tokenize.tokenizer = " + tokenizer + ": no such file");
        }
        if (mixture != null) {
            try {
                MixtureSpec.load(Path.of(mixture));
            } catch (ConfigException e) {
                throw new ConfigException("tokenize.mixture: " + e.getMessage(), e);
            }
        }
    }

    /** The mixture, or null to write every document once. */
    @JsonIgnore
    public MixtureSpec mixtureSpec() {
        return mixture == null ? null : MixtureSpec.load(Path.of(mixture));
    }
}
