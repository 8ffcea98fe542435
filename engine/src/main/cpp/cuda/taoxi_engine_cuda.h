/* Taoxi scoring engine, CUDA path: the same contract as taoxi_engine.h (tx_config, tx_tensor, status
 * codes, packed sequences, output layout) on one GPU. Built only where nvcc exists (CMake TAOXI_CUDA).
 * Status: compiles; it has never run (no GPU was available when it was written). */
#ifndef TAOXI_ENGINE_CUDA_H
#define TAOXI_ENGINE_CUDA_H

#include "../taoxi_engine.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct txc_engine txc_engine;

int txc_open(const tx_config* config, const char* const* files, int32_t nfiles, const tx_tensor* tensors,
             int32_t ntensors, int32_t device, txc_engine** out, char* err, size_t errlen);
int txc_score(txc_engine* engine, const int32_t* tokens, const int32_t* seq_len, const int32_t* first,
              int32_t nseq, float* out, int64_t nout, char* err, size_t errlen);
void txc_close(txc_engine* engine);

#ifdef __cplusplus
}
#endif
#endif
