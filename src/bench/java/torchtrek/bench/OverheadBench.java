package torchtrek.bench;

import java.util.concurrent.TimeUnit;

import static torchtrek.Kwargs.requires_grad;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import torchtrek.Tensor;
import torchtrek.torch;

/** What every small op and every step of the notes' autograd loop costs: per-op overhead, not bandwidth. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OverheadBench {
    private Tensor p;
    private Tensor q;
    private Tensor x;

    @Setup
    public void setUp() {
        torch.set_num_threads(2);
        torch.manual_seed(0);
        p = torch.rand(2, 2);
        q = torch.rand(2, 2);
        x = torch.tensor(2.0, requires_grad(true));
    }

    /** {@code p + q} for 2x2 float32 tensors. */
    @Benchmark
    public Tensor add2x2() {
        return p.add(q);
    }

    /** The notes' loop: {@code y = x*x + 3*x + 5; y.backward(); x.grad; x.grad.zero_()}. */
    @Benchmark
    public Tensor autogradScalar() {
        Tensor y = x.mul(x).add(x.mul(3)).add(5);
        y.backward();
        Tensor g = x.grad();
        g.zero_();
        return g;
    }
}
