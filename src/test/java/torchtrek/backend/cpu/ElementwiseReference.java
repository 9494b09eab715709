package torchtrek.backend.cpu;

import torchtrek.Tensor;
import torchtrek.tensor.DType;

/** Test helper: a tensor's elements in row-major order, read through the storage accessors. */
public final class ElementwiseReference {
    private ElementwiseReference() {}

    public static double[] values(Tensor t) {
        Tensor d = t.to(DType.FLOAT64).contiguous();
        double[] out = new double[d.layout().numel()];
        for (int i = 0; i < out.length; i++) out[i] = d.storage().getDouble(d.layout().offset() + i);
        return out;
    }
}
