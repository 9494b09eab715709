package torchtrek.numpy;

import static torchtrek.Kwargs.mmap_mode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

import torchtrek.Tensor;
import torchtrek.np;
import torchtrek.tensor.DType;
import torchtrek.tensor.Storage;
import torchtrek.torch;

/**
 * The NumPy-bridge part of {@code scripts/bench} ({@code scripts/bench-parts/npy.sh}): loading a
 * float32 {@code .npy} of 256 MiB (64 MiB with --quick) copied into memory and memory-mapped,
 * beside a plain read of the same file in the same run. The file stays in the page cache after
 * the first (untimed) round, so all three measure memory, not the disk.
 *
 * <p>Keys: {@code file_read_gbs} (FileChannel read into a direct buffer), {@code npy_load_copy_gbs}
 * ({@code np.load}: header checks and a float[] filled), {@code npy_load_mmap_gbs}
 * ({@code np.load(mmap_mode("r"))} and one element read per 4 KiB page, which maps every page
 * in), {@code npy_mmap_sum_gbs} (every element of the mapped array summed through
 * {@code torch.from_numpy(m).sum()}).
 */
public final class NpyBenchmarks {
    private static final int PAGE = 4096;

    private NpyBenchmarks() {}

    public static void main(String[] args) throws IOException {
        boolean quick = Arrays.asList(args).contains("--quick");
        int rounds = quick ? 3 : 7;
        long bytes = (quick ? 64L : 256L) << 20;
        Path dir = Path.of(System.getProperty("torchtrek.bench.dir", "target/bench"));
        Files.createDirectories(dir);
        Path file = dir.resolve("npy-" + (bytes >> 20) + "mib-float32.npy");
        if (!Files.exists(file) || Files.size(file) < bytes) write(file, (int) (bytes / 4));
        long size = Files.size(file);
        System.err.printf(Locale.ROOT, "# %s: %d bytes, %d timed rounds after one untimed%n", file, size, rounds);
        ByteBuffer direct = ByteBuffer.allocateDirect((int) size);
        report("file_read_gbs", size, time(rounds, () -> readPlain(file, direct)));
        report("npy_load_copy_gbs", size, time(rounds, () -> check(np.load(file.toString()).tensorView())));
        report("npy_load_mmap_gbs", size, time(rounds, () -> touchPages(np.load(file.toString(), mmap_mode("r")).tensorView())));
        np.ndarray mapped = np.load(file.toString(), mmap_mode("c"));   // writable (no warning), never written
        report("npy_mmap_sum_gbs", size, time(rounds, () -> check(torch.from_numpy(mapped).sum())));
    }

    /** A float32 .npy of {@code n} elements (0, 1, 2... modulo 1000), written a chunk at a time. */
    private static void write(Path file, int n) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(ByteBuffer.wrap(NpyHeader.encode(NumpyDType.of(DType.FLOAT32), false, new int[] {n})));
            ByteBuffer chunk = ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < n; ) {
                chunk.clear();
                while (chunk.hasRemaining() && i < n) chunk.putFloat(i++ % 1000);
                chunk.flip();
                while (chunk.hasRemaining()) ch.write(chunk);
            }
        }
    }

    private interface Work {
        void run() throws IOException;
    }

    private static double[] time(int rounds, Work work) throws IOException {
        work.run();
        double[] seconds = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            System.gc();
            long t0 = System.nanoTime();
            work.run();
            seconds[r] = (System.nanoTime() - t0) / 1e9;
        }
        return seconds;
    }

    private static void report(String key, long bytes, double[] seconds) {
        double[] rates = new double[seconds.length];
        for (int i = 0; i < rates.length; i++) rates[i] = bytes / seconds[i] / 1e9;
        Arrays.sort(rates);
        System.out.printf(Locale.ROOT, "%s\t%.3f\t%.3f\tGB/s%n", key, rates[rates.length - 1], rates[rates.length / 2]);
    }

    private static void readPlain(Path file, ByteBuffer into) throws IOException {
        into.clear();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (into.hasRemaining() && ch.read(into) >= 0) { /* until full */ }
        }
        if (into.position() == 0) throw new IllegalStateException("read nothing");
    }

    /** Reads one element in every page, so the mapping is really established and paged in. */
    private static void touchPages(Tensor t) {
        Storage s = t.storage();
        double sum = 0;
        for (int i = 0; i < s.size(); i += PAGE / 4) sum += s.getDouble(i);
        if (Double.isNaN(sum)) throw new IllegalStateException("NaN");
    }

    private static void check(Tensor t) {
        if (t.numel() == 0) throw new IllegalStateException("empty result");
    }
}
