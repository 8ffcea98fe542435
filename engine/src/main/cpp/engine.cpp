// Taoxi native Qwen2 forward pass for scoring (C++17, OpenBLAS sgemm, OpenMP). The maths mirrors the
// Java ReferenceScorer (io.taoxi.engine), which is the oracle: see docs/engine.md.
#include "taoxi_engine.h"

#include <cblas.h>
#include <fcntl.h>
#include <immintrin.h>
#include <omp.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

#ifndef TAOXI_VERSION
#define TAOXI_VERSION "dev"
#endif

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

// ---------------------------------------------------------------------------------------------------
// Elementwise kernels. The library's baseline is x86-64-v3; kernels marked TX_CLONES get an AVX-512
// clone chosen at load time by the dynamic loader (GCC target_clones / ifunc).
#define TX_CLONES __attribute__((target_clones("avx512f", "default")))

// e^x for float: x = n ln2 + r, |r| <= ln2/2, degree-6 Taylor polynomial for e^r (relative error
// below 2e-7), 2^n built from exponent bits. Plain arithmetic so that loops over it vectorise.
static inline float fast_exp(float x) {
  x = std::min(std::max(x, -87.0f), 88.0f);
  float n = std::nearbyint(x * 1.44269504088896341f);
  float r = std::fma(n, -0.693145751953125f, x);
  r = std::fma(n, -1.428606765330187045e-06f, r);
  float p = 1.0f / 720;
  p = std::fma(p, r, 1.0f / 120);
  p = std::fma(p, r, 1.0f / 24);
  p = std::fma(p, r, 1.0f / 6);
  p = std::fma(p, r, 0.5f);
  p = std::fma(p, r, 1.0f);
  p = std::fma(p, r, 1.0f);
  int32_t bits = (static_cast<int32_t>(n) + 127) << 23;
  float scale;
  std::memcpy(&scale, &bits, 4);
  return p * scale;
}

TX_CLONES void bf16_to_f32(const uint16_t* s, float* d, int64_t n) {
  for (int64_t i = 0; i < n; i++) {
    uint32_t b = static_cast<uint32_t>(s[i]) << 16;
    std::memcpy(d + i, &b, 4);
  }
}

void f16_to_f32(const uint16_t* s, float* d, int64_t n) {
  int64_t i = 0;
  for (; i + 8 <= n; i += 8) {
    __m128i h = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    _mm256_storeu_ps(d + i, _mm256_cvtph_ps(h));
  }
  for (; i < n; i++) d[i] = _cvtsh_ss(s[i]);
}

// dst[0..n) = src elements [off, off+n) widened to f32; parallel.
void convert(const void* src, int dtype, int64_t off, int64_t n, float* dst) {
  const int64_t block = 1 << 16;
  int64_t blocks = (n + block - 1) / block;
#pragma omp parallel for schedule(static)
  for (int64_t b = 0; b < blocks; b++) {
    int64_t i = b * block, m = std::min(block, n - i);
    if (dtype == TX_F32) {
      std::memcpy(dst + i, static_cast<const float*>(src) + off + i, m * 4);
    } else if (dtype == TX_BF16) {
      bf16_to_f32(static_cast<const uint16_t*>(src) + off + i, dst + i, m);
    } else {
      f16_to_f32(static_cast<const uint16_t*>(src) + off + i, dst + i, m);
    }
  }
}

TX_CLONES void rms_norm_row(const float* x, const float* w, float* out, int n, float eps) {
  float ss = 0;
#pragma omp simd reduction(+ : ss)
  for (int i = 0; i < n; i++) ss += x[i] * x[i];
  float inv = 1.0f / std::sqrt(ss / n + eps);
#pragma omp simd
  for (int i = 0; i < n; i++) out[i] = w[i] * (x[i] * inv);
}

// Adds the bias, then rotate-half RoPE on each head of one token: (a, b) -> (a cos - b sin, b cos + a sin).
TX_CLONES void bias_rope_row(float* v, const float* bias, int heads, int d, const float* cos,
                             const float* sin) {
  int half = d / 2;
  for (int h = 0; h < heads; h++) {
    float* a = v + h * d;
    const float* ba = bias + h * d;
#pragma omp simd
    for (int i = 0; i < half; i++) {
      float x0 = a[i] + ba[i], x1 = a[i + half] + ba[i + half];
      a[i] = x0 * cos[i] - x1 * sin[i];
      a[i + half] = x1 * cos[i] + x0 * sin[i];
    }
  }
}

TX_CLONES void add_bias_row(float* v, const float* bias, int n) {
#pragma omp simd
  for (int i = 0; i < n; i++) v[i] += bias[i];
}

// Causal softmax of one score row in place: keys [0, valid) kept, [valid, n) zeroed.
TX_CLONES void softmax_row(float* s, int valid, int n) {
  float m = -INFINITY;
  for (int j = 0; j < valid; j++) m = std::max(m, s[j]);
  float sum = 0;
#pragma omp simd reduction(+ : sum)
  for (int j = 0; j < valid; j++) {
    float e = fast_exp(s[j] - m);
    s[j] = e;
    sum += e;
  }
  float inv = 1.0f / sum;
#pragma omp simd
  for (int j = 0; j < valid; j++) s[j] *= inv;
  for (int j = valid; j < n; j++) s[j] = 0;
}

TX_CLONES void swiglu_row(float* g, const float* u, int n) {
#pragma omp simd
  for (int i = 0; i < n; i++) g[i] = g[i] / (1.0f + fast_exp(-g[i])) * u[i];
}

// Running log-sum-exp over one row's chunk of logits: returns the chunk max; adds sum e^(l-max) to *sum.
TX_CLONES float chunk_max(const float* l, int n) {
  float m = -INFINITY;
#pragma omp simd reduction(max : m)
  for (int j = 0; j < n; j++) m = std::max(m, l[j]);
  return m;
}

TX_CLONES float chunk_sumexp(const float* l, int n, float m) {
  float s = 0;
#pragma omp simd reduction(+ : s)
  for (int j = 0; j < n; j++) s += fast_exp(l[j] - m);
  return s;
}

// ---------------------------------------------------------------------------------------------------
// bf16 products (compute_bf16): weights packed once at open into panels of 16 output columns, K in pairs:
// panel p, pair k holds 32 bf16 {W[16p + j][2k], W[16p + j][2k + 1]} for j < 16 (zero beyond N or K).
// Activations are rounded to bf16 (nearest even) per product; accumulation is f32 (vdpbf16ps).
struct Packed {
  std::vector<uint16_t> data;
  int n = 0, k = 0, pairs = 0, panels = 0;
};

// K pairs padded to a multiple of 16 (one AMX tile of K), panels to an even count (two per block).
inline int padded_pairs(int k) { return ((k + 1) / 2 + 15) / 16 * 16; }

// Weight element i as bf16: exact for bf16 files; f16 and f32 values rounded to nearest even.
inline uint16_t f32_to_bf16(float f);
inline uint16_t weight_bf16(const void* w, int dtype, size_t i) {
  if (dtype == TX_BF16) return static_cast<const uint16_t*>(w)[i];
  if (dtype == TX_F32) return f32_to_bf16(static_cast<const float*>(w)[i]);
  return f32_to_bf16(_cvtsh_ss(static_cast<const uint16_t*>(w)[i]));
}

void pack_bf16(const void* w, int dtype, int n, int k, Packed& out) {
  out.n = n;
  out.k = k;
  out.pairs = padded_pairs(k);
  out.panels = ((n + 15) / 16 + 1) / 2 * 2;
  out.data.assign(size_t(out.panels) * out.pairs * 32, 0);
#pragma omp parallel for schedule(static)
  for (int p = 0; p < out.panels; p++)
    for (int j = 0; j < 16; j++) {
      int row = 16 * p + j;
      if (row >= n) break;
      uint16_t* dst = out.data.data() + size_t(p) * out.pairs * 32 + 2 * j;
      for (int kk = 0; kk < k; kk++)
        dst[size_t(kk / 2) * 32 + (kk & 1)] = weight_bf16(w, dtype, size_t(row) * k + kk);
    }
}

inline uint16_t f32_to_bf16(float f) {
  uint32_t b;
  std::memcpy(&b, &f, 4);
  if ((b & 0x7fffffff) > 0x7f800000) return uint16_t((b >> 16) | 0x40);
  return uint16_t((b + 0x7fff + ((b >> 16) & 1)) >> 16);
}

// A[m][2*pairs] bf16 (zero padded) from X[m][k] f32
void to_bf16_rows(const float* X, int64_t m, int k, int pairs, uint16_t* A) {
#pragma omp parallel for schedule(static)
  for (int64_t r = 0; r < m; r++) {
    const float* x = X + r * k;
    uint16_t* a = A + r * 2 * pairs;
#pragma omp simd
    for (int i = 0; i < k; i++) a[i] = f32_to_bf16(x[i]);
    for (int i = k; i < 2 * pairs; i++) a[i] = 0;
  }
}

#define TX_BF16_TARGET __attribute__((target("avx512f,avx512bw,avx512vl,avx512bf16")))

template <int R>
TX_BF16_TARGET inline void bf16_kernel(const uint16_t* A, int lda, const uint16_t* w0, const uint16_t* w1,
                                       int pairs, float* C, int ldc, int ncols, bool acc) {
  __m512 c0[R], c1[R];
  for (int r = 0; r < R; r++) {
    c0[r] = _mm512_setzero_ps();
    c1[r] = _mm512_setzero_ps();
  }
  for (int kp = 0; kp < pairs; kp++) {
    __m512bh b0 = (__m512bh)_mm512_loadu_si512(w0 + size_t(kp) * 32);
    __m512bh b1 = (__m512bh)_mm512_loadu_si512(w1 + size_t(kp) * 32);
    for (int r = 0; r < R; r++) {
      int32_t pair;
      std::memcpy(&pair, A + size_t(r) * lda + 2 * kp, 4);
      __m512bh a = (__m512bh)_mm512_set1_epi32(pair);
      c0[r] = _mm512_dpbf16_ps(c0[r], a, b0);
      c1[r] = _mm512_dpbf16_ps(c1[r], a, b1);
    }
  }
  __mmask16 m0 = ncols >= 16 ? __mmask16(0xffff) : __mmask16((1u << ncols) - 1);
  int rest = ncols - 16;
  __mmask16 m1 = rest <= 0 ? __mmask16(0) : rest >= 16 ? __mmask16(0xffff) : __mmask16((1u << rest) - 1);
  for (int r = 0; r < R; r++) {
    float* c = C + size_t(r) * ldc;
    if (acc) {
      c0[r] = _mm512_add_ps(c0[r], _mm512_maskz_loadu_ps(m0, c));
      c1[r] = _mm512_add_ps(c1[r], _mm512_maskz_loadu_ps(m1, c + 16));
    }
    _mm512_mask_storeu_ps(c, m0, c0[r]);
    _mm512_mask_storeu_ps(c + 16, m1, c1[r]);
  }
}

// AMX (Sapphire Rapids and later): the packed panels are already in the tile layout TDPBF16PS wants
// (16 pairs x 16 columns x 2 bf16 = one 16 x 64-byte B tile). Each block: 32 rows x 32 columns in four
// f32 accumulator tiles, K in steps of 32. Linux must grant the tile state (arch_prctl) first.
struct alignas(64) TileConfig {
  uint8_t palette;
  uint8_t start_row;
  uint8_t reserved[14];
  uint16_t colsb[16];
  uint8_t rows[16];
};

bool amx_usable() {
  static const bool ok = [] {
    if (!__builtin_cpu_supports("amx-tile") || !__builtin_cpu_supports("amx-bf16")) return false;
    const long ARCH_REQ_XCOMP_PERM = 0x1023, XFEATURE_XTILEDATA = 18;
    return syscall(SYS_arch_prctl, ARCH_REQ_XCOMP_PERM, XFEATURE_XTILEDATA) == 0;
  }();
  return ok;
}

#define TX_AMX_TARGET __attribute__((target("amx-tile,amx-bf16,avx512f")))

// A: rows of lda = 2 * W.pairs bf16, readable up to a multiple of 32 rows.
TX_AMX_TARGET void gemm_amx(const uint16_t* A, int64_t m, const Packed& W, int p_begin, int p_end, float* C,
                            int ldc, bool acc) {
  const int lda = 2 * W.pairs;
  const int kblocks = W.pairs / 16;
  const int npairs = (p_end - p_begin + 1) / 2;
  const int64_t mblocks = (m + 31) / 32;
  const int64_t jobs = npairs * mblocks;
  const int col_end = std::min(W.n, 16 * p_end);
#pragma omp parallel
  {
    TileConfig cfg{};
    cfg.palette = 1;
    for (int t = 0; t < 8; t++) {
      cfg.rows[t] = 16;
      cfg.colsb[t] = 64;
    }
    _tile_loadconfig(&cfg);
    alignas(64) float tmp[32 * 32];
#pragma omp for schedule(dynamic, 1)
    for (int64_t job = 0; job < jobs; job++) {
      int pp = int(job / mblocks);
      int64_t mb = job % mblocks;
      int p0 = p_begin + 2 * pp;
      const uint16_t* b0 = W.data.data() + size_t(p0) * W.pairs * 32;
      const uint16_t* b1 = b0 + size_t(W.pairs) * 32;
      const uint16_t* a0 = A + size_t(mb) * 32 * lda;
      const uint16_t* a1 = a0 + size_t(16) * lda;
      _tile_zero(0);
      _tile_zero(1);
      _tile_zero(2);
      _tile_zero(3);
      for (int kb = 0; kb < kblocks; kb++) {
        _tile_loadd(4, a0 + kb * 32, lda * 2);
        _tile_loadd(5, a1 + kb * 32, lda * 2);
        _tile_loadd(6, b0 + size_t(kb) * 16 * 32, 64);
        _tile_loadd(7, b1 + size_t(kb) * 16 * 32, 64);
        _tile_dpbf16ps(0, 4, 6);
        _tile_dpbf16ps(1, 4, 7);
        _tile_dpbf16ps(2, 5, 6);
        _tile_dpbf16ps(3, 5, 7);
      }
      _tile_stored(0, tmp, 128);
      _tile_stored(1, tmp + 16, 128);
      _tile_stored(2, tmp + 16 * 32, 128);
      _tile_stored(3, tmp + 16 * 32 + 16, 128);
      int rows = int(std::min<int64_t>(32, m - mb * 32));
      int cols = std::min(32, col_end - 16 * p0);
      float* c = C + size_t(mb) * 32 * ldc + (16 * p0 - 16 * p_begin);
      for (int r = 0; r < rows; r++) {
        float* cr = c + size_t(r) * ldc;
        const float* tr = tmp + r * 32;
        if (acc)
          for (int j = 0; j < cols; j++) cr[j] += tr[j];
        else
          for (int j = 0; j < cols; j++) cr[j] = tr[j];
      }
    }
    _tile_release();
  }
}

// C[m][cols of panels [p_begin, p_end)] (+)= A · W^T; C points at column 16 * p_begin.
TX_BF16_TARGET void gemm_bf16_avx512(const uint16_t* A, int64_t m, const Packed& W, int p_begin, int p_end,
                              float* C, int ldc, bool acc) {
  const int lda = 2 * W.pairs;
  const int pairs_of_panels = (p_end - p_begin + 1) / 2;
#pragma omp parallel for schedule(dynamic, 1)
  for (int pp = 0; pp < pairs_of_panels; pp++) {
    int p0 = p_begin + 2 * pp;
    const uint16_t* w0 = W.data.data() + size_t(p0) * W.pairs * 32;
    bool two = p0 + 1 < p_end;
    const uint16_t* w1 = two ? w0 + size_t(W.pairs) * 32 : w0;  // computed, not stored, when single
    int first_col = 16 * p0;
    int ncols = std::min(two ? 32 : 16, W.n - first_col);
    float* c = C + (first_col - 16 * p_begin);
    int64_t r = 0;
    for (; r + 6 <= m; r += 6) bf16_kernel<6>(A + r * lda, lda, w0, w1, W.pairs, c + r * ldc, ldc, ncols, acc);
    switch (m - r) {
      case 5: bf16_kernel<5>(A + r * lda, lda, w0, w1, W.pairs, c + r * ldc, ldc, ncols, acc); break;
      case 4: bf16_kernel<4>(A + r * lda, lda, w0, w1, W.pairs, c + r * ldc, ldc, ncols, acc); break;
      case 3: bf16_kernel<3>(A + r * lda, lda, w0, w1, W.pairs, c + r * ldc, ldc, ncols, acc); break;
      case 2: bf16_kernel<2>(A + r * lda, lda, w0, w1, W.pairs, c + r * ldc, ldc, ncols, acc); break;
      case 1: bf16_kernel<1>(A + r * lda, lda, w0, w1, W.pairs, c + r * ldc, ldc, ncols, acc); break;
      default: break;
    }
  }
}

void gemm_bf16(const uint16_t* A, int64_t m, const Packed& W, int p_begin, int p_end, float* C, int ldc,
               bool acc) {
  if (amx_usable())
    gemm_amx(A, m, W, p_begin, p_end, C, ldc, acc);
  else
    gemm_bf16_avx512(A, m, W, p_begin, p_end, C, ldc, acc);
}

// ---------------------------------------------------------------------------------------------------

struct Weight {
  const void* p = nullptr;
  int dtype = TX_F32;
  int64_t n = 0;
  std::vector<float> own;  // f32 copy when resident (or always for small vectors)
  Packed packed;           // bf16 panels when compute_bf16
  bool f32_ready() const { return !own.empty() || dtype == TX_F32; }
  const float* f32() const { return own.empty() ? static_cast<const float*>(p) : own.data(); }
};

struct Layer {
  Weight in_norm, qw, qb, kw, kb, vw, vb, ow, post_norm, gate, up, down;
};

struct Mapping {
  void* base = MAP_FAILED;
  size_t size = 0;
};

}  // namespace

struct tx_engine {
  tx_config c{};
  std::vector<Mapping> maps;
  Weight embed, norm, head;
  std::vector<Layer> layers;
  std::vector<float> rope_cos, rope_sin;  // [max_positions][head_dim/2]
  std::vector<float> wscratch;            // per-use f32 weights
  // activations, grown on demand
  std::vector<float> x, h, q, k, v, att, g, u, s, hs, logits;
  std::vector<uint16_t> abf;  // activations rounded to bf16 (compute_bf16)
  std::vector<float> qg, og;  // one kv group's queries / outputs, head-major

  ~tx_engine() {
    for (auto& m : maps)
      if (m.base != MAP_FAILED) munmap(m.base, m.size);
  }

  const float* use(const Weight& w) {
    if (w.f32_ready()) return w.f32();
    convert(w.p, w.dtype, 0, w.n, wscratch.data());
    return wscratch.data();
  }
};

namespace {

template <class T>
void grow(std::vector<T>& v, size_t n) {
  if (v.size() < n) v.resize(n);
}

// Y[m, n] = X[m, k] * W[n, k]^T (+ Y if accumulate)
void linear(const float* X, const float* W, float* Y, int m, int n, int k, bool accumulate) {
  cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, m, n, k, 1.0f, X, k, W, k,
              accumulate ? 1.0f : 0.0f, Y, n);
}

void open_impl(tx_engine* e, const tx_config* cfg, const char* const* files, int32_t nfiles,
               const tx_tensor* tensors, int32_t ntensors) {
  if (!__builtin_cpu_supports("avx2") || !__builtin_cpu_supports("fma") ||
      !__builtin_cpu_supports("f16c"))
    fail(TX_E_CPU, "this CPU lacks AVX2/FMA/F16C, the native library's x86-64-v3 baseline; use the Java "
                   "reference scorer instead");
  const tx_config& c = *cfg;
  if (c.hidden <= 0 || c.layers <= 0 || c.heads <= 0 || c.kv_heads <= 0 || c.head_dim <= 0 ||
      c.head_dim % 2 || c.intermediate <= 0 || c.vocab <= 0 || c.max_positions <= 0 ||
      c.heads % c.kv_heads || !(c.rms_eps > 0) || !(c.rope_theta > 0))
    fail(TX_E_ARGUMENT, "invalid config (hidden %d, layers %d, heads %d/%d, head_dim %d)", c.hidden,
         c.layers, c.heads, c.kv_heads, c.head_dim);
  e->c = c;
  if (e->c.vocab_chunk <= 0) e->c.vocab_chunk = 4096;
  if (c.threads > 0) {
    omp_set_num_threads(c.threads);
    openblas_set_num_threads(c.threads);
  }
  int32_t expected = 1 + 12 * c.layers + 2;
  if (ntensors != expected) fail(TX_E_ARGUMENT, "%d tensors given, %d expected", ntensors, expected);
  e->maps.resize(nfiles);
  for (int i = 0; i < nfiles; i++) {
    int fd = ::open(files[i], O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail(TX_E_IO, "cannot open %s: %s", files[i], strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0 || st.st_size <= 0) {
      ::close(fd);
      fail(TX_E_IO, "cannot stat %s", files[i]);
    }
    void* base = mmap(nullptr, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (base == MAP_FAILED) fail(TX_E_IO, "cannot map %s: %s", files[i], strerror(errno));
    e->maps[i].base = base;
    e->maps[i].size = st.st_size;
  }
  const int64_t H = c.hidden, Q = int64_t(c.heads) * c.head_dim, KV = int64_t(c.kv_heads) * c.head_dim,
                I = c.intermediate, V = c.vocab;
  int next = 0;
  auto take = [&](Weight& w, int64_t elements, bool small) {
    const tx_tensor& t = tensors[next++];
    if (t.file < 0 || t.file >= nfiles) fail(TX_E_ARGUMENT, "tensor %d names file %d", next - 1, t.file);
    if (t.dtype != TX_F32 && t.dtype != TX_F16 && t.dtype != TX_BF16)
      fail(TX_E_ARGUMENT, "tensor %d has unknown dtype code %d", next - 1, t.dtype);
    if (t.elements != elements)
      fail(TX_E_ARGUMENT, "tensor %d has %lld elements, config implies %lld", next - 1,
           (long long)t.elements, (long long)elements);
    int64_t bytes = elements * (t.dtype == TX_F32 ? 4 : 2);
    const Mapping& m = e->maps[t.file];
    if (t.offset < 0 || uint64_t(t.offset) + uint64_t(bytes) > m.size)
      fail(TX_E_IO, "tensor %d needs bytes [%lld, %lld) of %s, which has %lld", next - 1,
           (long long)t.offset, (long long)(t.offset + bytes), files[t.file], (long long)m.size);
    w.p = static_cast<const char*>(m.base) + t.offset;
    w.dtype = t.dtype;
    w.n = elements;
    if (small || (c.resident_f32 && t.dtype != TX_F32 && !c.compute_bf16)) {
      w.own.resize(elements);
      convert(w.p, w.dtype, 0, elements, w.own.data());
    }
  };
  if (c.compute_bf16) {
    if (!__builtin_cpu_supports("avx512bf16") && !amx_usable())
      fail(TX_E_CPU, "compute_bf16 needs a CPU with AMX-BF16 or AVX512-BF16; this one has neither");
  }
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
  if (c.compute_bf16) {
    auto pk = [](Weight& w, int64_t n, int64_t k) {
      pack_bf16(w.p, w.dtype, int(n), int(k), w.packed);
    };
    for (auto& L : e->layers) {
      pk(L.qw, Q, H);
      pk(L.kw, KV, H);
      pk(L.vw, KV, H);
      pk(L.ow, H, Q);
      pk(L.gate, I, H);
      pk(L.up, I, H);
      pk(L.down, H, I);
    }
  }
  const tx_tensor& head = tensors[next];
  const tx_tensor& emb = tensors[0];
  if (head.file == emb.file && head.offset == emb.offset) {
    next++;
    e->head.p = e->embed.p;  // tied: share the mapping (and the resident copy, below)
    e->head.dtype = e->embed.dtype;
    e->head.n = e->embed.n;
  } else {
    take(e->head, V * H, false);
  }
  if (c.compute_bf16) {
    Weight& W = e->head.p == e->embed.p ? e->embed : e->head;
    pack_bf16(W.p, W.dtype, int(V), int(H), W.packed);
    if (e->c.vocab_chunk % 32) e->c.vocab_chunk += 32 - e->c.vocab_chunk % 32;  // whole panel pairs
  }
  int64_t maxw = std::max({Q * H, KV * H, I * H, int64_t(e->c.vocab_chunk) * H});
  e->wscratch.resize(maxw);
  // RoPE table the way PyTorch computes it in fp32: inv_freq = 1 / theta^(2i/D), angle = p * inv_freq.
  int half = c.head_dim / 2;
  e->rope_cos.resize(size_t(c.max_positions) * half);
  e->rope_sin.resize(size_t(c.max_positions) * half);
  std::vector<float> inv(half);
  for (int i = 0; i < half; i++)
    inv[i] = 1.0f / static_cast<float>(std::pow(c.rope_theta, static_cast<float>(2 * i) / c.head_dim));
  for (int p = 0; p < c.max_positions; p++)
    for (int i = 0; i < half; i++) {
      float a = static_cast<float>(p) * inv[i];
      e->rope_cos[size_t(p) * half + i] = static_cast<float>(std::cos(double(a)));
      e->rope_sin[size_t(p) * half + i] = static_cast<float>(std::sin(double(a)));
    }
}

// Stage times, printed to stderr after each pass when TAOXI_ENGINE_PROFILE=1 (benchmarks only).
struct Profile {
  bool on = std::getenv("TAOXI_ENGINE_PROFILE") != nullptr;
  double last = omp_get_wtime();
  double t[6] = {0, 0, 0, 0, 0, 0};  // norms+rope+swiglu, products, attention, lm_head, conversions
  void mark(int stage) {
    if (!on) return;
    double now = omp_get_wtime();
    t[stage] += now - last;
    last = now;
  }
  ~Profile() {
    if (on)
      std::fprintf(stderr, "taoxi profile: elementwise %.3f s, products %.3f s, attention %.3f s, "
                   "lm_head+log-softmax %.3f s, input rounding %.3f s\n", t[0], t[1], t[2], t[3], t[4]);
  }
};

// Scores of one kv group of one sequence in a single [group * len, len] block when it has at most this
// many elements (64 MiB); longer sequences go head by head in 512-query blocks.
constexpr int64_t kGroupedScores = int64_t(16) << 20;
// Query positions per causal block of the grouped attention (see the attention loop).
constexpr int kCausalBlock = 128;

void score_impl(tx_engine* e, const int32_t* tokens, const int32_t* seq_len, const int32_t* first,
                int32_t nseq, float* out, int64_t nout) {
  const tx_config& c = e->c;
  const int H = c.hidden, D = c.head_dim, Q = c.heads * D, KV = c.kv_heads * D, I = c.intermediate;
  const int group = c.heads / c.kv_heads;
  const float eps = static_cast<float>(c.rms_eps);
  if (nseq <= 0) fail(TX_E_ARGUMENT, "no sequences");
  std::vector<int64_t> start(nseq + 1, 0);
  std::vector<int32_t> pos;
  int64_t targets = 0;
  int maxlen = 0;
  for (int s = 0; s < nseq; s++) {
    if (seq_len[s] < 1 || seq_len[s] > c.max_positions)
      fail(TX_E_ARGUMENT, "sequence %d has length %d (max_positions %d)", s, seq_len[s], c.max_positions);
    if (first[s] < 1 || first[s] > seq_len[s])
      fail(TX_E_ARGUMENT, "sequence %d: first target %d outside [1, %d]", s, first[s], seq_len[s]);
    start[s + 1] = start[s] + seq_len[s];
    targets += seq_len[s] - first[s];
    maxlen = std::max(maxlen, seq_len[s]);
  }
  if (targets != nout) fail(TX_E_ARGUMENT, "output holds %lld values, %lld needed", (long long)nout,
                            (long long)targets);
  const int64_t T = start[nseq];
  if (T > (int64_t(1) << 31) / std::max(I, Q)) fail(TX_E_ARGUMENT, "batch of %lld tokens is too large",
                                                    (long long)T);
  for (int64_t t = 0; t < T; t++)
    if (tokens[t] < 0 || tokens[t] >= c.vocab)
      fail(TX_E_ARGUMENT, "token %d at %lld outside [0, %d)", tokens[t], (long long)t, c.vocab);
  pos.resize(T);
  for (int s = 0; s < nseq; s++)
    for (int p = 0; p < seq_len[s]; p++) pos[start[s] + p] = p;

  const int qblock = 512;
  grow(e->x, size_t(T) * H);
  grow(e->h, size_t(T) * H);
  grow(e->q, size_t(T) * Q);
  grow(e->k, size_t(T) * KV);
  grow(e->v, size_t(T) * KV);
  grow(e->att, size_t(T) * Q);
  grow(e->g, size_t(T) * I);
  grow(e->u, size_t(T) * I);
  grow(e->s, size_t(std::min(qblock, maxlen)) * maxlen);
  for (int sq = 0; sq < nseq; sq++)
    if (int64_t(group) * seq_len[sq] * seq_len[sq] <= kGroupedScores) {
      grow(e->s, size_t(group) * seq_len[sq] * seq_len[sq]);
      grow(e->qg, size_t(group) * seq_len[sq] * D);
      grow(e->og, size_t(group) * seq_len[sq] * D);
    }
  float *x = e->x.data(), *h = e->h.data(), *q = e->q.data(), *k = e->k.data(), *v = e->v.data(),
        *att = e->att.data(), *g = e->g.data(), *u = e->u.data();

  // embeddings
  {
    const Weight& E = e->embed;
#pragma omp parallel for schedule(static)
    for (int64_t t = 0; t < T; t++) {
      if (E.f32_ready())
        std::memcpy(x + t * H, E.f32() + int64_t(tokens[t]) * H, size_t(H) * 4);
      else if (E.dtype == TX_BF16)
        bf16_to_f32(static_cast<const uint16_t*>(E.p) + int64_t(tokens[t]) * H, x + t * H, H);
      else
        f16_to_f32(static_cast<const uint16_t*>(E.p) + int64_t(tokens[t]) * H, x + t * H, H);
    }
  }
  const int half = D / 2;
  const float scale = 1.0f / std::sqrt(static_cast<float>(D));
  const bool bf = c.compute_bf16 != 0;
  Profile prof;
  // bf16 inputs: rows padded to the packed K, 32 spare rows for AMX's 32-row blocks
  if (bf) grow(e->abf, size_t(T + 32) * 2 * padded_pairs(std::max(std::max(H, Q), I)));
  uint16_t* abf = e->abf.data();
  // Y[T, n] (+)= X[T, k] W^T; in bf16 mode X must already be in abf (see round_input)
  auto product = [&](const float* X, const Weight& W, float* Y, int n, int k, bool acc) {
    prof.mark(0);
    if (bf)
      gemm_bf16(abf, T, W.packed, 0, W.packed.panels, Y, n, acc);
    else
      linear(X, e->use(W), Y, T, n, k, acc);
    prof.mark(1);
  };
  auto round_input = [&](const float* X, int k) {
    prof.mark(0);
    if (bf) to_bf16_rows(X, T, k, padded_pairs(k), abf);
    prof.mark(4);
  };
  for (const Layer& L : e->layers) {
#pragma omp parallel for schedule(static)
    for (int64_t t = 0; t < T; t++) rms_norm_row(x + t * H, L.in_norm.f32(), h + t * H, H, eps);
    round_input(h, H);
    product(h, L.qw, q, Q, H, false);
    product(h, L.kw, k, KV, H, false);
    product(h, L.vw, v, KV, H, false);
#pragma omp parallel for schedule(static)
    for (int64_t t = 0; t < T; t++) {
      const float* cs = e->rope_cos.data() + size_t(pos[t]) * half;
      const float* sn = e->rope_sin.data() + size_t(pos[t]) * half;
      bias_rope_row(q + t * Q, L.qb.f32(), c.heads, D, cs, sn);
      bias_rope_row(k + t * KV, L.kb.f32(), c.kv_heads, D, cs, sn);
      add_bias_row(v + t * KV, L.vb.f32(), KV);
    }
    // causal grouped-query attention, sequence by sequence (no attention across packed sequences)
    prof.mark(0);
    for (int s = 0; s < nseq; s++) {
      const int64_t s0 = start[s];
      const int len = seq_len[s];
      if (int64_t(group) * len * len <= kGroupedScores) {
        // All query heads of a kv group in one product: gather them as [group * n, D] for a block of n
        // query positions [a, b), one QK^T against keys [0, b) and one PV per block (larger products
        // than per head), scatter the result back. Causal blocks: keys after b are never multiplied,
        // so the products cost (blocks + 1) / (2 blocks) of the full len x len square.
        float* Qg = e->qg.data();
        float* Og = e->og.data();
        float* S = e->s.data();
        for (int kvh = 0; kvh < c.kv_heads; kvh++) {
          for (int a = 0; a < len; a += kCausalBlock) {
            const int b = std::min(len, a + kCausalBlock);
            const int n = b - a;
            const int rows = group * n;
#pragma omp parallel for schedule(static)
            for (int r = 0; r < rows; r++)
              std::memcpy(Qg + int64_t(r) * D, q + (s0 + a + r % n) * Q + int64_t(kvh * group + r / n) * D,
                          size_t(D) * 4);
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, rows, b, D, scale, Qg, D,
                        k + s0 * KV + int64_t(kvh) * D, KV, 0.0f, S, b);
#pragma omp parallel for schedule(static)
            for (int r = 0; r < rows; r++) softmax_row(S + int64_t(r) * b, a + r % n + 1, b);
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, rows, D, b, 1.0f, S, b,
                        v + s0 * KV + int64_t(kvh) * D, KV, 0.0f, Og, D);
#pragma omp parallel for schedule(static)
            for (int r = 0; r < rows; r++)
              std::memcpy(att + (s0 + a + r % n) * Q + int64_t(kvh * group + r / n) * D, Og + int64_t(r) * D,
                          size_t(D) * 4);
          }
        }
        continue;
      }
      for (int hd = 0; hd < c.heads; hd++) {
        const int kvh = hd / group;
        for (int a = 0; a < len; a += qblock) {
          const int b = std::min(len, a + qblock);
          float* S = e->s.data();
          cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, b - a, b, D, scale,
                      q + (s0 + a) * Q + int64_t(hd) * D, Q, k + s0 * KV + int64_t(kvh) * D, KV, 0.0f,
                      S, b);
#pragma omp parallel for schedule(static)
          for (int r = 0; r < b - a; r++) softmax_row(S + int64_t(r) * b, a + r + 1, b);
          cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, b - a, D, b, 1.0f, S, b,
                      v + s0 * KV + int64_t(kvh) * D, KV, 0.0f, att + (s0 + a) * Q + int64_t(hd) * D, Q);
        }
      }
    }
    prof.mark(2);
    round_input(att, Q);
    product(att, L.ow, x, H, Q, true);
#pragma omp parallel for schedule(static)
    for (int64_t t = 0; t < T; t++) rms_norm_row(x + t * H, L.post_norm.f32(), h + t * H, H, eps);
    round_input(h, H);
    product(h, L.gate, g, I, H, false);
    product(h, L.up, u, I, H, false);
#pragma omp parallel for schedule(static)
    for (int64_t t = 0; t < T; t++) swiglu_row(g + t * I, u + t * I, I);
    round_input(g, I);
    product(g, L.down, x, H, I, true);
  }

  prof.mark(0);
  // Final norm of the positions that predict a target, then lm_head fused with a running log-sum-exp
  // over vocabulary chunks: only [P, chunk] logits exist at any time.
  const int64_t P = targets;
  grow(e->hs, size_t(P) * H);
  std::vector<int64_t> row_src(P);
  std::vector<int32_t> row_target(P);
  {
    int64_t r = 0;
    for (int s = 0; s < nseq; s++)
      for (int t = first[s]; t < seq_len[s]; t++, r++) {
        row_src[r] = start[s] + t - 1;
        row_target[r] = tokens[start[s] + t];
      }
  }
  float* hs = e->hs.data();
#pragma omp parallel for schedule(static)
  for (int64_t r = 0; r < P; r++) rms_norm_row(x + row_src[r] * H, e->norm.f32(), hs + r * H, H, eps);
  const int chunk = e->c.vocab_chunk;
  grow(e->logits, size_t(P) * chunk);
  float* lg = e->logits.data();
  std::vector<float> run_max(P, -INFINITY), tgt(P, 0.0f);
  std::vector<double> run_sum(P, 0.0);
  const Weight& W = e->head.p == e->embed.p ? e->embed : e->head;
  if (bf) {
    grow(e->abf, size_t(P + 32) * 2 * padded_pairs(H));
    to_bf16_rows(hs, P, H, padded_pairs(H), e->abf.data());
  }
  for (int c0 = 0; c0 < c.vocab; c0 += chunk) {
    const int n = std::min(chunk, c.vocab - c0);
    const float* wc = nullptr;
    if (bf) {
      gemm_bf16(e->abf.data(), P, W.packed, c0 / 16, (c0 + n + 15) / 16, lg, n, false);
    } else if (W.f32_ready()) {
      wc = W.f32() + int64_t(c0) * H;
    } else {
      convert(W.p, W.dtype, int64_t(c0) * H, int64_t(n) * H, e->wscratch.data());
      wc = e->wscratch.data();
    }
    (void)wc;
    if (!bf) cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, P, n, H, 1.0f, hs, H, wc, H, 0.0f, lg, n);
#pragma omp parallel for schedule(static)
    for (int64_t r = 0; r < P; r++) {
      const float* row = lg + r * n;
      float m = chunk_max(row, n);
      if (m > run_max[r]) {
        run_sum[r] *= std::exp(double(run_max[r]) - double(m));
        run_max[r] = m;
      }
      run_sum[r] += chunk_sumexp(row, n, run_max[r]);
      int tg = row_target[r] - c0;
      if (tg >= 0 && tg < n) tgt[r] = row[tg];
    }
  }
  for (int64_t r = 0; r < P; r++)
    out[r] = static_cast<float>(double(tgt[r]) - double(run_max[r]) - std::log(run_sum[r]));
  prof.mark(3);
}

void put(char* err, size_t errlen, const char* msg) {
  if (err && errlen) {
    std::strncpy(err, msg, errlen - 1);
    err[errlen - 1] = 0;
  }
}

}  // namespace

extern "C" {

int tx_open(const tx_config* config, const char* const* files, int32_t nfiles, const tx_tensor* tensors,
            int32_t ntensors, tx_engine** out, char* err, size_t errlen) {
  *out = nullptr;
  tx_engine* e = nullptr;
  try {
    e = new tx_engine();
    open_impl(e, config, files, nfiles, tensors, ntensors);
    *out = e;
    return TX_OK;
  } catch (const Failure& f) {
    put(err, errlen, f.what());
    delete e;
    return f.code;
  } catch (const std::bad_alloc&) {
    put(err, errlen, "out of memory while opening the model");
    delete e;
    return TX_E_MEMORY;
  } catch (const std::exception& x) {
    put(err, errlen, x.what());
    delete e;
    return TX_E_INTERNAL;
  }
}

int tx_score(tx_engine* e, const int32_t* tokens, const int32_t* seq_len, const int32_t* first,
             int32_t nseq, float* out, int64_t nout, char* err, size_t errlen) {
  if (!e) {
    put(err, errlen, "engine is null");
    return TX_E_ARGUMENT;
  }
  try {
    score_impl(e, tokens, seq_len, first, nseq, out, nout);
    return TX_OK;
  } catch (const Failure& f) {
    put(err, errlen, f.what());
    return f.code;
  } catch (const std::bad_alloc&) {
    put(err, errlen, "out of memory while scoring (use smaller batches)");
    return TX_E_MEMORY;
  } catch (const std::exception& x) {
    put(err, errlen, x.what());
    return TX_E_INTERNAL;
  }
}

void tx_close(tx_engine* e) { delete e; }

double tx_sgemm_gflops(int32_t n, int32_t reps) {
  if (n <= 0 || reps <= 0) return 0;
  try {
    std::vector<float> a(size_t(n) * n, 0.5f), b(size_t(n) * n, 0.25f), c(size_t(n) * n);
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, n, n, n, 1.0f, a.data(), n, b.data(), n, 0.0f,
                c.data(), n);
    double t0 = omp_get_wtime();
    for (int r = 0; r < reps; r++)
      cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, n, n, n, 1.0f, a.data(), n, b.data(), n, 0.0f,
                  c.data(), n);
    double t = omp_get_wtime() - t0;
    return 2.0 * n * double(n) * n * reps / t / 1e9;
  } catch (...) {
    return 0;
  }
}

const char* tx_info(void) {
  static std::string info = [] {
    std::string s = "taoxi-engine " TAOXI_VERSION "; baseline x86-64-v3; avx512f clones ";
    s += __builtin_cpu_supports("avx512f") ? "active" : "inactive";
    s += "; avx512_bf16 ";
    s += __builtin_cpu_supports("avx512bf16") ? "yes" : "no";
    s += "; bf16 products via ";
    s += amx_usable() ? "AMX" : __builtin_cpu_supports("avx512bf16") ? "AVX512-BF16" : "(unavailable)";
    s += "; OpenBLAS core ";
    s += openblas_get_corename();
    s += "; OpenMP threads ";
    s += std::to_string(omp_get_max_threads());
    return s;
  }();
  return info.c_str();
}

}  // extern "C"
