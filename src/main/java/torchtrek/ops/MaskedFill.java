package torchtrek.ops;

import torchtrek.Tensor;
import torchtrek.autograd.History;
import torchtrek.autograd.Node;
import torchtrek.autograd.SavedTensor;
import torchtrek.errors.RuntimeError;
import torchtrek.tensor.DType;

/** {@code masked_fill} and {@code masked_fill_}, with PyTorch's checks and gradients. */
public final class MaskedFill {
    private MaskedFill() {}

    /** {@code x.masked_fill(mask, value)}: value (a number or a 0-d tensor, cast to x's dtype) where mask holds. */
    public static Tensor maskedFill(Tensor x, Tensor mask, Tensor value) {
        checkMaskedFill(mask, value);
        Tensor result = Elementwise.where(mask, Elementwise.cast(value, x.dtype()), x);
        if (History.needed(x, value)) {
            if (value.isWrappedNumber() || !value.requires_grad()) History.record(new MaskedFillBackward(mask, false), result, x);
            else History.record(new MaskedFillBackward(mask, true), result, x, value);
        }
        return result;
    }

    private static void checkMaskedFill(Tensor mask, Tensor value) {
        if (mask.dtype() != DType.BOOL) throw new RuntimeError("masked_fill_ only supports boolean masks, but got mask with dtype "
            + mask.dtype().scalarTypeName());
        if (value.layout().dim() != 0) throw new RuntimeError("masked_fill_ only supports a 0-dimensional value tensor, but got "
            + "tensor with " + value.layout().dim() + " dimension(s).");
    }

    /** masked_fill: no gradient where the value was written; a value tensor gets the sum of the gradient there. */
    static final class MaskedFillBackward extends Node {
        private final SavedTensor mask;
        private final boolean valueTensor;

        MaskedFillBackward(Tensor mask, boolean valueTensor) {
            this.mask = save(mask);
            this.valueTensor = valueTensor;
        }

        @Override public String name() { return valueTensor ? "MaskedFillBackward1" : "MaskedFillBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor m = mask.unpack();
            Tensor gx = g[0].masked_fill(m, 0.0);
            if (!valueTensor) return new Tensor[] {gx};
            return new Tensor[] {gx, Comparison.where(m, g[0], Creation.scalarTensor(0.0, g[0].dtype())).sum()};
        }
    }

    public static Tensor maskedFill_(Tensor x, Tensor mask, Tensor value) {
        checkMaskedFill(mask, value);
        InPlace.check(x, value);
        if (InPlace.needsRecording(x, value)) return InPlace.recorded(x, old -> maskedFill(old, mask, value));
        Tensor r = Elementwise.where(mask, value, x);
        x.backend().copy(r.strided(), x.strided());
        InPlace.bump(x);
        return x;
    }
}
