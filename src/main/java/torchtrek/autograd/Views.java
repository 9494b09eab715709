package torchtrek.autograd;

import java.util.Arrays;

import torchtrek.Tensor;
import torchtrek.errors.RuntimeError;
import torchtrek.ops.Elementwise;
import torchtrek.tensor.Layout;

/**
 * Views under in-place changes. A view's region is described in its base's geometry (the
 * base's shape and strides, offsets counted from the base's first element), so gradients of
 * the base laid out with that geometry can be read and written through the view exactly as
 * PyTorch's {@code as_strided} does in {@code CopySlices} and {@code AsStridedBackward0}.
 */
public final class Views {
    private Views() {}

    /** The history of a view: its base's, read through the view's region ({@code AsStridedBackward0}). */
    public static Node history(Tensor view, Tensor base) {
        Node n = new AsStridedBackward0(inBase(view.layout(), base.layout()), geometry(base.layout()));
        n.setNextEdges(Engine.gradientEdge(base));
        n.setInputMetadata(0, view.layout().shape(), view.dtype(), view.device());
        return n;
    }

    /**
     * The history a view gets when its memory changed since its grad_fn was recorded, or null
     * when it needs none (its base does not require grad, or it was made under no_grad).
     */
    public static Node regeneratedHistory(Tensor view, Tensor base) {
        if (view.viewCreation() == ViewCreation.NO_GRAD_MODE || !base.requires_grad()) return null;
        return history(view, base);
    }

    /** A view's layout with offsets counted from its base's first element. */
    public static Layout inBase(Layout view, Layout base) {
        return new Layout(view.shape(), view.strides(), view.offset() - base.offset());
    }

    /** A base's shape and strides from offset 0: how gradients of that base are laid out here. */
    public static Layout geometry(Layout base) {
        Layout g = new Layout(base.shape(), base.strides(), 0);
        if (base.isContiguous()) return g;
        int[] pos = positions(g);
        int[] sorted = pos.clone();
        Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) throw new RuntimeError("unsupported operation: more than one element of the "
                + "written-to tensor refers to a single memory location. Please clone() the tensor before performing the "
                + "operation.");
        }
        return g;
    }

    /** The storage position of every element of {@code l}, in row-major order. */
    static int[] positions(Layout l) {
        int[] out = new int[l.numel()];
        int[] index = new int[l.dim()];
        for (int e = 0; e < out.length; e++) {
            out[e] = l.position(index);
            for (int d = index.length - 1; d >= 0; d--) {
                if (++index[d] < l.size(d)) break;
                index[d] = 0;
            }
        }
        return out;
    }

    /** A fresh tensor of zeros with {@code geometry}'s shape and strides (which are never negative). */
    static Tensor zerosIn(Layout geometry, Tensor like) {
        int extent = geometry.numel() == 0 ? 0 : 1;
        for (int d = 0; d < geometry.dim(); d++) extent += (geometry.size(d) - 1) * geometry.stride(d);
        return new Tensor(like.backend().allocate(like.dtype(), extent), geometry);
    }

    /** A copy of {@code g} laid out with {@code geometry} (recorded, so it is differentiable under create_graph). */
    static Tensor copyIn(Layout geometry, Tensor g) {
        Tensor out = zerosIn(geometry, g);
        out.copy_(g);
        return out;
    }

    /** {@code g} itself when it already has {@code geometry}'s strides, else a copy laid out so. */
    static Tensor in(Layout geometry, Tensor g) {
        return Arrays.equals(g.layout().strides(), geometry.strides()) ? g : copyIn(geometry, g);
    }

    /** The region {@code inBase} of {@code t} (laid out with the base's geometry) as a view, recorded. */
    static Tensor region(Tensor t, Layout inBase, Layout geometry) {
        Tensor v = Tensor.viewOf(t, new Layout(inBase.shape(), inBase.strides(), inBase.offset() + t.layout().offset()));
        if (History.needed(t)) History.record(new AsStridedBackward0(inBase, geometry), v, t);
        return v;
    }

    /** Zeros in the base's geometry with {@code g} added into the region (overlapping positions add up), recorded. */
    static Tensor embed(Tensor g, Layout inBase, Layout geometry) {
        Tensor result = zerosIn(geometry, g);
        Tensor src = Elementwise.contiguous(g);
        result.backend().scatter(src.strided(), positions(inBase), result.strided(), true);
        if (History.needed(g)) History.record(new AsStridedScatterBackward0(inBase, geometry), result, g);
        return result;
    }

    /** The history of a region read out of a base ({@code as_strided}): the gradient embedded back. */
    public static final class AsStridedBackward0 extends Node {
        private final Layout inBase;
        private final Layout geometry;

        AsStridedBackward0(Layout inBase, Layout geometry) {
            this.inBase = inBase;
            this.geometry = geometry;
        }

        @Override public String name() { return "AsStridedBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] grads) {
            return new Tensor[] {embed(grads[0], inBase, geometry)};
        }
    }

    /** The history of an embedded gradient (second order): the region read back out. */
    static final class AsStridedScatterBackward0 extends Node {
        private final Layout inBase;
        private final Layout geometry;

        AsStridedScatterBackward0(Layout inBase, Layout geometry) {
            this.inBase = inBase;
            this.geometry = geometry;
        }

        @Override public String name() { return "AsStridedScatterBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] grads) {
            return new Tensor[] {region(in(geometry, grads[0]), inBase, geometry)};
        }
    }
}
