package torchtrek.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import torchtrek.Tensor;
import torchtrek.torch;

/** {@code a @ b} for square float32 matrices, allocating the result as {@code a @ b} does in Python. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MatmulBench {
    @Param({"64", "256", "1024"})
    public int n;

    @Param({"1", "2"})
    public int threads;

    private Tensor a;
    private Tensor b;

    @Setup
    public void setUp() {
        torch.set_num_threads(threads);
        torch.manual_seed(0);
        a = torch.rand(n, n);
        b = torch.rand(n, n);
    }

    @Benchmark
    public Tensor matmul() {
        return a.matmul(b);
    }
}
