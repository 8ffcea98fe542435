package io.taoxi.jobs.tokenizer;

/**
 * Record: the element type of a token shard's {@code .bin}, with the numeric code the {@code .idx} header
 * stores (Megatron-LM's {@code DType} enum: 1 uint8, 2 int8, 3 int16, 4 int32, 5 int64, 6 float64,
 * 7 float32, 8 uint16). Only the two types token ids need are written.
 */
public enum TokenDtype {
    /** Ids below 65,536; Megatron picks it when the vocabulary has fewer than 65,500 ids. */
    UINT16(8, 2),
    INT32(4, 4);

    /** Megatron's threshold ({@code DType.optimal_dtype}): uint16 below it, int32 from it on. */
    public static final int UINT16_VOCAB_LIMIT = 65_500;

    private final int code;
    private final int bytes;

    TokenDtype(int code, int bytes) {
        this.code = code;
        this.bytes = bytes;
    }

    /** The code in the {@code .idx} header. */
    public int code() {
        return code;
    }

    /** Bytes per token in the {@code .bin}. */
    public int bytes() {
        return bytes;
    }

    /** Lower-case name as numpy spells it ({@code uint16}, {@code int32}). */
    public String numpyName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Megatron's choice for a vocabulary of {@code vocabSize} ids (special tokens included). */
    public static TokenDtype forVocabSize(int vocabSize) {
        if (vocabSize <= 0) {
            throw new IllegalArgumentException("vocab size = " + vocabSize + " (allowed: ≥ 1)");
        }
        return vocabSize < UINT16_VOCAB_LIMIT ? UINT16 : INT32;
    }

    /** The dtype of a header code; fails naming the code for the types we do not read. */
    public static TokenDtype forCode(int code) {
        for (TokenDtype d : values()) {
            if (d.code == code) {
                return d;
            }
        }
        throw new IllegalArgumentException("dtype code " + code + " (supported: 8 = uint16, 4 = int32)");
    }
}
