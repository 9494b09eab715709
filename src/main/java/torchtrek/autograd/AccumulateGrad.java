package torchtrek.autograd;

import torchtrek.Tensor;
import torchtrek.ops.Elementwise;

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
            // a copy, never the incoming tensor itself (another edge may hold it); under
            // create_graph the copy is recorded (CopyBackwards), so .grad stays differentiable
            variable.setGrad(GradMode.isEnabled() ? recordedCopy(incoming) : incoming.detach().clone());
        } else if (GradMode.isEnabled()) {
            variable.setGrad(current.add(incoming));
        } else {
            try (var g = GradMode.guard(false)) {
                current.add_(incoming);
            }
        }
        return new Tensor[0];
    }

    private static Tensor recordedCopy(Tensor g) {
        return Elementwise.empty(g.layout().shape(), g.dtype(), g.device()).copy_(g);
    }
}
