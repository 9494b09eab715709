package torchtrek.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import torchtrek.Tensor;
import torchtrek.autograd.GradMode;
import torchtrek.autograd.History;
import torchtrek.autograd.Node;
import torchtrek.errors.IndexError;
import torchtrek.errors.RuntimeError;
import torchtrek.errors.Warnings;
import torchtrek.tensor.Layout;

/**
 * Views and reshaping. A view shares storage and version counter with its base and records a
 * node whose backward maps the gradient back to the base's shape; reshape/flatten copy only when
 * the strides cannot express the new shape.
 */
public final class Shapes {
    private Shapes() {}

    /** A view of x with {@code layout}, recorded with {@code node} when x requires grad. */
    private static Tensor view(Tensor x, Layout layout, Node node) {
        Tensor v = Tensor.viewOf(x, layout);
        if (History.needed(x)) History.record(node, v, x);
        return v;
    }

    /** Backward of a view: the gradient placed into zeros of the input's shape, through the same view. */
    static Tensor embed(Tensor g, int[] inputShape, UnaryOperator<Tensor> viewOf) {
        Tensor out = Creation.zeros(inputShape, g.dtype(), g.device());
        viewOf.apply(out).copy_(g);
        return out;
    }

    /** A node whose backward reshapes the gradient to the input's shape. */
    static final class ReshapeNode extends Node {
        private final String name;
        private final int[] inputShape;

        ReshapeNode(String name, int[] inputShape) {
            this.name = name;
            this.inputShape = inputShape;
        }

        @Override public String name() { return name; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {g[0].reshape(Arrays.stream(inputShape).asLongStream().toArray())};
        }
    }

    // ------------------------------------------------------------------ view / reshape / flatten

    public static Tensor view(Tensor x, long[] shape) {
        int[] newShape = Layout.inferShape(shape, x.layout().numel());
        int[] strides = x.layout().viewStrides(newShape);
        if (strides == null) throw new RuntimeError("view size is not compatible with input tensor's size and stride (at "
            + "least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.");
        return view(x, new Layout(newShape, strides, x.layout().offset()), new ReshapeNode("ViewBackward0", x.layout().shape()));
    }

    public static Tensor reshape(Tensor x, long[] shape) {
        int[] newShape = Layout.inferShape(shape, x.layout().numel());
        int[] strides = x.layout().viewStrides(newShape);
        if (strides != null) {
            return view(x, new Layout(newShape, strides, x.layout().offset()), new ReshapeNode("ViewBackward0", x.layout().shape()));
        }
        Tensor copy = Conversion.contiguous(x);   // not viewable, so not contiguous: a row-major copy
        Tensor v = new Tensor(copy.storage(), Layout.contiguous(newShape));
        if (History.needed(copy)) History.record(new ReshapeNode("UnsafeViewBackward0", x.layout().shape()), v, copy);
        return v;
    }

    public static Tensor flatten(Tensor x, long startDim, long endDim) {
        int n = x.layout().dim();
        if (n == 0) return reshape(x, new long[] {1});
        int s = Layout.normalizeDim(startDim, n), e = Layout.normalizeDim(endDim, n);
        if (s > e) throw new RuntimeError("flatten() has invalid args: start_dim cannot come after end_dim");
        if (s == e) return x;
        int[] shape = x.layout().shape();
        long[] target = new long[n - (e - s)];
        int k = 0;
        for (int d = 0; d < s; d++) target[k++] = shape[d];
        long merged = 1;
        for (int d = s; d <= e; d++) merged *= shape[d];
        target[k++] = merged;
        for (int d = e + 1; d < n; d++) target[k++] = shape[d];
        return reshape(x, target);
    }

    public static Tensor unflatten(Tensor x, long dim, long[] sizes) {
        int n = x.layout().dim();
        int d = Layout.normalizeDim(dim, n);
        int size = x.layout().size(d);
        long product = 1;
        int infer = -1;
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] == -1) infer = i;
            else product *= sizes[i];
        }
        long[] resolved = sizes.clone();
        if (infer >= 0 && product != 0 && size % product == 0) resolved[infer] = size / product;
        long check = 1;
        for (long s : resolved) check *= s;
        if (check != size) throw new RuntimeError("unflatten: Provided sizes " + Arrays.toString(sizes)
            + " don't multiply up to the size of dim " + dim + " (" + size + ") in the input tensor");
        long[] target = new long[n - 1 + sizes.length];
        int k = 0;
        for (int i = 0; i < d; i++) target[k++] = x.layout().size(i);
        for (long s : resolved) target[k++] = s;
        for (int i = d + 1; i < n; i++) target[k++] = x.layout().size(i);
        return view(x, target);
    }

    // ------------------------------------------------------------------ squeeze / unsqueeze

    public static Tensor squeeze(Tensor x, Long dim) {
        Layout l = dim == null ? x.layout().squeeze() : x.layout().squeeze(dim);
        return view(x, l, new ReshapeNode(dim == null ? "SqueezeBackward0" : "SqueezeBackward1", x.layout().shape()));
    }

    public static Tensor unsqueeze(Tensor x, long dim) {
        return view(x, x.layout().unsqueeze(dim), new ReshapeNode("UnsqueezeBackward0", x.layout().shape()));
    }

    // ------------------------------------------------------------------ transpose / permute

    public static Tensor transpose(Tensor x, long d0, long d1) {
        return view(x, x.layout().transpose(d0, d1), new TransposeBackward("TransposeBackward0", d0, d1));
    }

    public static Tensor t(Tensor x) {
        int n = x.layout().dim();
        if (n > 2) throw new RuntimeError("t() expects a tensor with <= 2 dimensions, but self is " + n + "D");
        Layout l = n < 2 ? x.layout() : x.layout().transpose(0, 1);
        return view(x, l, new TransposeBackward("TBackward0", 0, n < 2 ? 0 : 1));
    }

    public static Tensor mT(Tensor x) {
        int n = x.layout().dim();
        if (n < 2) throw new RuntimeError("tensor.mT is only supported on matrices or batches of matrices. Got " + n + "-D tensor.");
        return transpose(x, -2, -1);
    }

    /** {@code x.T}: all dims reversed, with PyTorch's deprecation warning for other than 2-D. */
    public static Tensor reverseDims(Tensor x) {
        int n = x.layout().dim();
        if (n != 2) Warnings.warnOnce("x.T", "The use of `x.T` on tensors of dimension other than 2 to reverse their shape is "
            + "deprecated and it will throw an error in a future release. Consider `x.mT` to transpose batches of matrices or "
            + "`x.permute(*torch.arange(x.ndim - 1, -1, -1))` to reverse the dimensions of a tensor.");
        long[] dims = new long[n];
        for (int i = 0; i < n; i++) dims[i] = n - 1 - i;
        return permute(x, dims);
    }

    static final class TransposeBackward extends Node {
        private final String name;
        private final long d0;
        private final long d1;

        TransposeBackward(String name, long d0, long d1) {
            this.name = name;
            this.d0 = d0;
            this.d1 = d1;
        }

        @Override public String name() { return name; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {d0 == d1 ? g[0] : g[0].transpose(d0, d1)};
        }
    }

    public static Tensor permute(Tensor x, long[] dims) {
        Layout l = x.layout().permute(dims);
        int n = dims.length;
        long[] inverse = new long[n];
        for (int i = 0; i < n; i++) inverse[Layout.normalizeDim(dims[i], n)] = i;
        return view(x, l, new PermuteBackward0(inverse));
    }

    static final class PermuteBackward0 extends Node {
        private final long[] inverse;

        PermuteBackward0(long[] inverse) { this.inverse = inverse; }

        @Override public String name() { return "PermuteBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {g[0].permute(inverse)};
        }
    }

    public static Tensor movedim(Tensor x, long source, long destination) {
        int n = x.layout().dim();
        int s = Layout.normalizeDim(source, n), d = Layout.normalizeDim(destination, n);
        List<Long> order = new ArrayList<>();
        for (long i = 0; i < n; i++) if (i != s) order.add(i);
        order.add(d, (long) s);
        return permute(x, order.stream().mapToLong(Long::longValue).toArray());
    }

    // ------------------------------------------------------------------ expand

    public static Tensor expand(Tensor x, long[] sizes) {
        Layout l = x.layout().expand(sizes, x.dtype().legacyTypeName());
        return view(x, l, new ExpandBackward0(x.layout().shape()));
    }

    static final class ExpandBackward0 extends Node {
        private final int[] inputShape;

        ExpandBackward0(int[] inputShape) { this.inputShape = inputShape; }

        @Override public String name() { return "ExpandBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {g[0].sum_to_size(inputShape)};
        }
    }

    // ------------------------------------------------------------------ select / slice / narrow / diagonal

    /** {@code x.select(dim, index)}: select()'s own messages, not those of {@code x[index]}. */
    public static Tensor selectDim(Tensor x, long dim, long index) {
        int n = x.layout().dim();
        if (n == 0) throw new IndexError("select() cannot be applied to a 0-dim tensor.");
        int d = Layout.normalizeDim(dim, n);
        int size = x.layout().size(d);
        if (index < -size || index >= size) throw new IndexError("select(): index " + index
            + " out of range for tensor of size " + Arrays.toString(x.layout().shape()) + " at dimension " + d);
        return select(x, d, index);
    }

    public static Tensor select(Tensor x, long dim, long index) {
        Layout l = x.layout().select(dim, index);
        int[] shape = x.layout().shape();
        return view(x, l, new EmbedBackward("SelectBackward0", shape, out -> out.select(dim, index)));
    }

    public static Tensor slice(Tensor x, long dim, long start, long end, long step) {
        Layout l = x.layout().slice(dim, start, end, step);
        int[] shape = x.layout().shape();
        return view(x, l, new EmbedBackward("SliceBackward0", shape, out -> slice(out, dim, start, end, step)));
    }

    public static Tensor narrow(Tensor x, long dim, long start, long length) {
        Layout l = x.layout().narrow(dim, start, length);
        int[] shape = x.layout().shape();
        return view(x, l, new EmbedBackward("SliceBackward0", shape, out -> narrow(out, dim, start, length)));
    }

    public static Tensor diagonal(Tensor x, long offset, long dim1, long dim2) {
        Layout l = x.layout().diagonal(offset, dim1, dim2);
        int[] shape = x.layout().shape();
        return view(x, l, new EmbedBackward("DiagonalBackward0", shape, out -> diagonal(out, offset, dim1, dim2)));
    }

    /** Backward of a view that picks a region: the gradient placed into zeros through the same view. */
    static final class EmbedBackward extends Node {
        private final String name;
        private final int[] inputShape;
        private final UnaryOperator<Tensor> region;

        EmbedBackward(String name, int[] inputShape, UnaryOperator<Tensor> region) {
            this.name = name;
            this.inputShape = inputShape;
            this.region = region;
        }

        @Override public String name() { return name; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {embed(g[0], inputShape, region)};
        }
    }

    // ------------------------------------------------------------------ in-place view ops

    public static Tensor squeeze_(Tensor x, Long dim) {
        Layout l = dim == null ? x.layout().squeeze() : x.layout().squeeze(dim);
        return inPlaceView(x, l, new ReshapeNode(dim == null ? "SqueezeBackward3" : "SqueezeBackward4", x.layout().shape()));
    }

    public static Tensor unsqueeze_(Tensor x, long dim) {
        return inPlaceView(x, x.layout().unsqueeze(dim), new ReshapeNode("UnsqueezeBackward1", x.layout().shape()));
    }

    public static Tensor transpose_(Tensor x, long d0, long d1) {
        return inPlaceView(x, x.layout().transpose(d0, d1), new TransposeBackward("TransposeBackward1", d0, d1));
    }

    public static Tensor t_(Tensor x) {
        int n = x.layout().dim();
        if (n > 2) throw new RuntimeError("t_() expects a tensor with <= 2 dimensions, but self is " + n + "D");
        Layout l = n < 2 ? x.layout() : x.layout().transpose(0, 1);
        return inPlaceView(x, l, new TransposeBackward("TBackward1", 0, n < 2 ? 0 : 1));
    }

    /**
     * An in-place view op ({@code t_}, {@code squeeze_}...): self takes the new layout, counts as
     * modified, and gets its own node (PyTorch names these apart from the view ops: TBackward1...).
     */
    private static Tensor inPlaceView(Tensor self, Layout layout, Node node) {
        InPlace.check(self);
        boolean record = History.needed(self);
        self.setLayout(layout);
        self.bumpVersion();
        if (record) History.record(node, self, self);
        return self;
    }

    // ------------------------------------------------------------------ copies: repeat, flip

    public static Tensor repeat(Tensor x, long[] repeats) {
        int n = x.layout().dim();
        if (repeats.length < n) throw new RuntimeError("Number of dimensions of repeat dims can not be smaller than number of "
            + "dimensions of tensor");
        int m = repeats.length;
        // view x as [1, s0, 1, s1, ...] expanded to [r0, s0, r1, s1, ...], then merge pairs
        long[] expandedShape = new long[2 * m];
        long[] unsqueezedShape = new long[2 * m];
        long[] result = new long[m];
        for (int i = 0; i < m; i++) {
            int src = i - (m - n);
            long size = src >= 0 ? x.layout().size(src) : 1;
            unsqueezedShape[2 * i] = 1;
            unsqueezedShape[2 * i + 1] = size;
            expandedShape[2 * i] = repeats[i];
            expandedShape[2 * i + 1] = size;
            result[i] = repeats[i] * size;
        }
        Tensor out;
        try (var off = GradMode.guard(false)) {
            out = x.reshape(unsqueezedShape).expand(expandedShape).reshape(result);
        }
        if (History.needed(x)) History.record(new RepeatBackward0(x.layout().shape(), repeats), out, x);
        return out;
    }

    /** Each input element's gradient is the sum over its copies. */
    static final class RepeatBackward0 extends Node {
        private final int[] inputShape;
        private final long[] repeats;

        RepeatBackward0(int[] inputShape, long[] repeats) {
            this.inputShape = inputShape;
            this.repeats = repeats;
        }

        @Override public String name() { return "RepeatBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            int m = repeats.length, lead = m - inputShape.length;
            long[] split = new long[2 * m];
            long[] copyDims = new long[m];
            for (int i = 0; i < m; i++) {
                split[2 * i] = repeats[i];
                split[2 * i + 1] = i < lead ? 1 : inputShape[i - lead];
                copyDims[i] = 2 * i;
            }
            return new Tensor[] {g[0].reshape(split).sum(copyDims).reshape(Arrays.stream(inputShape).asLongStream().toArray())};
        }
    }

    public static Tensor flip(Tensor x, long[] dims) {
        int n = x.layout().dim();
        Layout l = x.layout();
        int[] strides = l.strides().clone();
        int offset = l.offset();
        for (long dim : dims) {
            int d = Layout.normalizeDim(dim, n);
            offset += (l.size(d) - 1) * strides[d];
            strides[d] = -strides[d];
        }
        Tensor out = Elementwise.empty(l.shape(), x.dtype(), x.device());
        out.backend().copy(new torchtrek.backend.Strided(x.storage(), new Layout(l.shape(), strides, offset)), out.strided());
        if (History.needed(x)) History.record(new FlipBackward0(dims), out, x);
        return out;
    }

    static final class FlipBackward0 extends Node {
        private final long[] dims;

        FlipBackward0(long[] dims) { this.dims = dims; }

        @Override public String name() { return "FlipBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {g[0].flip(dims)};
        }
    }
}
