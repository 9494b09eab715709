package torchtrek.backend.cuda;

import static torchtrek.Kwargs.device;
import static torchtrek.Kwargs.out;

import java.util.Arrays;
import java.util.Locale;

import jcuda.Pointer;
import jcuda.driver.JCudaDriver;
import torchtrek.Tensor;
import torchtrek.torch;

/**
 * The GPU part of {@code scripts/bench} ({@code scripts/bench-parts/cuda.sh}): TorchTrek's CUDA
 * path beside the hardware's own rates measured in the same run: matmul against a direct
 * cuBLAS call on the same buffers, elementwise add against a device-to-device copy, a
 * tensor's upload against a raw pinned copy, and the notes' 1000x1000 mean end to end.
 * Prints {@code key<TAB>best<TAB>median<TAB>unit}; without a GPU, one {@code # no GPU} line.
 */
public final class CudaBenchmarks {
    private CudaBenchmarks() {}

    private static int rounds;

    public static void main(String[] args) {
        boolean quick = Arrays.asList(args).contains("--quick");
        rounds = quick ? 2 : 5;
        if (!torch.cuda.is_available()) {
            String line = "# no GPU: " + torch.cuda.unavailable_reason();
            System.out.println(line);
            System.err.println(line);
            return;
        }
        System.err.println("# GPU: " + torch.cuda.get_device_name());
        for (int n : quick ? new int[] {1024} : new int[] {1024, 4096, 8192}) matmul(n);
        add(quick ? 1 << 26 : 1 << 28);
        upload(quick ? 1 << 24 : 1 << 26);
        meanOfTheNotes();
    }

    private interface Work {
        void run();
    }

    /** Seconds per call of {@code work} over each round of {@code reps} calls, the GPU synchronised around each round. */
    private static double[] time(int reps, Work work) {
        work.run();
        torch.cuda.synchronize();
        double[] seconds = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < reps; i++) work.run();
            torch.cuda.synchronize();
            seconds[r] = (System.nanoTime() - t0) / 1e9 / reps;
        }
        return seconds;
    }

    /** Prints a rate (amount / seconds, higher is better) or, when amount is 0, a latency in ms. */
    private static void print(String key, double amount, double[] seconds, String unit) {
        double[] v = new double[seconds.length];
        for (int i = 0; i < v.length; i++) v[i] = amount == 0 ? seconds[i] * 1e3 : amount / seconds[i];
        Arrays.sort(v);
        double best = amount == 0 ? v[0] : v[v.length - 1];
        double median = v[v.length / 2];
        System.out.printf(Locale.ROOT, "%s\t%.4g\t%.4g\t%s%n", key, best, median, unit);
    }

    private static void matmul(int n) {
        Tensor a = torch.rand(n, n, device("cuda")), b = torch.rand(n, n, device("cuda")), c = torch.zeros(n, n, device("cuda"));
        double flop = 2.0 * n * n * n / 1e12;
        int reps = n <= 1024 ? 50 : n <= 4096 ? 10 : 3;
        print("cuda_matmul_" + n + "_f32", flop, time(reps, () -> a.matmul(b)), "TFLOP/s");
        CudaDevice dev = ((CudaStorage) a.storage()).cudaDevice();
        GemmPlan.Call call = GemmPlan.plan(a.layout().unsqueeze(0), b.layout().unsqueeze(0), c.layout().unsqueeze(0));
        long pa = ((CudaStorage) a.storage()).pointer().address();
        long pb = ((CudaStorage) b.storage()).pointer().address();
        long pc = ((CudaStorage) c.storage()).pointer().address();
        print("cublas_sgemm_" + n, flop, time(reps, () -> dev.cublas().gemm(dev.cublasHandle(), call, false, pb, pa, pc)), "TFLOP/s");
    }

    private static void add(int n) {
        Tensor a = torch.ones(n, device("cuda")), b = torch.ones(n, device("cuda")), c = torch.zeros(n, device("cuda"));
        double tb = 3.0 * 4 * n / 1e12;
        print("cuda_add_" + (n >> 20) + "M_f32", tb, time(5, () -> torch.add(a, b, out(c))), "TB/s");
        CudaStorage src = (CudaStorage) a.storage(), dst = (CudaStorage) c.storage();
        CudaDevice dev = src.cudaDevice();
        print("cuda_copy_d2d_" + (n >> 20) + "M_f32", 2.0 * 4 * n / 1e12,
            time(5, () -> dev.copyDeviceToDevice(src.pointer(), 0, dst.pointer(), 0, 4L * n)), "TB/s");
    }

    private static void upload(int n) {
        Tensor host = torch.rand(n);
        double gb = 4.0 * n / 1e9;
        print("cuda_h2d_to_cuda_" + (n >> 20) + "M_f32", gb, time(3, () -> host.to("cuda")), "GB/s");
        Tensor target = torch.zeros(n, device("cuda"));
        CudaStorage dst = (CudaStorage) target.storage();
        CudaDevice dev = dst.cudaDevice();
        Pointer pinned = new Pointer();
        Driver.check(JCudaDriver.cuMemHostAlloc(pinned, 4L * n, 0), "cuMemHostAlloc");
        try {
            print("cuda_h2d_pinned_" + (n >> 20) + "M_f32", gb, time(3, () -> {
                dev.activate();
                Driver.check(JCudaDriver.cuMemcpyHtoDAsync(dst.pointer(), pinned, 4L * n, CudaDevice.STREAM), "cuMemcpyHtoDAsync");
            }), "GB/s");
        } finally {
            JCudaDriver.cuMemFreeHost(pinned);
        }
    }

    /** The notes' P25: a 1000x1000 tensor made on the GPU, its mean back on the CPU as a number. */
    private static void meanOfTheNotes() {
        print("cuda_mean_1000x1000_end_to_end", 0, time(20, () -> torch.rand(1000, 1000, device("cuda")).mean().item()), "ms");
        Tensor x = torch.rand(1000, 1000, device("cuda"));
        print("cuda_mean_1000x1000_resident", 0, time(50, () -> x.mean().item()), "ms");
    }
}
