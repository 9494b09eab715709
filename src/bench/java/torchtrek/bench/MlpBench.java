package torchtrek.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import torchtrek.Tensor;
import torchtrek.torch;

/**
 * One SGD step of a 784-128-10 MLP on a batch of 64 (forward, MSE loss, backward, update written
 * with tensors), beside the five matrix products that step needs on their own: the step's
 * target is 1.5x those products.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MlpBench {
    private static final double LR = 0.01;

    private Tensor x;
    private Tensor target;
    private Tensor w1;
    private Tensor b1;
    private Tensor w2;
    private Tensor b2;
    private Tensor[] params;
    // inputs of the matmul-only reference, shaped as the step's own products
    private Tensor h;
    private Tensor gOut;
    private Tensor gHidden;

    @Setup
    public void setUp() {
        torch.set_num_threads(2);
        torch.manual_seed(0);
        x = torch.randn(64, 784);
        target = torch.randn(64, 10);
        w1 = torch.randn(784, 128).mul(0.05).requires_grad_();
        b1 = torch.zeros(128).requires_grad_();
        w2 = torch.randn(128, 10).mul(0.05).requires_grad_();
        b2 = torch.zeros(10).requires_grad_();
        params = new Tensor[] {w1, b1, w2, b2};
        h = torch.rand(64, 128);
        gOut = torch.randn(64, 10);
        gHidden = torch.randn(64, 128);
    }

    @Benchmark
    public Tensor step() {
        Tensor hidden = x.matmul(w1).add(b1).relu();
        Tensor out = hidden.matmul(w2).add(b2);
        Tensor loss = out.sub(target).pow(2).mean();
        loss.backward();
        try (var g = torch.no_grad()) {
            for (Tensor p : params) {
                p.sub_(p.grad().mul(LR));
                p.grad().zero_();
            }
        }
        return loss;
    }

    /** The step's products alone: x@W1, h@W2 forward; g@W2^T, h^T@g, x^T@g backward. */
    @Benchmark
    public Tensor matmulsOnly() {
        try (var g = torch.no_grad()) {
            x.matmul(w1);
            h.matmul(w2);
            gOut.matmul(w2.T());
            h.T().matmul(gOut);
            return x.T().matmul(gHidden);
        }
    }
}
