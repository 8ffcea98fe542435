// JNI for the CUDA library (io.taoxi.engine.CudaScorer): same marshalling as jni_bridge.cpp, C API in
// taoxi_engine_cuda.h. Status codes + messages go back to Java; nothing is thrown from here.
#include <jni.h>

#include <string>
#include <vector>

#include "taoxi_engine_cuda.h"

namespace {
void set_error(JNIEnv* env, jobjectArray err_out, const char* msg) {
  if (err_out && env->GetArrayLength(err_out) > 0) {
    jstring s = env->NewStringUTF(msg);
    if (s) env->SetObjectArrayElement(err_out, 0, s);
  }
}
bool ints(JNIEnv* env, jintArray a, std::vector<int32_t>& out) {
  if (!a) return false;
  out.resize(env->GetArrayLength(a));
  env->GetIntArrayRegion(a, 0, out.size(), reinterpret_cast<jint*>(out.data()));
  return !env->ExceptionCheck();
}
bool longs(JNIEnv* env, jlongArray a, std::vector<int64_t>& out) {
  if (!a) return false;
  out.resize(env->GetArrayLength(a));
  env->GetLongArrayRegion(a, 0, out.size(), reinterpret_cast<jlong*>(out.data()));
  return !env->ExceptionCheck();
}
}  // namespace

extern "C" {

JNIEXPORT jint JNICALL Java_io_taoxi_engine_CudaScorer_nativeOpen(
    JNIEnv* env, jclass, jintArray iarr, jdoubleArray darr, jobjectArray files, jintArray tfile,
    jintArray tdtype, jlongArray toffset, jlongArray telements, jint device, jlongArray handle_out,
    jobjectArray err_out) {
  std::vector<int32_t> iv, tf, td;
  std::vector<int64_t> to, te;
  if (!ints(env, iarr, iv) || iv.size() != 12 || !darr || env->GetArrayLength(darr) != 2 ||
      !ints(env, tfile, tf) || !ints(env, tdtype, td) || !longs(env, toffset, to) ||
      !longs(env, telements, te) || tf.size() != td.size() || tf.size() != to.size() ||
      tf.size() != te.size() || !files || !handle_out || env->GetArrayLength(handle_out) < 1) {
    set_error(env, err_out, "nativeOpen: malformed arguments");
    return TX_E_ARGUMENT;
  }
  jdouble dv[2];
  env->GetDoubleArrayRegion(darr, 0, 2, dv);
  tx_config c{iv[0], iv[1], iv[2], iv[3], iv[4], iv[5], iv[6], iv[7], dv[0], dv[1], iv[8], iv[9], iv[10], iv[11]};
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
    if (!u) return TX_E_MEMORY;  // OutOfMemoryError pending
    paths[i] = u;
    env->ReleaseStringUTFChars(s, u);
    env->DeleteLocalRef(s);
    ptrs[i] = paths[i].c_str();
  }
  std::vector<tx_tensor> ts(tf.size());
  for (size_t i = 0; i < ts.size(); i++) ts[i] = tx_tensor{tf[i], td[i], to[i], te[i]};
  char err[512] = {0};
  txc_engine* e = nullptr;
  int rc = txc_open(&c, ptrs.data(), nf, ts.data(), int32_t(ts.size()), device, &e, err, sizeof err);
  if (rc != TX_OK) {
    set_error(env, err_out, err);
    return rc;
  }
  jlong h = reinterpret_cast<jlong>(e);
  env->SetLongArrayRegion(handle_out, 0, 1, &h);
  return TX_OK;
}

JNIEXPORT jint JNICALL Java_io_taoxi_engine_CudaScorer_nativeScore(JNIEnv* env, jclass, jlong handle,
                                                                   jintArray tokens, jintArray seq_len,
                                                                   jintArray first, jfloatArray out,
                                                                   jobjectArray err_out) {
  std::vector<int32_t> tok, len, fst;
  if (!handle || !ints(env, tokens, tok) || !ints(env, seq_len, len) || !ints(env, first, fst) ||
      len.size() != fst.size() || !out) {
    set_error(env, err_out, "nativeScore: malformed arguments");
    return TX_E_ARGUMENT;
  }
  int64_t total = 0;
  for (int32_t l : len) total += l;
  if (total != int64_t(tok.size())) {
    set_error(env, err_out, "nativeScore: sequence lengths do not add up to the token count");
    return TX_E_ARGUMENT;
  }
  std::vector<float> res(env->GetArrayLength(out));
  char err[512] = {0};
  int rc = txc_score(reinterpret_cast<txc_engine*>(handle), tok.data(), len.data(), fst.data(),
                     int32_t(len.size()), res.data(), int64_t(res.size()), err, sizeof err);
  if (rc != TX_OK) {
    set_error(env, err_out, err);
    return rc;
  }
  env->SetFloatArrayRegion(out, 0, res.size(), res.data());
  return TX_OK;
}

JNIEXPORT void JNICALL Java_io_taoxi_engine_CudaScorer_nativeClose(JNIEnv*, jclass, jlong handle) {
  txc_close(reinterpret_cast<txc_engine*>(handle));
}

}  // extern "C"
