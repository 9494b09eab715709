package torchtrek.course;

import java.util.List;

/** What a beginner can do about the errors PyTorch (and so TorchTrek) raises most often in this course. */
final class ErrorAdvice {
    private record Advice(String contains, String text) {}

    private static final List<Advice> TABLE = List.of(
        new Advice("does not require grad and does not have a grad_fn",
            "backward() was called on a result that autograd did not track: create the input with requires_grad(true)."),
        new Advice("grad can be implicitly created only for scalar outputs",
            "backward() with no argument needs a single number: sum() or mean() the result first, or pass backward(v) a"
                + " tensor of the result's shape (a vector-Jacobian product)."),
        new Advice("backward through the graph a second time",
            "a graph can be walked backward once: compute the result again, or pass retain_graph(true) to the first backward()."),
        new Advice("Can't call numpy() on Tensor that requires grad",
            "use t.detach().numpy(): a NumPy array cannot carry autograd history."),
        new Advice("is invalid for input of size",
            "the new shape must hold exactly as many elements as the tensor has (multiply the sizes to check)."),
        new Advice("cannot be multiplied",
            "for A @ B the columns of A must equal the rows of B: (n, k) @ (k, m) gives (n, m). `.T()` transposes."),
        new Advice("must match the size of tensor b",
            "the two shapes cannot be broadcast together: compare them dimension by dimension from the right."),
        new Advice("CUDA is not available",
            "there is no GPU here: check torch.cuda.is_available() first, and keep the tensor on the CPU when it is false."),
        new Advice("Torch not compiled with CUDA enabled",
            "there is no GPU here: check torch.cuda.is_available() first, and keep the tensor on the CPU when it is false."),
        new Advice("Found no NVIDIA driver",
            "there is no GPU here: check torch.cuda.is_available() first, and keep the tensor on the CPU when it is false."),
        new Advice("Only Tensors of floating point and complex dtype can require gradients",
            "make the tensor from decimals (2.0, not 2) or pass dtype(torch.float32)."),
        new Advice("a leaf Variable that requires grad is being used in an in-place operation",
            "change a tensor that requires grad only inside `try (var g = torch.no_grad()) { ... }`, or use an out-of-place op."),
        new Advice("view size is not compatible with input tensor's size and stride",
            "view() needs contiguous memory: use reshape() (it copies when it must) or .contiguous().view(...)."));

    private ErrorAdvice() {}

    /** Advice for an error message, or null when there is none. */
    static String forError(String message) {
        if (message == null) return null;
        for (Advice a : TABLE) if (message.contains(a.contains())) return a.text();
        return null;
    }
}
