package torchtrek.autograd;

import torchtrek.Tensor;

/**
 * The sink of the backward graph for a leaf tensor that requires grad: the only node that
 * writes {@code .grad}. The first gradient is stored, later ones are added to it.
 */
public final class AccumulateGrad extends Node {
    private final Tensor variable;

    public AccumulateGrad(Tensor variable) {
        this.variable = variable;
        setInputMetadata(0, variable.layout().shape(), variable.dtype(), variable.device());
    }

    /** The leaf whose {@code .grad} this node fills. */
    public Tensor variable() { return variable; }

    @Override
    public String name() { return "AccumulateGrad"; }

    @Override
    public Tensor[] apply(Tensor[] grads) {
        Tensor incoming = grads[0];
        if (incoming == null) return new Tensor[0];
        Tensor current = variable.grad_unchecked();
        if (current == null) {
            // create_graph keeps the gradient's own history; otherwise store a detached copy
            variable.setGrad(GradMode.isEnabled() ? incoming : incoming.detach().clone());
        } else if (GradMode.isEnabled()) {
            variable.setGrad(current.add(incoming));
        } else {
            try (var g = GradMode.guard(false)) {
                current.add_(incoming);
            }
        }
        return new Tensor[0];
    }
}
