package torchtrek.bench;

import java.util.concurrent.TimeUnit;

import static torchtrek.Kwargs.out;

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

/** Memory-bound ops over 16M float32 elements: what the C add and sum loops set the limit for. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StreamBench {
    public static final int N = 16 << 20;

    @Param({"2"})
    public int threads;

    private Tensor a;
    private Tensor b;
    private Tensor c;

    @Setup
    public void setUp() {
        torch.set_num_threads(threads);
        torch.manual_seed(0);
        a = torch.rand(N);
        b = torch.rand(N);
        c = torch.empty(N);
    }

    /** {@code torch.add(a, b, out=c)}: reads a and b, writes c (12 bytes per element). */
    @Benchmark
    public Tensor addOut() {
        return torch.add(a, b, out(c));
    }

    /** {@code a + b}: the same traffic plus a fresh 64 MB result each time. */
    @Benchmark
    public Tensor addAlloc() {
        return a.add(b);
    }

    /** {@code a.sum()}: reads a (4 bytes per element). */
    @Benchmark
    public Tensor sum() {
        return a.sum();
    }
}
