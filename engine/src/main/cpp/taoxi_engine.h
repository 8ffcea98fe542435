/* Taoxi scoring engine: C API of the native Qwen2 forward pass (prefill only, per-token log-probs).
 * No JNI here; jni_bridge.cpp is the only file that knows Java. All functions return TX_OK or an error
 * code and, on error, write a NUL-terminated message into err[errlen]. One engine is not thread-safe:
 * use one per thread (its scratch buffers are reused between calls). */
#ifndef TAOXI_ENGINE_H
#define TAOXI_ENGINE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
  TX_OK = 0,
  TX_E_ARGUMENT = 1, /* bad config, tensor table or request */
  TX_E_IO = 2,       /* a weight file cannot be opened, mapped, or is shorter than its tensors */
  TX_E_MEMORY = 3,   /* an allocation failed */
  TX_E_CPU = 4,      /* the CPU lacks the library's ISA baseline (x86-64-v3: AVX2, FMA, F16C) */
  TX_E_INTERNAL = 5
};

enum { TX_F32 = 0, TX_F16 = 1, TX_BF16 = 2 };

typedef struct tx_config {
  int32_t hidden, layers, heads, kv_heads, head_dim, intermediate, vocab, max_positions;
  double rms_eps, rope_theta;
  int32_t threads;      /* 0: all the OpenMP runtime offers */
  int32_t resident_f32; /* 1: convert bf16/f16 weights to f32 once at open; 0: per use, into scratch */
  int32_t vocab_chunk;  /* vocabulary rows per fused lm_head + log-softmax step; 0: default */
  int32_t compute_bf16; /* 1: bf16 weights only; products with AVX512-BF16 dot products on activations
                           rounded to bf16 (like a bf16 PyTorch run); needs a CPU with avx512_bf16 */
} tx_config;

/* One tensor: index into files[], dtype, absolute byte offset, element count. Order: embed_tokens;
 * per layer input_layernorm, q.w, q.b, k.w, k.b, v.w, v.b, o.w, post_attention_layernorm, gate, up,
 * down; final norm; output projection (the embeddings again when tied). */
typedef struct tx_tensor {
  int32_t file;
  int32_t dtype;
  int64_t offset;
  int64_t elements;
} tx_tensor;

typedef struct tx_engine tx_engine;

int tx_open(const tx_config* config, const char* const* files, int32_t nfiles, const tx_tensor* tensors,
            int32_t ntensors, tx_engine** out, char* err, size_t errlen);

/* Scores nseq packed sequences in one forward pass. tokens holds them back to back (seq_len[i] each);
 * positions restart at 0 in every sequence and no sequence attends to another. For sequence i, writes
 * log p(tok[t] | tok[0..t)) for t in [first[i], seq_len[i]) to out, sequences one after another;
 * nout must equal the sum of seq_len[i] - first[i]. */
int tx_score(tx_engine* engine, const int32_t* tokens, const int32_t* seq_len, const int32_t* first,
             int32_t nseq, float* out, int64_t nout, char* err, size_t errlen);

void tx_close(tx_engine* engine);

/* GFLOP/s of an n x n x n OpenBLAS sgemm (reps timed runs after one warm-up); 0 on failure. For benchmarks. */
double tx_sgemm_gflops(int32_t n, int32_t reps);

/* A line naming the library version, CPU features used and the OpenBLAS core. */
const char* tx_info(void);

#ifdef __cplusplus
}
#endif
#endif
