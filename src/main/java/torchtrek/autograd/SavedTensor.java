package torchtrek.autograd;

import java.util.Arrays;

import torchtrek.Tensor;
import torchtrek.errors.RuntimeError;
import torchtrek.tensor.DType;

/**
 * A tensor a node keeps for its backward formula, with the version it had when saved.
 * Using it after an in-place change, or after the graph was freed, fails with PyTorch's messages.
 */
public final class SavedTensor {
    static final String BACKWARD_TWICE = "Trying to backward through the graph a second time (or directly access saved "
        + "tensors after they have already been freed). Saved intermediate values of the graph are freed when you call "
        + ".backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second "
        + "time or if you need to access saved tensors after calling backward.";

    private Tensor tensor;
    private final int[] shape;
    private final DType dtype;
    private final int savedVersion;
    private final Node owner;        // set when the saved tensor is an output of the owning node
    private boolean freed;

    private SavedTensor(Tensor tensor, Node owner) {
        this.tensor = tensor;
        this.shape = tensor.layout().shape();
        this.dtype = tensor.dtype();
        this.savedVersion = tensor.version_counter().version();
        this.owner = owner;
    }

    static SavedTensor input(Tensor t) {
        return new SavedTensor(t, null);
    }

    static SavedTensor output(Tensor t, Node node) {
        return new SavedTensor(t, node);
    }

    public Tensor unpack() {
        if (freed) throw new RuntimeError(BACKWARD_TWICE);
        int current = tensor.version_counter().version();
        if (current != savedVersion) {
            StringBuilder m = new StringBuilder("one of the variables needed for gradient computation has been modified by an "
                + "inplace operation: [").append(tensor.dtype().legacyTypeName()).append(' ')
                .append(Arrays.toString(tensor.layout().shape())).append(']');
            Node creator = owner != null ? owner : tensor.grad_fn();
            int outputNr = owner != null ? 0 : tensor.output_nr();
            if (creator != null) m.append(", which is output ").append(outputNr).append(" of ").append(creator.name()).append(',');
            m.append(" is at version ").append(current).append("; expected version ").append(savedVersion)
                .append(" instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, "
                    + "with torch.autograd.set_detect_anomaly(True).");
            throw new RuntimeError(m.toString());
        }
        return tensor;
    }

    /** The saved tensor without the version check (for graph rendering); null once freed. */
    Tensor peek() {
        return tensor;
    }

    /** The saved tensor's shape (kept after the data is freed, for graph rendering). */
    public int[] shape() {
        return shape;
    }

    /** The saved tensor's dtype (kept after the data is freed). */
    public DType dtype() {
        return dtype;
    }

    /** Whether this is an output of the node that saved it (PyTorch's {@code _saved_result}) rather than an input. */
    public boolean isOutput() {
        return owner != null;
    }

    public boolean isFreed() { return freed; }

    void release() {
        freed = true;
        tensor = null;
    }
}
