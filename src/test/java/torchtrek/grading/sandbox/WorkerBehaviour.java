package torchtrek.grading.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import torchtrek.grading.ScriptedHandler;

/**
 * One worker JVM at a time, each ending a job in one of the ways {@link Reply} names: in
 * bubblewrap where this machine has it ({@link WorkerTest}), and again without it
 * ({@link UnsandboxedWorkerTest}), since graders also run where it is missing (Docker without
 * user namespaces).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WorkerBehaviour {
    static final Limits LIMITS = new Limits(Duration.ofSeconds(4), 96, 1L << 20, 128);
    Sandbox sandbox;

    Path work;
    Path scratch;

    abstract Sandbox.Mode mode();

    @BeforeAll
    void detect() throws Exception {
        work = java.nio.file.Files.createTempDirectory("worker-test-");
        sandbox = Sandbox.detect(ClassPaths.workerWith(ScriptedHandler.class), mode()).prepare(work);
        System.out.println(getClass().getSimpleName() + ": " + sandbox.description());
    }

    @org.junit.jupiter.api.BeforeEach
    void scratch(org.junit.jupiter.api.TestInfo info) {
        scratch = work.resolve(info.getTestMethod().orElseThrow().getName());
    }

    @org.junit.jupiter.api.AfterAll
    void clean() throws Exception {
        Scratch.delete(work);
    }

    private Reply run(String script) throws Exception {
        try (Worker w = Worker.start(sandbox, 0, scratch, LIMITS, ScriptedHandler.class.getName())) {
            return w.call(script.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void answersWithTheHandlersDataAndTheCapturedOutput() throws Exception {
        try (Worker w = Worker.start(sandbox, 0, scratch, LIMITS, ScriptedHandler.class.getName())) {
            Reply r = w.call("print hello\nanswer total 42".getBytes(StandardCharsets.UTF_8));
            Reply.Answered a = assertInstanceOf(Reply.Answered.class, r);
            assertEquals("hello\n", a.report().output());
            assertTrue(new String(a.data(), StandardCharsets.UTF_8).contains("\"total\":\"42\""));
            assertTrue(a.report().dirty().isEmpty(), a.report().dirty().toString());
            assertTrue(w.usable());
            Reply again = w.call("answer total 43".getBytes(StandardCharsets.UTF_8));
            assertTrue(new String(assertInstanceOf(Reply.Answered.class, again).data(), StandardCharsets.UTF_8).contains("43"));
        }
    }

    @Test
    void aWorkerThatCannotStartSaysWhyEvenWithNothingOnItsStderr() {
        // A missing class-data archive: the JVM explains on stdout and leaves stderr empty.
        Sandbox broken = sandbox.with(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + work.resolve("missing.jsa")), List.of());
        IOException e = assertThrows(IOException.class, () -> Worker.start(broken, 0, scratch, LIMITS, ScriptedHandler.class.getName()));
        assertTrue(e.getMessage().contains("it stopped (exit status 1)"), e.getMessage());
        assertTrue(e.getMessage().contains("its stdout: ") && e.getMessage().contains("missing.jsa"), e.getMessage());
    }

    @Test
    void anInfiniteLoopTimesOutAndSaysWhatWasRunning() throws Exception {
        Reply.TimedOut t = assertInstanceOf(Reply.TimedOut.class, run("loop"));
        assertEquals(4000, t.limitMillis());
        assertTrue(t.output().contains("ScriptedHandler"), t.output());
    }

    @Test
    void systemExitEndsOnlyThisJob() throws Exception {
        Reply.Died d = assertInstanceOf(Reply.Died.class, run("exit 3"));
        assertEquals(3, d.exitCode());
        assertTrue(d.cause().contains("exit code 3"), d.cause());
    }

    @Test
    void runningOutOfMemoryIsNamed() throws Exception {
        Reply.Died d = assertInstanceOf(Reply.Died.class, run("oom"));
        assertTrue(d.cause().contains("ran out of memory (the limit is 96 MB)"), d.cause());
    }

    @Test
    void closingStdoutIsNamed() throws Exception {
        Reply.Died d = assertInstanceOf(Reply.Died.class, run("closeout"));
        assertTrue(d.cause().contains("closed its standard output"), d.cause());
    }

    @Test
    void floodingTheRealStdoutIsStopped() throws Exception {
        Reply.Died d = assertInstanceOf(Reply.Died.class, run("rawflood"));
        assertTrue(d.cause().contains("printed more than 1 MB"), d.cause());
    }

    @Test
    void aLingeringThreadMakesTheWorkerUnfitForTheNextJob() throws Exception {
        try (Worker w = Worker.start(sandbox, 0, scratch, LIMITS, ScriptedHandler.class.getName())) {
            Reply.Answered a = assertInstanceOf(Reply.Answered.class, w.call("linger".getBytes(StandardCharsets.UTF_8)));
            assertFalse(a.report().dirty().isEmpty());
            assertFalse(w.usable());
        }
    }
}
