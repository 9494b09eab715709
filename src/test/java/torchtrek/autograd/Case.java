package torchtrek.autograd;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static torchtrek.Kwargs.dtype;

import java.util.function.Function;
import java.util.function.Supplier;

import torchtrek.Tensor;
import torchtrek.torch;

/**
 * One differentiable function to check: a name for the test report, the function of its
 * inputs, and fresh float64 inputs that require grad (drawn from a seeded generator, so every
 * run checks the same points).
 */
record Case(String name, Function<Tensor[], Tensor> f, Supplier<Tensor[]> inputs) {
    @Override
    public String toString() { return name; }

    static Case of(String name, Function<Tensor[], Tensor> f, Supplier<Tensor[]> inputs) {
        return new Case(name, f, inputs);
    }

    /** A function of one input. */
    static Case unary(String name, Function<Tensor, Tensor> f, Supplier<Tensor> input) {
        return new Case(name, xs -> f.apply(xs[0]), () -> new Tensor[] {input.get()});
    }

    /** Central differences agree with autograd's Jacobian. */
    void assertGradcheck() {
        assertTrue(GradCheck.gradcheck(f, inputs.get()), name);
    }

    /** ... and so do the first derivatives' own derivatives (create_graph=True). */
    void assertGradgradcheck() {
        assertTrue(GradCheck.gradgradcheck(f, inputs.get()), name);
    }

    // ------------------------------------------------------------------ inputs

    private static long seed = 1;

    /** Standard normal float64 values of this shape, requiring grad. */
    static Tensor randn(long... shape) {
        torch.manual_seed(seed++);
        return torch.randn(shape, dtype(torch.float64)).requires_grad_();
    }

    /** Values in [lo, hi), float64, requiring grad (for functions with a restricted domain). */
    static Tensor uniform(double lo, double hi, long... shape) {
        torch.manual_seed(seed++);
        return torch.rand(shape, dtype(torch.float64)).mul(hi - lo).add(lo).requires_grad_();
    }

    /** Positive values away from zero: [0.5, 2). */
    static Tensor positive(long... shape) {
        return uniform(0.5, 2, shape);
    }

    /**
     * A non-contiguous leaf of this shape: the transpose (last two dims swapped) of fresh
     * values, made to require grad itself, so gradients must follow its strides.
     */
    static Tensor noncontiguous(long... shape) {
        long[] swapped = shape.clone();
        int n = shape.length;
        swapped[n - 1] = shape[n - 2];
        swapped[n - 2] = shape[n - 1];
        torch.manual_seed(seed++);
        Tensor t = torch.randn(swapped, dtype(torch.float64)).transpose(-2, -1);
        return t.requires_grad_();
    }

    /** A constant (no grad) float64 tensor. */
    static Tensor constant(long... shape) {
        torch.manual_seed(seed++);
        return torch.randn(shape, dtype(torch.float64));
    }
}
