package torchtrek.ops;

import java.util.Arrays;
import java.util.List;

import torchtrek.Tensor;
import torchtrek.autograd.History;
import torchtrek.autograd.Node;
import torchtrek.errors.RuntimeError;
import torchtrek.tensor.DType;
import torchtrek.tensor.Layout;

/** {@code torch.cat} and {@code torch.stack}, with PyTorch's checks and messages. */
public final class Joining {
    private Joining() {}

    public static Tensor cat(List<Tensor> tensors, long dim) {
        if (tensors.isEmpty()) throw new RuntimeError("torch.cat(): expected a non-empty list of Tensors");
        // legacy rule: 1-D empty tensors are skipped
        Tensor ref = null;
        for (Tensor t : tensors) if (!(t.layout().dim() == 1 && t.numel() == 0)) { ref = t; break; }
        if (ref == null) return tensors.get(0).clone();
        int n = ref.layout().dim();
        if (n == 0) throw new RuntimeError("zero-dimensional tensor (at position 0) cannot be concatenated");
        int d = Layout.normalizeDim(dim, n);
        DType dtype = Promotion.resultType(tensors.toArray(new Tensor[0]));
        int total = 0;
        for (int i = 0; i < tensors.size(); i++) {
            Tensor t = tensors.get(i);
            if (t.layout().dim() == 1 && t.numel() == 0) continue;
            if (t.layout().dim() != n) throw new RuntimeError("Tensors must have same number of dimensions: got " + n
                + " and " + t.layout().dim());
            for (int k = 0; k < n; k++) {
                if (k != d && t.layout().size(k) != ref.layout().size(k)) throw new RuntimeError(
                    "Sizes of tensors must match except in dimension " + d + ". Expected size " + ref.layout().size(k)
                    + " but got size " + t.layout().size(k) + " for tensor number " + i + " in the list.");
            }
            Elementwise.commonDevice(ref, t);
            total += t.layout().size(d);
        }
        int[] shape = ref.layout().shape().clone();
        shape[d] = total;
        Tensor out = Elementwise.empty(shape, dtype, ref.device());
        int offset = 0;
        int[] sizes = new int[tensors.size()];
        for (int i = 0; i < tensors.size(); i++) {
            Tensor t = tensors.get(i);
            if (t.layout().dim() == 1 && t.numel() == 0) continue;
            int len = t.layout().size(d);
            sizes[i] = len;
            Layout region = out.layout().narrow(d, offset, len);
            out.backend().copy(Elementwise.cast(t, dtype).strided(), new torchtrek.backend.Strided(out.storage(), region));
            offset += len;
        }
        Tensor[] inputs = tensors.toArray(new Tensor[0]);
        if (History.needed(inputs)) History.record(new SplitBackward("CatBackward0", d, sizes, false), out, inputs);
        return out;
    }

    public static Tensor stack(List<Tensor> tensors, long dim) {
        if (tensors.isEmpty()) throw new RuntimeError("stack expects a non-empty TensorList");
        int[] shape = tensors.get(0).layout().shape();
        for (int i = 1; i < tensors.size(); i++) {
            if (!Arrays.equals(tensors.get(i).layout().shape(), shape)) throw new RuntimeError(
                "stack expects each tensor to be equal size, but got " + Arrays.toString(shape) + " at entry 0 and "
                + Arrays.toString(tensors.get(i).layout().shape()) + " at entry " + i);
        }
        int d = Layout.normalizeDim(dim, shape.length + 1);
        Tensor[] parts = new Tensor[tensors.size()];
        Tensor out;
        try (var off = torchtrek.autograd.GradMode.guard(false)) {
            for (int i = 0; i < parts.length; i++) parts[i] = tensors.get(i).unsqueeze(d);
            out = cat(Arrays.asList(parts), d);
        }
        int[] sizes = new int[parts.length];
        Arrays.fill(sizes, 1);
        Tensor[] inputs = tensors.toArray(new Tensor[0]);
        if (History.needed(inputs)) History.record(new SplitBackward("StackBackward0", d, sizes, true), out, inputs);
        return out;
    }

    /** cat and stack: each input gets its slice of the gradient (squeezed back for stack). */
    static final class SplitBackward extends Node {
        private final String name;
        private final int dim;
        private final int[] sizes;
        private final boolean squeeze;

        SplitBackward(String name, int dim, int[] sizes, boolean squeeze) {
            this.name = name;
            this.dim = dim;
            this.sizes = sizes;
            this.squeeze = squeeze;
        }

        @Override public String name() { return name; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor[] out = new Tensor[sizes.length];
            int offset = 0;
            for (int i = 0; i < sizes.length; i++) {
                if (nextEdges()[i] != null) {
                    Tensor part = g[0].narrow(dim, offset, sizes[i]);
                    out[i] = squeeze ? part.squeeze(dim) : part;
                }
                offset += sizes[i];
            }
            return out;
        }
    }
}
