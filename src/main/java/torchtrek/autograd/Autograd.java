package torchtrek.autograd;

import java.util.Arrays;

import torchtrek.Tensor;
import torchtrek.errors.RuntimeError;
import torchtrek.errors.Warnings;
import torchtrek.ops.Creation;

/**
 * {@code torch.autograd.backward} and {@code torch.autograd.grad}: checks the roots and their
 * gradients as PyTorch's Python layer does (implicit gradients only for scalars, shapes must
 * match), then hands over to the {@link Engine}.
 */
public final class Autograd {
    private Autograd() {}

    public static void backward(Tensor[] roots, Tensor[] grads, boolean retainGraph, boolean createGraph, Tensor[] inputs) {
        Tensor[] g = makeGrads(roots, grads);
        if (createGraph) Warnings.warnOnce("backward-create-graph", "Using backward() with create_graph=True will create a "
            + "reference cycle between the parameter and its gradient which can cause a memory leak. We recommend using "
            + "autograd.grad when creating the graph to avoid this. If you have to use this function, make sure to reset the "
            + ".grad fields of your parameters to None after use to break the cycle and avoid the leak.");
        if (inputs == null || inputs.length == 0) {
            Engine.backward(roots, g, retainGraph, createGraph);
            return;
        }
        // backward(inputs=...): only these get .grad; a non-leaf among them retains its gradient, as in PyTorch
        for (Tensor t : inputs) t.retain_grad();
        Tensor[] captured = Engine.grad(roots, g, inputs, retainGraph, createGraph, true);
        try (var mode = GradMode.guard(createGraph)) {
            for (int i = 0; i < inputs.length; i++) {
                if (captured[i] != null && inputs[i].is_leaf()) inputs[i].gradAccumulator().apply(new Tensor[] {captured[i]});
            }
        }
    }

    public static Tensor[] grad(Tensor[] outputs, Tensor[] inputs, Tensor[] gradOutputs, boolean retainGraph,
                                boolean createGraph, boolean allowUnused) {
        return Engine.grad(outputs, makeGrads(outputs, gradOutputs), inputs, retainGraph, createGraph, allowUnused);
    }

    /** The gradient for each root: the given one (shape-checked), or ones for a one-element root. */
    private static Tensor[] makeGrads(Tensor[] roots, Tensor[] grads) {
        Tensor[] out = new Tensor[roots.length];
        for (int i = 0; i < roots.length; i++) {
            Tensor root = roots[i];
            Tensor g = grads != null && i < grads.length ? grads[i] : null;
            if (g == null) {
                if (root.requires_grad() && root.numel() != 1)
                    throw new RuntimeError("grad can be implicitly created only for scalar outputs");
                out[i] = Creation.onesLike(root);
            } else {
                if (!Arrays.equals(g.layout().shape(), root.layout().shape())) throw new RuntimeError(
                    "Mismatch in shape: grad_output[" + i + "] has a shape of " + g.shape() + " and output[" + i
                    + "] has a shape of " + root.shape() + ".");
                out[i] = g;
            }
        }
        return out;
    }
}
