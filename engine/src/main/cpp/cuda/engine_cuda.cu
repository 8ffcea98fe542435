// Taoxi CUDA forward pass (prefill only). Weights live on the device in their file dtype; products are
// cuBLAS GemmEx with fp32 accumulation (bf16/f16 tensor cores when the weights are bf16/f16: activations
// are rounded to the weight dtype right before each product, as a bf16 PyTorch run does). Own kernels:
// RMSNorm, bias + RoPE, causal GQA attention over packed variable-length sequences (one warp per query
// and head, online softmax), SwiGLU, and the fused lm_head + log-softmax over vocabulary chunks.
// Status: compiles; never run here (no GPU). bench/gpu-check.sh is the first place it can be checked.
#include "taoxi_engine_cuda.h"

#if TX_HAVE_CUBLAS
#include <cublas_v2.h>
#endif
#include <cuda_bf16.h>
#include <cuda_fp16.h>
#include <cuda_runtime.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

struct Failure : std::runtime_error {
  int code;
  Failure(int c, const std::string& m) : std::runtime_error(m), code(c) {}
};

[[noreturn]] void fail(int code, const char* fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  throw Failure(code, buf);
}

void ck(cudaError_t e, const char* what) {
  if (e != cudaSuccess)
    fail(e == cudaErrorMemoryAllocation ? TX_E_MEMORY : TX_E_INTERNAL, "%s: %s", what, cudaGetErrorString(e));
}
#if TX_HAVE_CUBLAS
void ck(cublasStatus_t s, const char* what) {
  if (s != CUBLAS_STATUS_SUCCESS) fail(TX_E_INTERNAL, "%s: cuBLAS status %d", what, int(s));
}
#endif

struct DevWeight {
  void* p = nullptr;
  int dtype = TX_F32;
  int64_t n = 0;
};

template <class T>
struct DevBuf {
  T* p = nullptr;
  size_t n = 0;
  void grow(size_t want) {
    if (want <= n) return;
    if (p) cudaFree(p);
    p = nullptr;
    n = 0;  // a failed cudaMalloc below must not leave a stale size behind a null pointer
    ck(cudaMalloc(&p, want * sizeof(T)), "cudaMalloc");
    n = want;
  }
  ~DevBuf() {
    if (p) cudaFree(p);
  }
};

// ------------------------------------------------------------------------------------------------ kernels
__device__ inline float load(const void* p, int dtype, int64_t i) {
  if (dtype == TX_F32) return static_cast<const float*>(p)[i];
  if (dtype == TX_BF16) return __bfloat162float(static_cast<const __nv_bfloat16*>(p)[i]);
  return __half2float(static_cast<const __half*>(p)[i]);
}

#if !TX_HAVE_CUBLAS
// Fallback when the toolkit has no cuBLAS: Y[m, n] = X[m, k] W[n, k]^T (+ Y), 32x32 shared-memory tiles,
// fp32 accumulation, W read in its own dtype. Correct but far from tensor-core speed.
__global__ void k_gemm_xwt(const float* X, const void* W, int wdtype, float* Y, int64_t m, int n, int k,
                           int accumulate) {
  __shared__ float xs[32][33];
  __shared__ float ws[32][33];
  int64_t row = int64_t(blockIdx.y) * 32 + threadIdx.y;
  int col = blockIdx.x * 32 + threadIdx.x;
  float acc = 0.f;
  for (int k0 = 0; k0 < k; k0 += 32) {
    int kk = k0 + threadIdx.x;
    xs[threadIdx.y][threadIdx.x] = (row < m && kk < k) ? X[row * k + kk] : 0.f;
    int wrow = blockIdx.x * 32 + threadIdx.y;
    ws[threadIdx.y][threadIdx.x] = (wrow < n && kk < k) ? load(W, wdtype, int64_t(wrow) * k + kk) : 0.f;
    __syncthreads();
    for (int i = 0; i < 32; i++) acc += xs[threadIdx.y][i] * ws[threadIdx.x][i];
    __syncthreads();
  }
  if (row < m && col < n) {
    float* y = Y + row * n + col;
    *y = accumulate ? *y + acc : acc;
  }
}
#endif

__global__ void k_embed(const int32_t* tok, const void* E, int dtype, float* x, int H) {
  int64_t t = blockIdx.x;
  for (int i = threadIdx.x; i < H; i += blockDim.x) x[t * H + i] = load(E, dtype, int64_t(tok[t]) * H + i);
}

// one block per row; src row index map optional
__global__ void k_rmsnorm(const float* x, const int64_t* rows, const float* w, float* out, int H,
                          float eps) {
  int64_t r = blockIdx.x;
  const float* xr = x + (rows ? rows[r] : r) * H;
  __shared__ float red[32];
  float ss = 0;
  for (int i = threadIdx.x; i < H; i += blockDim.x) ss += xr[i] * xr[i];
  for (int o = 16; o; o >>= 1) ss += __shfl_xor_sync(0xffffffff, ss, o);
  if ((threadIdx.x & 31) == 0) red[threadIdx.x >> 5] = ss;
  __syncthreads();
  if (threadIdx.x < 32) {
    float v = threadIdx.x < (blockDim.x >> 5) ? red[threadIdx.x] : 0;
    for (int o = 16; o; o >>= 1) v += __shfl_xor_sync(0xffffffff, v, o);
    if (threadIdx.x == 0) red[0] = v;
  }
  __syncthreads();
  float inv = rsqrtf(red[0] / H + eps);
  for (int i = threadIdx.x; i < H; i += blockDim.x) out[r * H + i] = w[i] * (xr[i] * inv);
}

__global__ void k_bias_rope(float* v, const float* bias, const int32_t* pos, const float* cosT,
                            const float* sinT, int heads, int D, int rotate) {
  int64_t t = blockIdx.x;
  int half = D / 2;
  float* row = v + t * int64_t(heads) * D;
  for (int idx = threadIdx.x; idx < heads * half; idx += blockDim.x) {
    int h = idx / half, i = idx % half;
    float a = row[h * D + i] + bias[h * D + i];
    float b = row[h * D + i + half] + bias[h * D + i + half];
    if (rotate) {
      float c = cosT[int64_t(pos[t]) * half + i], s = sinT[int64_t(pos[t]) * half + i];
      row[h * D + i] = a * c - b * s;
      row[h * D + i + half] = b * c + a * s;
    } else {
      row[h * D + i] = a;
      row[h * D + i + half] = b;
    }
  }
}

// One warp per (token, head): online softmax over keys [seq_start, token]; lanes split head_dim.
template <int MAXD>
__global__ void k_attention(const float* q, const float* k, const float* v, float* out,
                            const int64_t* seq_start, int64_t T, int heads, int kv_heads, int D,
                            float scale) {
  int64_t warp = (int64_t(blockIdx.x) * blockDim.x + threadIdx.x) >> 5;
  int lane = threadIdx.x & 31;
  if (warp >= T * heads) return;
  int64_t t = warp / heads;
  int h = int(warp % heads);
  int g = h / (heads / kv_heads);
  const int Q = heads * D, KV = kv_heads * D;
  constexpr int PER = (MAXD + 31) / 32;
  float qv[PER], acc[PER];
  for (int e = 0; e < PER; e++) {
    int d = lane + 32 * e;
    qv[e] = d < D ? q[t * Q + h * D + d] : 0.f;
    acc[e] = 0.f;
  }
  float m = -INFINITY, s = 0.f;
  for (int64_t j = seq_start[t]; j <= t; j++) {
    float dot = 0.f;
    for (int e = 0; e < PER; e++) {
      int d = lane + 32 * e;
      if (d < D) dot += qv[e] * k[j * KV + g * D + d];
    }
    for (int o = 16; o; o >>= 1) dot += __shfl_xor_sync(0xffffffff, dot, o);
    dot *= scale;
    float mn = fmaxf(m, dot);
    float corr = __expf(m - mn), p = __expf(dot - mn);
    s = s * corr + p;
    for (int e = 0; e < PER; e++) {
      int d = lane + 32 * e;
      acc[e] = acc[e] * corr + (d < D ? p * v[j * KV + g * D + d] : 0.f);
    }
    m = mn;
  }
  for (int e = 0; e < PER; e++) {
    int d = lane + 32 * e;
    if (d < D) out[t * Q + h * D + d] = acc[e] / s;
  }
}

__global__ void k_swiglu(float* g, const float* u, int64_t n) {
  int64_t i = int64_t(blockIdx.x) * blockDim.x + threadIdx.x;
  if (i < n) g[i] = g[i] / (1.f + __expf(-g[i])) * u[i];
}

#if TX_HAVE_CUBLAS
template <class T>
__global__ void k_to(const float* s, T* d, int64_t n);
template <>
__global__ void k_to<__nv_bfloat16>(const float* s, __nv_bfloat16* d, int64_t n) {
  int64_t i = int64_t(blockIdx.x) * blockDim.x + threadIdx.x;
  if (i < n) d[i] = __float2bfloat16(s[i]);
}
template <>
__global__ void k_to<__half>(const float* s, __half* d, int64_t n) {
  int64_t i = int64_t(blockIdx.x) * blockDim.x + threadIdx.x;
  if (i < n) d[i] = __float2half(s[i]);
}
#endif

// One block per scored row: fold a chunk of logits into the running max / sum; pick the target logit.
__global__ void k_lse_chunk(const float* logits, int n, int c0, const int32_t* target, float* run_max,
                            float* run_sum, float* tgt) {
  int64_t r = blockIdx.x;
  const float* row = logits + r * n;
  __shared__ float red[32];
  __shared__ float bm;
  float m = -INFINITY;
  for (int j = threadIdx.x; j < n; j += blockDim.x) m = fmaxf(m, row[j]);
  for (int o = 16; o; o >>= 1) m = fmaxf(m, __shfl_xor_sync(0xffffffff, m, o));
  if ((threadIdx.x & 31) == 0) red[threadIdx.x >> 5] = m;
  __syncthreads();
  if (threadIdx.x == 0) {
    float v = -INFINITY;
    for (int w = 0; w < (blockDim.x >> 5); w++) v = fmaxf(v, red[w]);
    bm = fmaxf(v, run_max[r]);
  }
  __syncthreads();
  float mm = bm;
  float s = 0;
  for (int j = threadIdx.x; j < n; j += blockDim.x) s += __expf(row[j] - mm);
  for (int o = 16; o; o >>= 1) s += __shfl_xor_sync(0xffffffff, s, o);
  __syncthreads();
  if ((threadIdx.x & 31) == 0) red[threadIdx.x >> 5] = s;
  __syncthreads();
  if (threadIdx.x == 0) {
    float v = 0;
    for (int w = 0; w < (blockDim.x >> 5); w++) v += red[w];
    run_sum[r] = run_sum[r] * __expf(run_max[r] - mm) + v;
    run_max[r] = mm;
    int tg = target[r] - c0;
    if (tg >= 0 && tg < n) tgt[r] = row[tg];
  }
}

__global__ void k_finish(const float* tgt, const float* run_max, const float* run_sum, float* out,
                         int64_t n) {
  int64_t i = int64_t(blockIdx.x) * blockDim.x + threadIdx.x;
  if (i < n) out[i] = tgt[i] - run_max[i] - logf(run_sum[i]);
}

inline unsigned blocks(int64_t n, int b = 256) { return unsigned((n + b - 1) / b); }

}  // namespace

struct txc_engine {
  tx_config c{};
  int device = 0;  // made current again on every call: the calling (JVM) thread may differ from open's
#if TX_HAVE_CUBLAS
  cublasHandle_t blas = nullptr;
#endif
  DevWeight embed, norm, head;
  struct Layer {
    DevWeight in_norm, qw, qb, kw, kb, vw, vb, ow, post_norm, gate, up, down;
  };
  std::vector<Layer> layers;
  std::vector<void*> allocations;
  DevBuf<float> rope_cos, rope_sin, x, h, q, k, v, att, g, u, hs, logits, run_max, run_sum, tgt, res;
  DevBuf<uint16_t> lowp;  // activations rounded to bf16/f16 for tensor-core products
  DevBuf<int32_t> tok, pos, target;
  DevBuf<int64_t> seq_start, rows;

  ~txc_engine() {
    cudaSetDevice(device);
    for (void* p : allocations) cudaFree(p);
#if TX_HAVE_CUBLAS
    if (blas) cublasDestroy(blas);
#endif
  }

  // Y[m, n] = X[m, k] W[n, k]^T (+ Y), row-major; W in its own dtype.
  void linear(const float* X, const DevWeight& W, float* Y, int64_t m, int n, int kdim, bool acc) {
#if !TX_HAVE_CUBLAS
    dim3 grid(unsigned((n + 31) / 32), unsigned((m + 31) / 32)), block(32, 32);
    k_gemm_xwt<<<grid, block>>>(X, W.p, W.dtype, Y, m, n, kdim, acc ? 1 : 0);
#else
    float alpha = 1.f, beta = acc ? 1.f : 0.f;
    if (W.dtype == TX_F32) {
      ck(cublasGemmEx(blas, CUBLAS_OP_T, CUBLAS_OP_N, n, int(m), kdim, &alpha, W.p, CUDA_R_32F, kdim, X,
                      CUDA_R_32F, kdim, &beta, Y, CUDA_R_32F, n, CUBLAS_COMPUTE_32F,
                      CUBLAS_GEMM_DEFAULT),
         "gemm f32");
      return;
    }
    lowp.grow(size_t(m) * kdim);
    cudaDataType t = W.dtype == TX_BF16 ? CUDA_R_16BF : CUDA_R_16F;
    if (W.dtype == TX_BF16)
      k_to<__nv_bfloat16><<<blocks(m * kdim), 256>>>(X, reinterpret_cast<__nv_bfloat16*>(lowp.p), m * kdim);
    else
      k_to<__half><<<blocks(m * kdim), 256>>>(X, reinterpret_cast<__half*>(lowp.p), m * kdim);
    ck(cublasGemmEx(blas, CUBLAS_OP_T, CUBLAS_OP_N, n, int(m), kdim, &alpha, W.p, t, kdim, lowp.p, t, kdim,
                    &beta, Y, CUDA_R_32F, n, CUBLAS_COMPUTE_32F, CUBLAS_GEMM_DEFAULT),
       "gemm 16-bit");
#endif
  }
};

namespace {

void open_impl(txc_engine* e, const tx_config* cfg, const char* const* files, int32_t nfiles,
               const tx_tensor* tensors, int32_t ntensors, int device) {
  const tx_config& c = *cfg;
  if (c.hidden <= 0 || c.layers <= 0 || c.heads <= 0 || c.kv_heads <= 0 || c.head_dim <= 0 ||
      c.head_dim % 2 || c.head_dim > 256 || c.heads % c.kv_heads || c.intermediate <= 0 || c.vocab <= 0 ||
      c.max_positions <= 0 || !(c.rms_eps > 0) || !(c.rope_theta > 0))
    fail(TX_E_ARGUMENT, "invalid config for the CUDA path");
  e->c = c;
  if (e->c.vocab_chunk <= 0) e->c.vocab_chunk = 32768;
  // A chunk never needs more rows than the vocabulary has: P x chunk logits are allocated per pass.
  e->c.vocab_chunk = std::min(e->c.vocab_chunk, e->c.vocab);
  e->device = device;
  ck(cudaSetDevice(device), "cudaSetDevice");
#if TX_HAVE_CUBLAS
  ck(cublasCreate(&e->blas), "cublasCreate");
#endif
  if (ntensors != 1 + 12 * c.layers + 2) fail(TX_E_ARGUMENT, "%d tensors given", ntensors);
  std::vector<std::pair<void*, size_t>> maps(nfiles, {MAP_FAILED, 0});
  struct Unmap {
    std::vector<std::pair<void*, size_t>>& m;
    ~Unmap() {
      for (auto& p : m)
        if (p.first != MAP_FAILED) munmap(p.first, p.second);
    }
  } unmap{maps};
  for (int i = 0; i < nfiles; i++) {
    int fd = ::open(files[i], O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail(TX_E_IO, "cannot open %s", files[i]);
    struct stat st;
    if (fstat(fd, &st) != 0 || st.st_size <= 0) {
      ::close(fd);
      fail(TX_E_IO, "cannot stat %s", files[i]);
    }
    void* b = mmap(nullptr, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (b == MAP_FAILED) fail(TX_E_IO, "cannot map %s", files[i]);
    maps[i] = {b, size_t(st.st_size)};
  }
  int next = 0;
  auto take = [&](DevWeight& w, int64_t n, bool f32) {
    const tx_tensor& t = tensors[next++];
    if (t.file < 0 || t.file >= nfiles || t.elements != n) fail(TX_E_ARGUMENT, "tensor %d mismatch", next - 1);
    if (t.dtype != TX_F32 && t.dtype != TX_F16 && t.dtype != TX_BF16)
      fail(TX_E_ARGUMENT, "tensor %d has unknown dtype code %d", next - 1, t.dtype);
    int64_t bytes = n * (t.dtype == TX_F32 ? 4 : 2);
    if (t.offset < 0 || uint64_t(t.offset) + uint64_t(bytes) > maps[t.file].second)
      fail(TX_E_IO, "tensor %d lies past the end of %s", next - 1, files[t.file]);
    const char* src = static_cast<const char*>(maps[t.file].first) + t.offset;
    w.n = n;
    if (f32 && t.dtype != TX_F32) {  // small vectors: widen on the host
      std::vector<float> tmp(n);
      for (int64_t i = 0; i < n; i++) {
        uint16_t hbits;
        std::memcpy(&hbits, src + 2 * i, 2);
        if (t.dtype == TX_BF16) {
          uint32_t b = uint32_t(hbits) << 16;
          std::memcpy(&tmp[i], &b, 4);
        } else {
          __half_raw raw;
          raw.x = hbits;
          tmp[i] = __half2float(__half(raw));
        }
      }
      ck(cudaMalloc(&w.p, n * 4), "cudaMalloc");
      e->allocations.push_back(w.p);
      ck(cudaMemcpy(w.p, tmp.data(), n * 4, cudaMemcpyHostToDevice), "upload");
      w.dtype = TX_F32;
    } else {
      ck(cudaMalloc(&w.p, bytes), "cudaMalloc weights");
      e->allocations.push_back(w.p);
      ck(cudaMemcpy(w.p, src, bytes, cudaMemcpyHostToDevice), "upload");
      w.dtype = t.dtype;
    }
  };
  const int64_t H = c.hidden, Q = int64_t(c.heads) * c.head_dim, KV = int64_t(c.kv_heads) * c.head_dim,
                I = c.intermediate, V = c.vocab;
  take(e->embed, V * H, false);
  e->layers.resize(c.layers);
  for (auto& L : e->layers) {
    take(L.in_norm, H, true);
    take(L.qw, Q * H, false);
    take(L.qb, Q, true);
    take(L.kw, KV * H, false);
    take(L.kb, KV, true);
    take(L.vw, KV * H, false);
    take(L.vb, KV, true);
    take(L.ow, H * Q, false);
    take(L.post_norm, H, true);
    take(L.gate, I * H, false);
    take(L.up, I * H, false);
    take(L.down, H * I, false);
  }
  take(e->norm, H, true);
  if (tensors[next].file == tensors[0].file && tensors[next].offset == tensors[0].offset)
    e->head = e->embed;
  else
    take(e->head, V * H, false);
  int half = c.head_dim / 2;
  std::vector<float> cs(size_t(c.max_positions) * half), sn(cs.size());
  for (int i = 0; i < half; i++) {
    float inv = 1.0f / float(std::pow(c.rope_theta, float(2 * i) / c.head_dim));
    for (int p = 0; p < c.max_positions; p++) {
      float a = float(p) * inv;
      cs[size_t(p) * half + i] = float(std::cos(double(a)));
      sn[size_t(p) * half + i] = float(std::sin(double(a)));
    }
  }
  e->rope_cos.grow(cs.size());
  e->rope_sin.grow(sn.size());
  ck(cudaMemcpy(e->rope_cos.p, cs.data(), cs.size() * 4, cudaMemcpyHostToDevice), "rope");
  ck(cudaMemcpy(e->rope_sin.p, sn.data(), sn.size() * 4, cudaMemcpyHostToDevice), "rope");
}

void score_impl(txc_engine* e, const int32_t* tokens, const int32_t* seq_len, const int32_t* first,
                int32_t nseq, float* out, int64_t nout) {
  const tx_config& c = e->c;
  const int H = c.hidden, D = c.head_dim, Q = c.heads * D, KV = c.kv_heads * D, I = c.intermediate;
  if (nseq <= 0) fail(TX_E_ARGUMENT, "no sequences");
  ck(cudaSetDevice(e->device), "cudaSetDevice");
  std::vector<int64_t> sstart;
  std::vector<int32_t> pos;
  std::vector<int64_t> rows;
  std::vector<int32_t> targets;
  int64_t T = 0;
  for (int s = 0; s < nseq; s++) {
    if (seq_len[s] < 1 || seq_len[s] > c.max_positions || first[s] < 1 || first[s] > seq_len[s])
      fail(TX_E_ARGUMENT, "sequence %d: length %d, first %d", s, seq_len[s], first[s]);
    for (int p = 0; p < seq_len[s]; p++) {
      sstart.push_back(T);
      pos.push_back(p);
    }
    for (int t = first[s]; t < seq_len[s]; t++) {
      rows.push_back(T + t - 1);
      targets.push_back(tokens[T + t]);
    }
    T += seq_len[s];
  }
  for (int64_t t = 0; t < T; t++)
    if (tokens[t] < 0 || tokens[t] >= c.vocab) fail(TX_E_ARGUMENT, "token %d outside the vocabulary", tokens[t]);
  const int64_t P = int64_t(rows.size());
  if (P != nout) fail(TX_E_ARGUMENT, "output holds %lld values, %lld needed", (long long)nout, (long long)P);
  e->tok.grow(T);
  e->pos.grow(T);
  e->seq_start.grow(T);
  e->rows.grow(std::max<int64_t>(P, 1));
  e->target.grow(std::max<int64_t>(P, 1));
  ck(cudaMemcpy(e->tok.p, tokens, T * 4, cudaMemcpyHostToDevice), "tokens");
  ck(cudaMemcpy(e->pos.p, pos.data(), T * 4, cudaMemcpyHostToDevice), "positions");
  ck(cudaMemcpy(e->seq_start.p, sstart.data(), T * 8, cudaMemcpyHostToDevice), "starts");
  if (P) {
    ck(cudaMemcpy(e->rows.p, rows.data(), P * 8, cudaMemcpyHostToDevice), "rows");
    ck(cudaMemcpy(e->target.p, targets.data(), P * 4, cudaMemcpyHostToDevice), "targets");
  }
  e->x.grow(size_t(T) * H);
  e->h.grow(size_t(T) * H);
  e->q.grow(size_t(T) * Q);
  e->k.grow(size_t(T) * KV);
  e->v.grow(size_t(T) * KV);
  e->att.grow(size_t(T) * Q);
  e->g.grow(size_t(T) * I);
  e->u.grow(size_t(T) * I);
  const float eps = float(c.rms_eps), scale = 1.0f / std::sqrt(float(D));
  k_embed<<<unsigned(T), 256>>>(e->tok.p, e->embed.p, e->embed.dtype, e->x.p, H);
  for (auto& L : e->layers) {
    k_rmsnorm<<<unsigned(T), 256>>>(e->x.p, nullptr, static_cast<float*>(L.in_norm.p), e->h.p, H, eps);
    e->linear(e->h.p, L.qw, e->q.p, T, Q, H, false);
    e->linear(e->h.p, L.kw, e->k.p, T, KV, H, false);
    e->linear(e->h.p, L.vw, e->v.p, T, KV, H, false);
    k_bias_rope<<<unsigned(T), 128>>>(e->q.p, static_cast<float*>(L.qb.p), e->pos.p, e->rope_cos.p,
                                      e->rope_sin.p, c.heads, D, 1);
    k_bias_rope<<<unsigned(T), 128>>>(e->k.p, static_cast<float*>(L.kb.p), e->pos.p, e->rope_cos.p,
                                      e->rope_sin.p, c.kv_heads, D, 1);
    k_bias_rope<<<unsigned(T), 128>>>(e->v.p, static_cast<float*>(L.vb.p), e->pos.p, e->rope_cos.p,
                                      e->rope_sin.p, c.kv_heads, D, 0);
    int64_t warps = T * c.heads;
    if (D <= 64)
      k_attention<64><<<blocks(warps * 32), 256>>>(e->q.p, e->k.p, e->v.p, e->att.p, e->seq_start.p, T,
                                                  c.heads, c.kv_heads, D, scale);
    else if (D <= 128)
      k_attention<128><<<blocks(warps * 32), 256>>>(e->q.p, e->k.p, e->v.p, e->att.p, e->seq_start.p, T,
                                                   c.heads, c.kv_heads, D, scale);
    else
      k_attention<256><<<blocks(warps * 32), 256>>>(e->q.p, e->k.p, e->v.p, e->att.p, e->seq_start.p, T,
                                                   c.heads, c.kv_heads, D, scale);
    e->linear(e->att.p, L.ow, e->x.p, T, H, Q, true);
    k_rmsnorm<<<unsigned(T), 256>>>(e->x.p, nullptr, static_cast<float*>(L.post_norm.p), e->h.p, H, eps);
    e->linear(e->h.p, L.gate, e->g.p, T, I, H, false);
    e->linear(e->h.p, L.up, e->u.p, T, I, H, false);
    k_swiglu<<<blocks(int64_t(T) * I), 256>>>(e->g.p, e->u.p, int64_t(T) * I);
    e->linear(e->g.p, L.down, e->x.p, T, H, I, true);
  }
  ck(cudaGetLastError(), "layer kernels");
  if (P == 0) return;
  e->hs.grow(size_t(P) * H);
  k_rmsnorm<<<unsigned(P), 256>>>(e->x.p, e->rows.p, static_cast<float*>(e->norm.p), e->hs.p, H, eps);
  const int chunk = e->c.vocab_chunk;
  e->logits.grow(size_t(P) * chunk);
  e->run_max.grow(P);
  e->run_sum.grow(P);
  e->tgt.grow(P);
  e->res.grow(P);
  std::vector<float> neg(P, -INFINITY);
  ck(cudaMemcpy(e->run_max.p, neg.data(), P * 4, cudaMemcpyHostToDevice), "init");
  ck(cudaMemset(e->run_sum.p, 0, P * 4), "init");
  ck(cudaMemset(e->tgt.p, 0, P * 4), "init");
  for (int c0 = 0; c0 < c.vocab; c0 += chunk) {
    int n = std::min(chunk, c.vocab - c0);
    DevWeight part = e->head;
    part.p = static_cast<char*>(e->head.p) + int64_t(c0) * H * (e->head.dtype == TX_F32 ? 4 : 2);
    e->linear(e->hs.p, part, e->logits.p, P, n, H, false);
    k_lse_chunk<<<unsigned(P), 256>>>(e->logits.p, n, c0, e->target.p, e->run_max.p, e->run_sum.p,
                                      e->tgt.p);
  }
  k_finish<<<blocks(P), 256>>>(e->tgt.p, e->run_max.p, e->run_sum.p, e->res.p, P);
  ck(cudaGetLastError(), "lm_head kernels");
  ck(cudaMemcpy(out, e->res.p, P * 4, cudaMemcpyDeviceToHost), "download");
}

void put(char* err, size_t n, const char* m) {
  if (err && n) {
    std::strncpy(err, m, n - 1);
    err[n - 1] = 0;
  }
}

}  // namespace

extern "C" {

int txc_open(const tx_config* config, const char* const* files, int32_t nfiles, const tx_tensor* tensors,
             int32_t ntensors, int32_t device, txc_engine** out, char* err, size_t errlen) {
  *out = nullptr;
  txc_engine* e = new (std::nothrow) txc_engine();
  if (!e) return TX_E_MEMORY;
  try {
    open_impl(e, config, files, nfiles, tensors, ntensors, device);
    *out = e;
    return TX_OK;
  } catch (const Failure& f) {
    put(err, errlen, f.what());
    delete e;
    return f.code;
  } catch (const std::bad_alloc&) {
    put(err, errlen, "out of host memory while opening the model");
    delete e;
    return TX_E_MEMORY;
  } catch (const std::exception& x) {
    put(err, errlen, x.what());
    delete e;
    return TX_E_INTERNAL;
  }
}

int txc_score(txc_engine* e, const int32_t* tokens, const int32_t* seq_len, const int32_t* first,
              int32_t nseq, float* out, int64_t nout, char* err, size_t errlen) {
  try {
    if (!e) fail(TX_E_ARGUMENT, "engine is null");
    score_impl(e, tokens, seq_len, first, nseq, out, nout);
    return TX_OK;
  } catch (const Failure& f) {
    put(err, errlen, f.what());
    return f.code;
  } catch (const std::bad_alloc&) {
    put(err, errlen, "out of host memory while scoring (use smaller batches)");
    return TX_E_MEMORY;
  } catch (const std::exception& x) {
    put(err, errlen, x.what());
    return TX_E_INTERNAL;
  }
}

void txc_close(txc_engine* e) { delete e; }

}  // extern "C"
