package torchtrek.grading.sandbox;

import java.time.Duration;

/**
 * What one student's code may use.
 *
 * @param timeout     wall-clock time for one exercise (the whole process tree is killed after it)
 * @param heapMb      the worker JVM's heap (-Xmx); the OS address-space limit is set a fixed margin above it
 * @param outputBytes how much a job may print outside the capture before its JVM is killed as a flood
 * @param processes   threads and processes the sandbox's user may run at once (enforced where the
 *                    sandbox can run as a user of its own)
 */
public record Limits(Duration timeout, int heapMb, long outputBytes, int processes) {
    public static final Limits DEFAULT = new Limits(Duration.ofSeconds(20), 384, 4L << 20, 256);

    /** Address space the JVM needs besides its heap (code cache, class space, thread stacks, libraries). */
    static final long NON_HEAP_BYTES = 1536L << 20;

    public Limits {
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("the timeout must be positive");
        if (heapMb < 32) throw new IllegalArgumentException("the heap must be at least 32 MB");
    }

    public Limits withTimeout(Duration t) { return new Limits(t, heapMb, outputBytes, processes); }

    public Limits withHeapMb(int mb) { return new Limits(timeout, mb, outputBytes, processes); }

    long addressSpaceBytes() { return ((long) heapMb << 20) + NON_HEAP_BYTES; }
}
