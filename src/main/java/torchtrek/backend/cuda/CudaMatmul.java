package torchtrek.backend.cuda;

import torchtrek.backend.Strided;
import torchtrek.errors.RuntimeError;
import torchtrek.tensor.DType;

/**
 * Batched matrix products through cuBLAS: float32 and float64 directly (no TF32, as PyTorch's
 * default), float16 and bfloat16 through float32 (PyTorch also accumulates them in float32).
 * Operands whose strides cuBLAS cannot describe are made contiguous first; so is an output
 * that cannot be written in place.
 */
final class CudaMatmul {
    private final CudaDevice device;
    private final CudaKernels kernels;

    CudaMatmul(CudaDevice device, CudaKernels kernels) {
        this.device = device;
        this.kernels = kernels;
    }

    void matmul(Strided a, Strided b, Strided dst) {
        DType t = dst.dtype();
        int batch = a.shape()[0], k = a.shape()[2];
        if (!t.isFloatingPoint()) throw new RuntimeError("\"" + (batch == 1 ? "addmm_cuda" : "bmm_cuda")
            + "\" not implemented for '" + t.scalarTypeName() + "'");
        if (dst.numel() == 0) return;
        if (k == 0) {
            kernels.fill(dst, 0);
            return;
        }
        if (t == DType.FLOAT16 || t == DType.BFLOAT16) {
            Strided out = kernels.temporary(DType.FLOAT32, dst.shape());
            matmul(converted(a, DType.FLOAT32), converted(b, DType.FLOAT32), out);
            kernels.copy(out, dst);
            return;
        }
        Strided aa = GemmPlan.usableInput(a.layout()) ? converted(a, t) : contiguous(a, t);
        Strided bb = GemmPlan.usableInput(b.layout()) ? converted(b, t) : contiguous(b, t);
        Strided out = GemmPlan.outputView(dst.layout()) != null ? dst : kernels.temporary(t, dst.shape());
        GemmPlan.Call call = GemmPlan.plan(aa.layout(), bb.layout(), out.layout());
        long item = t.itemSize();
        device.cublas().gemm(device.cublasHandle(), call, t == DType.FLOAT64,
            kernels.ptr(bb).address() + call.aOffset() * item,
            kernels.ptr(aa).address() + call.bOffset() * item,
            kernels.ptr(out).address() + call.cOffset() * item);
        if (out != dst) kernels.copy(out, dst);
    }

    private Strided converted(Strided s, DType d) {
        return s.dtype() == d ? s : contiguous(s, d);
    }

    private Strided contiguous(Strided s, DType d) {
        Strided t = kernels.temporary(d, s.shape());
        kernels.copy(s, t);
        return t;
    }
}
