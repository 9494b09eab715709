package torchtrek.ops;

import java.util.ArrayList;
import java.util.List;

import torchtrek.Tensor;
import torchtrek.Tuple;
import torchtrek.autograd.GradMode;
import torchtrek.autograd.History;
import torchtrek.autograd.Node;
import torchtrek.errors.RuntimeError;
import torchtrek.tensor.Layout;

/**
 * {@code split}, {@code chunk} and {@code unbind}: several views of one tensor returned
 * together, recorded as one node with an output per view (PyTorch's SplitBackward0 and
 * UnbindBackward0), so the gradients of the pieces are joined back in one step.
 */
public final class Splits {
    private Splits() {}

    public static List<Tensor> split(Tensor x, long splitSize, long dim) {
        int d = Layout.normalizeDim(dim, x.layout().dim());
        int size = x.layout().size(d);
        List<Tensor> parts = new ArrayList<>();
        try (var off = GradMode.guard(false)) {
            for (long start = 0; start < size || (size == 0 && start == 0); start += splitSize) {
                parts.add(Tensor.viewOf(x, x.layout().narrow(d, start, Math.min(splitSize, size - start))));
                if (size == 0) break;
            }
        }
        return multiOutputViews(x, parts, new SplitBackward0("SplitBackward0", d, parts));
    }

    /** Views returned together by one op share one node (output i is its input i) and refuse in-place changes. */
    private static List<Tensor> multiOutputViews(Tensor x, List<Tensor> parts, Node node) {
        Tensor[] outs = parts.toArray(new Tensor[0]);
        if (GradMode.isEnabled()) for (Tensor t : outs) t.markMultiOutputView();
        if (History.needed(x)) History.recordOutputs(node, outs, x);
        return Tuple.copyOf(parts);
    }

    /** split and unbind: the gradients of the pieces joined back (zeros for pieces that got none). */
    static final class SplitBackward0 extends Node {
        private final String name;
        private final int dim;
        private final int[][] shapes;

        SplitBackward0(String name, int dim, List<Tensor> parts) {
            this.name = name;
            this.dim = dim;
            this.shapes = new int[parts.size()][];
            for (int i = 0; i < shapes.length; i++) shapes[i] = parts.get(i).layout().shape();
        }

        @Override public String name() { return name; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            List<Tensor> pieces = new ArrayList<>();
            Tensor like = null;
            for (Tensor t : g) if (t != null) like = t;
            for (int i = 0; i < shapes.length; i++) {
                pieces.add(g[i] != null ? g[i] : Creation.zeros(shapes[i], like.dtype(), like.device()));
            }
            boolean unbind = name.equals("UnbindBackward0");
            return new Tensor[] {unbind ? Joining.stack(pieces, dim) : Joining.cat(pieces, dim)};
        }
    }

    public static List<Tensor> chunk(Tensor x, long chunks, long dim) {
        if (chunks <= 0) throw new RuntimeError("chunk expects `chunks` to be greater than 0, got: " + chunks);
        int d = Layout.normalizeDim(dim, x.layout().dim());
        long size = x.layout().size(d);
        long splitSize = Math.max((size + chunks - 1) / chunks, 1);
        return split(x, splitSize, d);
    }

    public static List<Tensor> unbind(Tensor x, long dim) {
        int d = Layout.normalizeDim(dim, x.layout().dim());
        List<Tensor> parts = new ArrayList<>();
        try (var off = GradMode.guard(false)) {
            for (int i = 0; i < x.layout().size(d); i++) parts.add(Tensor.viewOf(x, x.layout().select(d, i)));
        }
        return multiOutputViews(x, parts, new SplitBackward0("UnbindBackward0", d, parts));
    }
}
