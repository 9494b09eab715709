package torchtrek.grading.sandbox;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One worker JVM seen from the grader: started in the sandbox with a student's scratch folder,
 * sent jobs one at a time, killed (with every process it started) when a job runs too long, prints
 * too much or the JVM misbehaves. A worker serves one student; a new one is started after any
 * job that left it unfit ({@link JobReport#dirty()}) or killed it.
 */
public final class Worker implements AutoCloseable {
    /** How long a worker may take to start and warm up before it counts as broken. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Marks the end of the worker's stdout in the queue of frames. */
    private static final Object END = new Object();

    private final Process process;
    private final Limits limits;
    private final OutputStream requests;
    private final BlockingQueue<Object> frames = new LinkedBlockingQueue<>();
    private final CappedOutput stderr = new CappedOutput(8 * 1024);
    private final Thread stderrReader;
    /** The end of what the worker wrote to stdout outside frames: the JVM's own last words land there. */
    private final Tail strayOutput = new Tail(4096);
    private volatile String running = "";
    private long nextId = 1;
    private boolean usable = true;

    private Worker(Process process, Limits limits) {
        this.process = process;
        this.limits = limits;
        this.requests = process.getOutputStream();
        Thread.ofPlatform().daemon().name("worker-stdout-" + process.pid()).start(this::readFrames);
        this.stderrReader = Thread.ofPlatform().daemon().name("worker-stderr-" + process.pid()).start(this::drainStderr);
    }

    /**
     * Starts a worker for slot {@code slot} over {@code scratch} and waits until it is warm.
     * Returns the worker, or throws when it could not start (a fault of the grader's set-up).
     */
    public static Worker start(Sandbox sandbox, int slot, Path scratch, Limits limits, String handlerClass) throws IOException {
        Files.createDirectories(scratch.resolve(".tmp"));
        if (sandbox.ownUsers()) Scratch.giveTo(scratch, Sandbox.FIRST_UID + slot);
        ProcessBuilder pb = new ProcessBuilder(sandbox.command(slot, scratch, limits, handlerClass)).directory(scratch.toFile());
        pb.environment().put("MALLOC_ARENA_MAX", "2");
        Worker w = new Worker(pb.start(), limits);
        Object first = w.poll(START_TIMEOUT.toMillis());
        if (first instanceof Frames.Frame f && f.kind() == Frames.READY) return w;
        w.kill();
        // A JVM that fails to initialise says why on stdout (unified logging), often with nothing on stderr.
        String stdout = first == END ? w.strayOutput.text().strip() : "";
        throw new IOException("the worker JVM did not start: "
            + (first == null ? "no answer in " + START_TIMEOUT.toSeconds() + " s" : "it stopped (exit status " + w.exitStatus() + ")")
            + "; its stderr: " + w.finalStderr() + (stdout.isEmpty() ? "" : "; its stdout: " + stdout)
            + "; its command: " + String.join(" ", pb.command()));
    }

    /** Runs one job; after anything but a clean answer, this worker is dead and {@link #usable()} is false. */
    public Reply call(byte[] request) {
        long id = nextId++;
        running = "";
        try {
            Frames.write(requests, Frames.REQUEST, id, request);
        } catch (IOException e) {
            return died();
        }
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            Object next = left > 0 ? poll(left) : null;
            if (next == null) {
                kill();
                return new Reply.TimedOut(limits.timeout().toMillis(), running);
            }
            if (next instanceof Frames.Frame f && f.id() == id) {
                if (f.kind() == Frames.RUNNING) {
                    running = new String(f.payload(), StandardCharsets.UTF_8);
                    continue;
                }
                if (f.kind() == Frames.RESPONSE) return answered(f.payload());
            }
            if (next == END || next instanceof Frames.Flood || next instanceof IOException) {
                if (!(next instanceof Frames.Flood)) return died();
                kill();
                return new Reply.Died("it printed more than " + mb(limits.outputBytes()) + " of output", -1, stderr.text());
            }
        }
    }

    /** The exit status of a worker that has stopped, or -1 while it runs. */
    private int exitStatus() {
        return process.isAlive() ? -1 : process.exitValue();
    }

    /** All a stopped worker wrote on stderr: the reader may still be draining the pipe when the process ends. */
    private String finalStderr() {
        try {
            stderrReader.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String text = stderr.text().strip();
        return text.isEmpty() ? "(nothing)" : text;
    }

    /** Whether this worker can take another job of the same student. */
    public boolean usable() { return usable && process.isAlive(); }

    /** Kills the worker and every process it started. */
    public void kill() {
        usable = false;
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive() && usable) {
            try {
                Frames.write(requests, Frames.SHUTDOWN, 0, new byte[0]);
                process.waitFor(2, TimeUnit.SECONDS);
            } catch (IOException e) {
                // it is killed below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        kill();
    }

    private Reply answered(byte[] payload) {
        try {
            ByteBuffer buf = ByteBuffer.wrap(payload);
            int n = buf.getInt();
            JobReport report = JSON.readValue(payload, 4, n, JobReport.class);
            byte[] data = Arrays.copyOfRange(payload, 4 + n, payload.length);
            if (!report.dirty().isEmpty()) kill();
            return new Reply.Answered(report, data);
        } catch (IOException | RuntimeException e) {
            kill();
            return new Reply.Died("its answer to the grader was garbled (" + e.getMessage() + ")", -1, stderr.text());
        }
    }

    /** The reply for a worker whose stdout ended or broke: it exited, or closed its stdout while alive. */
    private Reply died() {
        boolean alive;
        try {
            alive = !process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            alive = process.isAlive();
        }
        if (alive) {
            kill();
            return new Reply.Died("it closed its standard output, which the grader reads", -1, stderr.text());
        }
        usable = false;
        int code = process.exitValue();
        String err = stderr.text();
        String cause;
        String outOfMemory = code == WorkerMain.OUT_OF_MEMORY ? outOfMemory(err + strayOutput.text()) : null;
        if (code == WorkerMain.CHANNEL_CLOSED) cause = "it closed its standard output, which the grader reads";
        else if (outOfMemory != null && outOfMemory.contains("unable to create native thread")) {
            cause = "it started more threads or processes than allowed (" + outOfMemory + ")";
        } else if (outOfMemory != null) cause = "it ran out of memory (the limit is " + limits.heapMb() + " MB): " + outOfMemory;
        else if (stderr.bytes() > limits.outputBytes()) cause = "it printed more than " + mb(limits.outputBytes()) + " of output";
        else if (code > 128) cause = "its JVM was killed by signal " + (code - 128);
        else cause = "it stopped its JVM with exit code " + code + " (System.exit, Runtime.halt or a crash)";
        return new Reply.Died(cause, code, err);
    }

    /** The JVM's "Terminating due to java.lang.OutOfMemoryError: ..." reason, or null. */
    private static String outOfMemory(String text) {
        int at = text.lastIndexOf("java.lang.OutOfMemoryError");
        if (at < 0) return null;
        int end = text.indexOf('\n', at);
        return text.substring(at, end < 0 ? text.length() : end).strip();
    }

    private Object poll(long millis) {
        try {
            return frames.poll(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void readFrames() {
        try (InputStream in = new BufferedInputStream(process.getInputStream(), 1 << 16)) {
            while (true) {
                Frames.Frame f = Frames.read(in, limits.outputBytes(), strayOutput);
                if (f == null) break;
                frames.add(f);
            }
        } catch (IOException e) {
            frames.add(e);
            return;
        }
        frames.add(END);
    }

    private void drainStderr() {
        byte[] buf = new byte[8192];
        try (InputStream in = process.getErrorStream()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                stderr.write(buf, 0, n);
                if (stderr.bytes() > limits.outputBytes()) {
                    frames.add(new Frames.Flood(limits.outputBytes()));
                    return;
                }
            }
        } catch (IOException e) {
            // the worker is gone; its stdout reader reports that
        }
    }

    private static String mb(long bytes) {
        return (bytes >> 20) + " MB";
    }
}
