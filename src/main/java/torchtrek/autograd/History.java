package torchtrek.autograd;

import torchtrek.Tensor;

/**
 * Records an operation on the tape: the one place that decides whether an op needs a node,
 * links the node to its inputs' edges and attaches it to the output (PyTorch's
 * {@code collect_next_edges} and {@code set_history}).
 */
public final class History {
    private History() {}

    /** Whether an op on these inputs must be recorded (grad mode on and some input requires grad). */
    public static boolean needed(Tensor a) {
        return GradMode.isEnabled() && a.requires_grad();
    }

    public static boolean needed(Tensor a, Tensor b) {
        return GradMode.isEnabled() && (a.requires_grad() || (b != null && b.requires_grad()));
    }

    public static boolean needed(Tensor... inputs) {
        if (!GradMode.isEnabled()) return false;
        for (Tensor t : inputs) if (t != null && t.requires_grad()) return true;
        return false;
    }

    /** Links {@code node} to the inputs (null edges for inputs that need no gradient) and makes it {@code output}'s grad_fn. */
    public static <N extends Node> N record(N node, Tensor output, Tensor... inputs) {
        Edge[] edges = new Edge[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            edges[i] = inputs[i] == null ? null : Engine.gradientEdge(inputs[i]);
        }
        node.setNextEdges(edges);
        node.setInputMetadata(0, output.layout().shape(), output.dtype(), output.device());
        output.setGradFn(node, 0);
        return node;
    }

    /** As {@link #record} for an op with several outputs ({@code split}, {@code unbind}): output i is the node's input i. */
    public static <N extends Node> N recordOutputs(N node, Tensor[] outputs, Tensor... inputs) {
        if (outputs.length == 0) return node;
        record(node, outputs[0], inputs);
        for (int i = 1; i < outputs.length; i++) {
            node.setInputMetadata(i, outputs[i].layout().shape(), outputs[i].dtype(), outputs[i].device());
            outputs[i].setGradFn(node, i);
        }
        return node;
    }
}
