package torchtrek.backend.cuda;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

import torchtrek.errors.RuntimeError;

/**
 * cuBLAS bound through JNA, whichever major version (12 or 13) is installed: the v2 entry
 * points used here have the same C signatures in both. Matrices are column-major, as in
 * BLAS; {@link GemmPlan} maps row-major tensors onto them. Device memory is passed as raw
 * addresses; scalars live on the host (cuBLAS's default pointer mode).
 */
final class Cublas {
    static final int OP_N = 0;
    static final int OP_T = 1;

    interface Api extends Library {
        int cublasGetProperty(int type, IntByReference value);

        int cublasCreate_v2(PointerByReference handle);

        int cublasDestroy_v2(Pointer handle);

        int cublasSgemmStridedBatched(Pointer handle, int transa, int transb, int m, int n, int k, float[] alpha,
                                      Pointer a, int lda, long strideA, Pointer b, int ldb, long strideB, float[] beta,
                                      Pointer c, int ldc, long strideC, int batchCount);

        int cublasDgemmStridedBatched(Pointer handle, int transa, int transb, int m, int n, int k, double[] alpha,
                                      Pointer a, int lda, long strideA, Pointer b, int ldb, long strideB, double[] beta,
                                      Pointer c, int ldc, long strideC, int batchCount);
    }

    private final Api api;
    private final String version;

    Cublas(String library) {
        this.api = Native.load(library, Api.class);
        IntByReference major = new IntByReference(), minor = new IntByReference(), patch = new IntByReference();
        check(api.cublasGetProperty(0, major), "cublasGetProperty");
        check(api.cublasGetProperty(1, minor), "cublasGetProperty");
        check(api.cublasGetProperty(2, patch), "cublasGetProperty");
        this.version = major.getValue() + "." + minor.getValue() + "." + patch.getValue();
    }

    String version() { return version; }

    /** A handle for the device whose context is current on this thread. */
    Pointer create() {
        PointerByReference ref = new PointerByReference();
        check(api.cublasCreate_v2(ref), "cublasCreate");
        return ref.getValue();
    }

    void destroy(Pointer handle) {
        api.cublasDestroy_v2(handle);
    }

    /** {@code C = A·B} for each of {@code plan.batch} column-major problems, in float32 or float64. */
    void gemm(Pointer handle, GemmPlan.Call call, boolean float64, long a, long b, long c) {
        int status = float64
            ? api.cublasDgemmStridedBatched(handle, call.transa(), call.transb(), call.m(), call.n(), call.k(), new double[] {1},
                new Pointer(a), call.lda(), call.strideA(), new Pointer(b), call.ldb(), call.strideB(), new double[] {0},
                new Pointer(c), call.ldc(), call.strideC(), call.batch())
            : api.cublasSgemmStridedBatched(handle, call.transa(), call.transb(), call.m(), call.n(), call.k(), new float[] {1},
                new Pointer(a), call.lda(), call.strideA(), new Pointer(b), call.ldb(), call.strideB(), new float[] {0},
                new Pointer(c), call.ldc(), call.strideC(), call.batch());
        check(status, float64 ? "cublasDgemmStridedBatched" : "cublasSgemmStridedBatched");
    }

    private static void check(int status, String call) {
        if (status != 0) throw new RuntimeError("CUDA error: " + call + " failed with " + statusName(status));
    }

    /** cuBLAS status names (cublas_api.h). */
    static String statusName(int status) {
        switch (status) {
            case 1: return "CUBLAS_STATUS_NOT_INITIALIZED";
            case 3: return "CUBLAS_STATUS_ALLOC_FAILED";
            case 7: return "CUBLAS_STATUS_INVALID_VALUE";
            case 8: return "CUBLAS_STATUS_ARCH_MISMATCH";
            case 11: return "CUBLAS_STATUS_MAPPING_ERROR";
            case 13: return "CUBLAS_STATUS_EXECUTION_FAILED";
            case 14: return "CUBLAS_STATUS_INTERNAL_ERROR";
            case 15: return "CUBLAS_STATUS_NOT_SUPPORTED";
            case 16: return "CUBLAS_STATUS_LICENSE_ERROR";
            default: return "cuBLAS status " + status;
        }
    }
}
