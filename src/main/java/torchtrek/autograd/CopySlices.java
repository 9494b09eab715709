package torchtrek.autograd;

import torchtrek.Tensor;
import torchtrek.errors.RuntimeError;
import torchtrek.tensor.Layout;

/**
 * The history a base tensor gets when one of its views is modified in place (PyTorch's node
 * of the same name): the gradient of the base passes through unchanged except in the view's
 * region, where the in-place op's own backward ({@code fn}) applies.
 */
public final class CopySlices extends Node {
    private final Layout view;
    private final Node fn;

    public CopySlices(Edge baseEdge, Layout viewInBase, Node fn, Tensor base) {
        this.view = viewInBase;
        this.fn = fn;
        Edge[] fnEdges = fn.nextEdges();
        Edge[] edges = new Edge[Math.max(fnEdges.length, 1)];
        edges[0] = baseEdge;
        for (int i = 1; i < fnEdges.length; i++) edges[i] = fnEdges[i];
        setNextEdges(edges);
        setInputMetadata(0, base.layout().shape(), base.dtype(), base.device());
    }

    @Override
    public String name() { return "CopySlices"; }

    @Override
    public Tensor[] apply(Tensor[] grads) {
        Tensor g = grads[0];
        Tensor[] out = new Tensor[nextEdges().length];
        if (g == null) return out;
        Tensor result = g.clone();
        Tensor slice = Tensor.viewOf(result, view);
        Tensor[] res = fn.apply(new Tensor[] {slice.clone()});
        try (var off = GradMode.guard(false)) {
            if (res.length > 0 && res[0] != null) slice.copy_(res[0]);
            else slice.zero_();
        }
        out[0] = result;
        for (int i = 1; i < out.length && i < res.length; i++) out[i] = res[i];
        return out;
    }

    /**
     * A view's layout expressed in the coordinates of a dense copy of its base (offset relative to
     * the base's start), which is how gradients of the base are laid out.
     */
    public static Layout relativeLayout(Layout viewLayout, Layout baseLayout) {
        if (!baseLayout.isContiguous()) throw new RuntimeError("TorchTrek cannot record an in-place operation on a view of "
            + "a non-contiguous tensor that requires grad; call .contiguous() on the base first");
        return new Layout(viewLayout.shape(), viewLayout.strides(), viewLayout.offset() - baseLayout.offset());
    }

    /** The history of a view after an in-place change: the base's gradient, read through the view. */
    public static final class AsStridedBackward0 extends Node {
        private final Layout view;
        private final int[] baseShape;

        public AsStridedBackward0(Layout viewInBase, int[] baseShape) {
            this.view = viewInBase;
            this.baseShape = baseShape;
        }

        @Override
        public String name() { return "AsStridedBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] grads) {
            Tensor g = grads[0];
            Tensor result = torchtrek.ops.Creation.zeros(baseShape, g.dtype(), g.device());
            try (var off = GradMode.guard(false)) {
                Tensor.viewOf(result, view).add_(g);
            }
            return new Tensor[] {result};
        }
    }
}
