package torchtrek.grading.sandbox;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The main class of a worker JVM (started by {@link Worker}, inside the sandbox): reads job
 * frames on stdin, runs each with the {@link JobHandler} named on the command line, and answers
 * with a frame holding a {@link JobReport} and the handler's data. The real stdout is kept for
 * frames only; student code prints into a capped capture instead.
 */
public final class WorkerMain {
    /** Characters of printed output kept per job (more than any report shows; the rest is counted). */
    static final int KEPT_OUTPUT = 16 * 1024;
    /** The system property that tells the worker a job's time limit, in milliseconds. */
    static final String TIMEOUT_PROPERTY = "torchtrek.grading.timeoutMs";
    /** The exit status of a worker whose stdout, the grader's channel, was closed by the code it ran. */
    static final int CHANNEL_CLOSED = 86;
    /** The exit status of a worker that ran out of memory (the one -XX:+ExitOnOutOfMemoryError uses). */
    static final int OUT_OF_MEMORY = 3;

    private WorkerMain() {}

    public static void main(String[] args) throws Exception {
        OutputStream channel = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        InputStream requests = new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16);
        CappedOutput capture = new CappedOutput(KEPT_OUTPUT);
        PrintStream captured = new PrintStream(capture, true, StandardCharsets.UTF_8);
        redirect(captured);
        JobHandler handler;
        try {
            handler = (JobHandler) Class.forName(args[0]).getConstructor().newInstance();
            handler.warmUp();
        } catch (Throwable t) {
            // The grader shows this JVM's stderr when it does not start: the set-up fault must be in it.
            t.printStackTrace(stderr);
            stderr.flush();
            Runtime.getRuntime().halt(1);
            return;
        }
        Hygiene hygiene = new Hygiene(Path.of(System.getProperty("java.io.tmpdir")));
        ObjectMapper json = new ObjectMapper();
        long timeout = Long.getLong(TIMEOUT_PROPERTY, 20_000);
        Thread jobThread = Thread.currentThread();
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "torchtrek-watchdog");
            t.setDaemon(true);
            return t;
        });
        watchdog.submit(() -> { }).get();
        Frames.write(channel, Frames.READY, 0, new byte[0]);
        while (true) {
            Frames.Frame job = Frames.read(requests, 0);
            if (job == null || job.kind() == Frames.SHUTDOWN) break;
            redirect(captured);
            capture.reset();
            Set<String> before = hygiene.threads();
            long start = System.nanoTime();
            long id = job.id();
            ScheduledFuture<?> report = watchdog.scheduleAtFixedRate(() -> {
                String what = handler.running(jobThread.getStackTrace());
                try {
                    Frames.write(channel, Frames.RUNNING, id, what.getBytes(StandardCharsets.UTF_8));
                } catch (java.io.IOException e) {
                    // the grader stops this JVM when its time is up, with or without this description
                }
            }, timeout / 4, timeout / 4, TimeUnit.MILLISECONDS);
            byte[] data = new byte[0];
            String error = null;
            try {
                data = handler.handle(job.payload());
            } catch (OutOfMemoryError e) {
                // Out of heap or of threads: the JVM is spent, like with -XX:+ExitOnOutOfMemoryError, and says so the same way.
                stderr.println("Terminating due to " + e);
                Runtime.getRuntime().halt(OUT_OF_MEMORY);
            } catch (Throwable t) {
                error = t.toString();
            }
            report.cancel(false);
            if (!FileDescriptor.out.valid()) Runtime.getRuntime().halt(CHANNEL_CLOSED);
            long millis = (System.nanoTime() - start) / 1_000_000;
            List<String> dirty = hygiene.check(before);
            captured.flush();
            JobReport done = new JobReport(capture.text(), capture.chars(), millis, dirty, error);
            try {
                Frames.write(channel, Frames.RESPONSE, id, pack(json.writeValueAsBytes(done), data));
            } catch (java.io.IOException e) {
                Runtime.getRuntime().halt(CHANNEL_CLOSED);
            }
        }
        Runtime.getRuntime().halt(0);
    }

    /** Student code may have replaced the standard streams; every job starts with the captured ones. */
    private static void redirect(PrintStream captured) {
        System.setIn(new ByteArrayInputStream(new byte[0]));
        System.setOut(captured);
        System.setErr(captured);
    }

    /** A response payload: the report's length, the report, then the handler's data. */
    static byte[] pack(byte[] report, byte[] data) {
        return ByteBuffer.allocate(4 + report.length + data.length).putInt(report.length).put(report).put(data).array();
    }
}
