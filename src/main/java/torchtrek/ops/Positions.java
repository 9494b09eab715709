package torchtrek.ops;

import torchtrek.Tensor;
import torchtrek.autograd.History;
import torchtrek.autograd.Node;

/**
 * The gradients of advanced indexing (and of gather, index_select, take, masked_select): the
 * elements an op read are given as positions in a row-major tensor of the input's shape, so the
 * gradient is those positions added back into zeros, and its own gradient (second order) reads
 * the same positions again. Both directions are recorded, so they stay differentiable.
 */
final class Positions {
    private Positions() {}

    /** The elements of t at {@code positions} (row-major positions in t's shape), shaped {@code shape}. */
    static Tensor take(Tensor t, int[] positions, int[] shape) {
        Tensor src = Elementwise.contiguous(t);
        Tensor out = Elementwise.empty(shape, t.dtype(), t.device());
        out.backend().gather(src.strided(), shifted(positions, src.layout().offset()), out.strided());
        if (History.needed(t)) History.record(new IndexBackward("IndexBackward0", t.layout().shape(), positions, null), out, t);
        return out;
    }

    /** Zeros of {@code shape} with src's elements added at {@code positions} (repeated positions add up). */
    static Tensor put(Tensor src, int[] positions, int[] shape) {
        Tensor out = Elementwise.empty(shape, src.dtype(), src.device());
        out.backend().scatter(Elementwise.contiguous(src).strided(), positions, out.strided(), true);
        if (History.needed(src)) History.record(new PutBackward(src.layout().shape(), positions), out, src);
        return out;
    }

    private static int[] shifted(int[] positions, int offset) {
        if (offset == 0) return positions;
        int[] out = new int[positions.length];
        for (int i = 0; i < out.length; i++) out[i] = positions[i] + offset;
        return out;
    }

    /**
     * An op that read its input at these positions of a row-major tensor of {@code sourceShape}:
     * the gradient goes back to them. When the op read a flattened input ({@code take}), the
     * gradient is reshaped to {@code inputShape}; a broadcast source is summed back by the engine.
     */
    static final class IndexBackward extends Node {
        private final String name;
        private final int[] sourceShape;
        private final int[] positions;
        private final long[] inputShape;

        IndexBackward(String name, int[] sourceShape, int[] positions, int[] flattenedFrom) {
            this.name = name;
            this.sourceShape = sourceShape;
            this.positions = positions;
            this.inputShape = flattenedFrom == null ? null : java.util.Arrays.stream(flattenedFrom).asLongStream().toArray();
        }

        @Override public String name() { return name; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor grad = put(g[0], positions, sourceShape);
            return new Tensor[] {inputShape == null ? grad : grad.reshape(inputShape)};
        }
    }

    /** The gradient of {@link #put}: the values at the positions read back. */
    static final class PutBackward extends Node {
        private final int[] sourceShape;
        private final int[] positions;

        PutBackward(int[] sourceShape, int[] positions) {
            this.sourceShape = sourceShape;
            this.positions = positions;
        }

        @Override public String name() { return "IndexPutBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {take(g[0], positions, sourceShape)};
        }
    }
}
