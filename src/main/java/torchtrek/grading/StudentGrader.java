package torchtrek.grading;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import torchtrek.grading.sandbox.Limits;
import torchtrek.grading.sandbox.Reply;
import torchtrek.grading.sandbox.Sandbox;
import torchtrek.grading.sandbox.Scratch;
import torchtrek.grading.sandbox.Worker;

/**
 * Grades one student's exercises in one worker slot: copies the submission into the slot's scratch
 * folder, runs each exercise in the student's worker JVM (a new one after any exercise that killed
 * or dirtied it), judges what comes back, and stores each result as soon as it is known. Whatever
 * goes wrong costs only the exercise it happened in; a fault of the grader is recorded as
 * not gradable, never as a zero.
 */
final class StudentGrader {
    /** Said in every result that a fault of the grader produced. */
    static final String GRADER_FAULT = "not graded because of a fault in the grader (not in your code): ";

    private final Assignment assignment;
    private final Sandbox sandbox;
    private final Limits limits;
    private final ResultStore store;
    private final Path scratchRoot;
    private final String jdk;

    StudentGrader(Assignment assignment, Sandbox sandbox, Limits limits, ResultStore store, Path scratchRoot) {
        this.assignment = assignment;
        this.sandbox = sandbox;
        this.limits = limits;
        this.store = store;
        this.scratchRoot = scratchRoot;
        this.jdk = System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version");
    }

    /** Grades {@code pending} for {@code submission} in slot {@code slot}; returns how many results were stored. */
    int grade(Submission submission, List<Assignment.Task> pending, int slot) throws IOException {
        Path scratch = scratchRoot.resolve("slot-" + slot);
        Scratch.delete(scratch);
        long t0 = System.nanoTime();
        List<String> skipped;
        try {
            skipped = submission.copyInto(scratch);
        } catch (IOException e) {
            String why = "the submission could not be read (" + e.getMessage() + ")";
            for (Assignment.Task t : pending) store.put(unrun(submission.student(), t, Outcome.NOT_GRADABLE, why, Timings.NONE));
            return pending.size();
        }
        long unpack = millisSince(t0);
        Worker worker = null;
        try {
            for (Assignment.Task task : pending) {
                long start = 0;
                ExerciseResult result;
                try {
                    Path file = Submission.find(scratch, task.file());
                    if (file == null) {
                        result = unrun(submission.student(), task, Outcome.NOT_GRADABLE, missing(task, skipped), Timings.NONE);
                    } else {
                        if (worker == null || !worker.usable()) {
                            if (worker != null) worker.close();
                            long s = System.nanoTime();
                            worker = Worker.start(sandbox, slot, scratch, limits, assignment.handlerClass());
                            start = millisSince(s);
                        }
                        result = run(submission.student(), task, worker, scratch.relativize(file).toString(), read(file),
                            new Timings(unpack, start, 0, 0));
                    }
                } catch (IOException | RuntimeException e) {
                    result = unrun(submission.student(), task, Outcome.NOT_GRADABLE, GRADER_FAULT + e, new Timings(unpack, start, 0, 0));
                }
                store.put(result);
                unpack = 0;
            }
        } finally {
            if (worker != null) worker.close();
            Scratch.delete(scratch);
        }
        return pending.size();
    }

    private ExerciseResult run(String student, Assignment.Task task, Worker worker, String fileName, String source, Timings t) {
        long r0 = System.nanoTime();
        Reply reply = worker.call(task.request(fileName, source, softLimit()));
        long run = millisSince(r0);
        return switch (reply) {
            case Reply.Answered a when a.report().error() != null ->
                unrun(student, task, Outcome.NOT_GRADABLE, GRADER_FAULT + a.report().error(), new Timings(t.unpack(), t.start(), run, 0));
            case Reply.Answered a -> {
                long c0 = System.nanoTime();
                Assignment.Verdict v = task.judge(a.data());
                long compare = millisSince(c0);
                String printed = v.output() + a.report().output();
                long chars = v.outputChars() + a.report().outputChars();
                double score = v.checks().stream().mapToDouble(CheckResult::points).sum();
                yield new ExerciseResult(student, task.id(), v.outcome(), score, task.points(), v.message(),
                    Truncation.cut(printed, chars, Truncation.LIMIT), v.checks(), task.version(), jdk,
                    sandbox.description(), new Timings(t.unpack(), t.start(), run, compare));
            }
            case Reply.TimedOut to -> unrun(student, task, Outcome.TIMEOUT,
                "stopped after " + seconds(to.limitMillis()) + " (the time limit)"
                    + (to.output().isBlank() ? "" : "; it was still running:\n" + to.output().strip()),
                new Timings(t.unpack(), t.start(), run, 0));
            case Reply.Died d -> unrun(student, task, Outcome.FAILED, "your code stopped the program that ran it: " + d.cause(),
                new Timings(t.unpack(), t.start(), run, 0));
        };
    }

    /** A result for an exercise whose checks could not run: every check failed, nothing earned. */
    private ExerciseResult unrun(String student, Assignment.Task task, Outcome outcome, String message, Timings t) {
        List<CheckResult> checks = new ArrayList<>();
        for (Assignment.CheckSpec c : task.checks()) checks.add(new CheckResult(c.name(), c.visibility(), 0, c.points(), false, ""));
        return new ExerciseResult(student, task.id(), outcome, 0, task.points(), message, "", checks, task.version(), jdk,
            sandbox.description(), t);
    }

    /** The time limit the handler enforces itself (so it can say which line was running), a little inside the hard one. */
    private Duration softLimit() {
        Duration hard = limits.timeout();
        Duration margin = Duration.ofMillis(Math.min(2000, hard.toMillis() / 5));
        return hard.minus(margin);
    }

    private static String missing(Assignment.Task task, List<String> skipped) {
        return "the submission has no file " + task.file()
            + (skipped.isEmpty() ? "" : " (left out while copying: " + String.join(", ", skipped) + ")");
    }

    /** The student's file as text; bytes that are not UTF-8 become replacement characters rather than an error. */
    private static String read(Path file) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? (millis / 1000) + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
