package torchtrek.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs TorchTrek's JMH benchmarks and prints one line per metric,
 * {@code key<TAB>best<TAB>median<TAB>unit}, best and median taken over the measured iterations
 * (best = highest throughput or lowest latency). JMH's own log goes to stderr.
 *
 * <p>Usage: {@code BenchMain [--quick] [--only REGEX]}.
 */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws RunnerException {
        boolean quick = false;
        String only = ".*";
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--quick")) quick = true;
            else if (args[i].equals("--only") && i + 1 < args.length) only = args[++i];
            else throw new IllegalArgumentException("usage: BenchMain [--quick] [--only REGEX]");
        }
        ChainedOptionsBuilder opts = new OptionsBuilder()
            .include("torchtrek\\.bench\\..*Bench\\.(" + only + ")")
            .forks(1)
            .jvmArgsAppend(forkFlags())
            .verbosity(VerboseMode.SILENT)
            .shouldFailOnError(true);
        if (quick) {
            opts.warmupIterations(3).warmupTime(TimeValue.milliseconds(500))
                .measurementIterations(3).measurementTime(TimeValue.milliseconds(300))
                .param("threads", "2");
        } else {
            // many short iterations: on a shared machine the best of them finds the quiet moments
            opts.warmupIterations(4).warmupTime(TimeValue.seconds(1))
                .measurementIterations(12).measurementTime(TimeValue.milliseconds(500));
        }
        Collection<RunResult> results = new Runner(opts.build()).run();
        for (RunResult r : results) print(r);
    }

    /** The JVM flags scripts/torchtrek starts TorchTrek with, so the forks measure what students run. */
    private static String[] forkFlags() {
        List<String> flags = new ArrayList<>(List.of("-Xss8m", "--enable-native-access=ALL-UNNAMED"));
        if (Runtime.version().feature() >= 23) flags.add("--sun-misc-unsafe-memory-access=allow");  // JMH's own use of Unsafe
        if (hugePagesOnRequest()) flags.add("-XX:+UseTransparentHugePages");  // as scripts/lib/jdk.sh's torchtrek_memory_flags
        return flags.toArray(String[]::new);
    }

    private static boolean hugePagesOnRequest() {
        try {
            String mode = java.nio.file.Files.readString(java.nio.file.Path.of("/sys/kernel/mm/transparent_hugepage/enabled"));
            return mode.contains("[always]") || mode.contains("[madvise]");
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    private static void print(RunResult run) {
        String method = run.getParams().getBenchmark();
        method = method.substring(method.lastIndexOf('.') + 1);
        Metric m = Metric.of(method, run);
        if (m == null) return;
        List<Double> seconds = new ArrayList<>();
        for (BenchmarkResult br : run.getBenchmarkResults()) {
            for (IterationResult ir : br.getIterationResults()) seconds.add(ir.getPrimaryResult().getScore() * 1e-9);
        }
        seconds.sort(null);
        double fastest = seconds.get(0);
        int n = seconds.size();
        double median = n % 2 == 1 ? seconds.get(n / 2) : 0.5 * (seconds.get(n / 2 - 1) + seconds.get(n / 2));
        System.out.printf(Locale.ROOT, "%s\t%.3f\t%.3f\t%s%n", m.key, m.value(fastest), m.value(median), m.unit);
        System.out.flush();
    }

    /** How one benchmark's seconds per op become a reported figure. */
    private record Metric(String key, String unit, double work, boolean rate) {
        double value(double secondsPerOp) {
            return rate ? work / secondsPerOp : secondsPerOp * work;
        }

        static Metric of(String method, RunResult run) {
            String threads = run.getParams().getParam("threads");
            String suffix = threads == null || threads.equals("2") ? "" : "_" + threads + "t";
            double elems = StreamBench.N;
            switch (method) {
                case "matmul": {
                    double n = Double.parseDouble(run.getParams().getParam("n"));
                    return new Metric("matmul" + (int) n + suffix + "_gflops", "GFLOP/s", 2 * n * n * n / 1e9, true);
                }
                case "addOut": return new Metric("add16M_out" + suffix + "_gbs", "GB/s", 12 * elems / 1e9, true);
                case "addAlloc": return new Metric("add16M_alloc" + suffix + "_gbs", "GB/s", 12 * elems / 1e9, true);
                case "sum": return new Metric("sum16M" + suffix + "_gbs", "GB/s", 4 * elems / 1e9, true);
                case "add2x2": return new Metric("add2x2_ns", "ns/op", 1e9, false);
                case "autogradScalar": return new Metric("autograd_scalar_us", "us/iter", 1e6, false);
                case "step": return new Metric("mlp_step_ms", "ms/step", 1e3, false);
                case "matmulsOnly": return new Metric("mlp_matmuls_ms", "ms/step", 1e3, false);
                default: return null;
            }
        }
    }
}
