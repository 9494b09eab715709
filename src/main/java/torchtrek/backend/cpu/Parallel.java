package torchtrek.backend.cpu;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import torchtrek.errors.KeyboardInterrupt;

/**
 * The CPU backend's worker threads ({@code torch.set_num_threads}). Work is split only when
 * it is large enough to pay for the hand-off. PyTorch's grain is 32768 elements, but its OpenMP
 * workers spin; ours park, and waking one costs 10-50 us on a busy machine (zero_ of 100K floats:
 * 4 us on one thread, 59 us split in two), so the grain is 8x larger.
 */
public final class Parallel {
    /** Below this many elements an operation runs on the calling thread. */
    public static final int GRAIN = 262_144;

    private static volatile int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static volatile ExecutorService pool;

    private Parallel() {}

    public interface RangeBody {
        void run(int start, int end);
    }

    public static int threads() { return threads; }

    /**
     * Throws {@link KeyboardInterrupt} when this thread was interrupted (the REPL's Ctrl-C, or a
     * cancelled worker). Long kernels call it between chunks of work.
     */
    public static void checkInterrupt() {
        if (Thread.interrupted()) throw new KeyboardInterrupt();
    }

    public static void setThreads(int n) {
        if (n < 1) throw new IllegalArgumentException("set_num_threads expects a positive integer");
        threads = n;
    }

    private static ExecutorService pool() {
        ExecutorService p = pool;
        if (p == null) {
            synchronized (Parallel.class) {
                if (pool == null) {
                    AtomicInteger count = new AtomicInteger();
                    ThreadFactory factory = r -> {
                        Thread t = new Thread(r, "torchtrek-worker-" + count.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    };
                    pool = Executors.newCachedThreadPool(factory);
                }
                p = pool;
            }
        }
        return p;
    }

    /**
     * Runs {@code body} over [0, n) in up to {@link #threads()} contiguous chunks, the last on the
     * calling thread. {@code costPerItem} scales the grain for work heavier than one element.
     */
    public static void forRange(int n, int costPerItem, RangeBody body) {
        int t = threads;
        long work = (long) n * Math.max(costPerItem, 1);
        int chunks = (int) Math.min(t, Math.max(1, work / GRAIN));
        chunks = Math.min(chunks, n);
        if (chunks <= 1) {
            body.run(0, n);
            return;
        }
        Future<?>[] futures = new Future<?>[chunks - 1];
        int per = n / chunks;
        int rest = n % chunks;
        int start = 0;
        for (int c = 0; c < chunks - 1; c++) {
            int end = start + per + (c < rest ? 1 : 0);
            final int s = start, e = end;
            futures[c] = pool().submit(() -> body.run(s, e));
            start = end;
        }
        try {
            body.run(start, n);
        } catch (RuntimeException | Error e) {
            cancel(futures);
            throw e;
        }
        Throwable failure = null;
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (failure == null) failure = e.getCause();
            } catch (InterruptedException e) {
                cancel(futures);
                throw new KeyboardInterrupt();
            }
        }
        if (failure instanceof RuntimeException r) throw r;
        if (failure instanceof Error err) throw err;
        if (failure != null) throw new IllegalStateException(failure);
    }

    /** Stops the workers of an abandoned range (they see the interrupt at their next check). */
    private static void cancel(Future<?>[] futures) {
        for (Future<?> f : futures) f.cancel(true);
    }
}
