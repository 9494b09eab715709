package torchtrek.grading;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.BlockingQueue;

import torchtrek.grading.report.Reports;
import torchtrek.grading.sandbox.Limits;
import torchtrek.grading.sandbox.Sandbox;
import torchtrek.grading.sandbox.Scratch;
import torchtrek.grading.sandbox.StartupCache;

/**
 * {@code torchtrek grade}: grades a folder of submissions into an output folder, with
 * {@code workers} students at a time, then writes every report. Resumable (finished results are
 * kept and never redone), restricted to a shard or to some students, and able to regrade only the
 * results whose grader version changed.
 */
public final class GradingRun {

    /**
     * @param workers    students graded at once (each in its own worker JVM)
     * @param shard      the part of the class this run grades
     * @param only       if not empty, grade (again) these students only
     * @param regrade    re-run results whose grader version differs from the current one
     * @param sandbox    whether student code runs in bubblewrap
     * @param terminal   draw the progress bar in place (a terminal) rather than as log lines
     */
    public record Options(int workers, Shard shard, Set<String> only, boolean regrade, Limits limits, Sandbox.Mode sandbox,
                          boolean terminal) {
        public Options {
            only = Set.copyOf(only);
            if (workers < 1) throw new IllegalArgumentException("--workers must be at least 1");
        }
    }

    /** What a run did: results graded now, results kept from before, results regraded because their version changed. */
    public record Counts(int graded, int kept, int regraded) {}

    private final Assignment assignment;
    private final Options options;
    private final PrintStream log;

    public GradingRun(Assignment assignment, Options options, PrintStream log) {
        this.assignment = assignment;
        this.options = options;
        this.log = log;
    }

    public Counts run(Path submissions, Path out) throws IOException, InterruptedException {
        Files.createDirectories(out);
        ResultStore store = new ResultStore(out);
        List<Submission> all = Submission.list(submissions);
        List<Submission> mine = options.shard().select(all);
        List<String> unknown = options.only().stream().filter(s -> all.stream().noneMatch(x -> x.student().equals(s))).toList();
        if (!unknown.isEmpty()) throw new IllegalArgumentException("no submission named " + String.join(", ", unknown) + " in " + submissions);

        List<Work> work = new ArrayList<>();
        int kept = 0;
        int regraded = 0;
        for (Submission s : mine) {
            if (!options.only().isEmpty() && !options.only().contains(s.student())) continue;
            List<Assignment.Task> pending = new ArrayList<>();
            for (Assignment.Task t : assignment.tasks()) {
                Optional<ExerciseResult> old = store.get(s.student(), t.id());
                boolean changed = old.isPresent() && !old.get().graderVersion().equals(t.version());
                if (old.isEmpty() || options.only().contains(s.student()) || (options.regrade() && changed)) {
                    pending.add(t);
                    if (old.isPresent()) regraded++;
                } else {
                    kept++;
                }
            }
            if (!pending.isEmpty()) work.add(new Work(s, pending));
        }

        Sandbox sandbox = Sandbox.detect(assignment.workerClassPath(), options.sandbox());
        log.println(sandbox.description());
        if (!options.shard().equals(Shard.ALL)) log.println("shard " + options.shard() + ": " + mine.size() + " of " + all.size() + " submissions");
        log.println(work.size() + " submission(s) to grade, " + kept + " result(s) kept from earlier runs"
            + (regraded > 0 ? ", " + regraded + " to regrade" : ""));

        Path scratchRoot = Files.createTempDirectory("torchtrek-grading-");
        int graded;
        try {
            Sandbox prepared = sandbox.prepare(scratchRoot);
            if (!work.isEmpty()) prepared = StartupCache.use(prepared, options.limits(), assignment.handlerClass(), scratchRoot);
            graded = gradeAll(work, prepared, store, scratchRoot);
        } finally {
            Scratch.delete(scratchRoot);
        }
        Reports.write(out, Manifest.of(assignment), store.all());
        return new Counts(graded, kept, regraded);
    }

    private record Work(Submission submission, List<Assignment.Task> pending) {}

    private int gradeAll(List<Work> work, Sandbox sandbox, ResultStore store, Path scratchRoot)
        throws IOException, InterruptedException {
        StudentGrader grader = new StudentGrader(assignment, sandbox, options.limits(), store, scratchRoot);
        Progress progress = new Progress(log, options.terminal(), work.size());
        BlockingQueue<Work> queue = new LinkedBlockingQueue<>(work);
        int n = Math.min(options.workers(), Math.max(work.size(), 1));
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<Integer>> slots = new ArrayList<>();
        for (int slot = 0; slot < n; slot++) {
            int mySlot = slot;
            slots.add(pool.submit(() -> {
                int count = 0;
                for (Work w = queue.poll(); w != null; w = queue.poll()) {
                    count += grader.grade(w.submission(), w.pending(), mySlot);
                    progress.step();
                }
                return count;
            }));
        }
        pool.shutdown();
        int graded = 0;
        try {
            for (Future<Integer> f : slots) graded += f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            pool.shutdownNow();
            throw new IOException("grading stopped: " + e.getCause(), e.getCause());
        }
        return graded;
    }
}
