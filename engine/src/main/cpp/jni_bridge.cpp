// The only file that knows JNI: copies Java arrays in and out and turns status codes into (code, message)
// pairs for Java. No exceptions are thrown into the JVM from here; NativeScorer maps codes to
// EngineException.
#include <jni.h>

#include <string>
#include <vector>

#include "taoxi_engine.h"

namespace {
void set_error(JNIEnv* env, jobjectArray err_out, const char* msg) {
  if (err_out && env->GetArrayLength(err_out) > 0) {
    jstring s = env->NewStringUTF(msg);
    if (s) env->SetObjectArrayElement(err_out, 0, s);
  }
}

template <class J, class T>
bool copy_in(JNIEnv* env, J arr, std::vector<T>& out);

template <>
bool copy_in(JNIEnv* env, jintArray arr, std::vector<int32_t>& out) {
  if (!arr) return false;
  out.resize(env->GetArrayLength(arr));
  env->GetIntArrayRegion(arr, 0, out.size(), reinterpret_cast<jint*>(out.data()));
  return !env->ExceptionCheck();
}

template <>
bool copy_in(JNIEnv* env, jlongArray arr, std::vector<int64_t>& out) {
  if (!arr) return false;
  out.resize(env->GetArrayLength(arr));
  env->GetLongArrayRegion(arr, 0, out.size(), reinterpret_cast<jlong*>(out.data()));
  return !env->ExceptionCheck();
}
}  // namespace

extern "C" {

JNIEXPORT jint JNICALL Java_io_taoxi_engine_NativeScorer_nativeOpen(
    JNIEnv* env, jclass, jintArray ints, jdoubleArray doubles, jobjectArray files, jintArray tfile,
    jintArray tdtype, jlongArray toffset, jlongArray telements, jlongArray handle_out,
    jobjectArray err_out) {
  std::vector<int32_t> iv, tf, td;
  std::vector<int64_t> to, te;
  if (!copy_in(env, ints, iv) || iv.size() != 12 || !doubles || env->GetArrayLength(doubles) != 2 ||
      !copy_in(env, tfile, tf) || !copy_in(env, tdtype, td) || !copy_in(env, toffset, to) ||
      !copy_in(env, telements, te) || tf.size() != td.size() || tf.size() != to.size() ||
      tf.size() != te.size() || !files || !handle_out || env->GetArrayLength(handle_out) < 1) {
    set_error(env, err_out, "nativeOpen: malformed arguments");
    return TX_E_ARGUMENT;
  }
  jdouble dv[2];
  env->GetDoubleArrayRegion(doubles, 0, 2, dv);
  tx_config c{};
  c.hidden = iv[0];
  c.layers = iv[1];
  c.heads = iv[2];
  c.kv_heads = iv[3];
  c.head_dim = iv[4];
  c.intermediate = iv[5];
  c.vocab = iv[6];
  c.max_positions = iv[7];
  c.threads = iv[8];
  c.resident_f32 = iv[9];
  c.vocab_chunk = iv[10];
  c.compute_bf16 = iv[11];
  c.rms_eps = dv[0];
  c.rope_theta = dv[1];
  jsize nf = env->GetArrayLength(files);
  std::vector<std::string> paths(nf);
  std::vector<const char*> ptrs(nf);
  for (jsize i = 0; i < nf; i++) {
    jstring s = static_cast<jstring>(env->GetObjectArrayElement(files, i));
    if (!s) {
      set_error(env, err_out, "nativeOpen: null file name");
      return TX_E_ARGUMENT;
    }
    const char* u = env->GetStringUTFChars(s, nullptr);
    paths[i] = u;
    env->ReleaseStringUTFChars(s, u);
    env->DeleteLocalRef(s);
    ptrs[i] = paths[i].c_str();
  }
  std::vector<tx_tensor> ts(tf.size());
  for (size_t i = 0; i < ts.size(); i++) ts[i] = tx_tensor{tf[i], td[i], to[i], te[i]};
  char err[512] = {0};
  tx_engine* e = nullptr;
  int rc = tx_open(&c, ptrs.data(), nf, ts.data(), static_cast<int32_t>(ts.size()), &e, err, sizeof err);
  if (rc != TX_OK) {
    set_error(env, err_out, err);
    return rc;
  }
  jlong h = reinterpret_cast<jlong>(e);
  env->SetLongArrayRegion(handle_out, 0, 1, &h);
  return TX_OK;
}

JNIEXPORT jint JNICALL Java_io_taoxi_engine_NativeScorer_nativeScore(JNIEnv* env, jclass, jlong handle,
                                                                     jintArray tokens, jintArray seq_len,
                                                                     jintArray first, jfloatArray out,
                                                                     jobjectArray err_out) {
  std::vector<int32_t> tok, len, fst;
  if (!handle || !copy_in(env, tokens, tok) || !copy_in(env, seq_len, len) || !copy_in(env, first, fst) ||
      len.size() != fst.size() || !out) {
    set_error(env, err_out, "nativeScore: malformed arguments");
    return TX_E_ARGUMENT;
  }
  int64_t total = 0;
  for (int32_t l : len) total += l;
  if (total != static_cast<int64_t>(tok.size())) {
    set_error(env, err_out, "nativeScore: sequence lengths do not add up to the token count");
    return TX_E_ARGUMENT;
  }
  std::vector<float> res(env->GetArrayLength(out));
  char err[512] = {0};
  int rc = tx_score(reinterpret_cast<tx_engine*>(handle), tok.data(), len.data(), fst.data(),
                    static_cast<int32_t>(len.size()), res.data(), static_cast<int64_t>(res.size()), err,
                    sizeof err);
  if (rc != TX_OK) {
    set_error(env, err_out, err);
    return rc;
  }
  env->SetFloatArrayRegion(out, 0, res.size(), res.data());
  return TX_OK;
}

JNIEXPORT void JNICALL Java_io_taoxi_engine_NativeScorer_nativeClose(JNIEnv*, jclass, jlong handle) {
  tx_close(reinterpret_cast<tx_engine*>(handle));
}

JNIEXPORT jstring JNICALL Java_io_taoxi_engine_NativeScorer_nativeInfo(JNIEnv* env, jclass) {
  return env->NewStringUTF(tx_info());
}

JNIEXPORT jdouble JNICALL Java_io_taoxi_engine_NativeScorer_nativeSgemmGflops(JNIEnv*, jclass, jint n,
                                                                             jint reps) {
  return tx_sgemm_gflops(n, reps);
}

}  // extern "C"
