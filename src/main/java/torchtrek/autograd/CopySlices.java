package torchtrek.autograd;

import java.util.Arrays;
import java.util.List;

import torchtrek.Tensor;
import torchtrek.tensor.Layout;

/**
 * The history a base tensor gets when one of its views is modified in place (PyTorch's node
 * of the same name): the gradient of the base passes through unchanged except in the view's
 * region, where the in-place op's own backward ({@code fn}) applies. Its next edges are the
 * base's old history followed by fn's edges for the op's other inputs.
 */
public final class CopySlices extends Node {
    private final Layout inBase;
    private final Layout geometry;
    private final Node fn;

    public CopySlices(Edge baseEdge, Tensor view, Tensor base, Node fn) {
        this.inBase = Views.inBase(view.layout(), base.layout());
        this.geometry = Views.geometry(base.layout());
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

    /** The in-place op's own node, whose backward applies inside the view's region. */
    public Node fn() { return fn; }

    @Override
    public Tensor[] apply(Tensor[] grads) {
        Tensor g = grads[0];
        Tensor[] out = new Tensor[nextEdges().length];
        if (g == null) return out;
        Tensor result = Views.copyIn(geometry, g);
        Tensor slice = Views.region(result, inBase, geometry);
        Tensor[] res = fn.apply(new Tensor[] {slice.clone()});
        Tensor inside = res.length > 0 ? res[0] : null;
        if (inside == null) slice.zero_();
        else slice.copy_(Arrays.equals(inside.layout().shape(), slice.layout().shape()) ? inside
            : inside.sum_to_size(slice.layout().shape()));
        out[0] = result;
        for (int i = 1; i < out.length && i < res.length; i++) out[i] = res[i];
        return out;
    }

    @Override
    public List<SavedTensor> savedTensors() {
        return fn.savedTensors();
    }

    @Override
    void releaseVariables() {
        fn.releaseVariables();
    }
}
