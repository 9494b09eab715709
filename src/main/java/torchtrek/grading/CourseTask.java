package torchtrek.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import torchtrek.course.Check;
import torchtrek.course.Checker;
import torchtrek.course.Exercise;
import torchtrek.course.Feedback;
import torchtrek.course.Json;
import torchtrek.course.Run;
import torchtrek.course.Script;
import torchtrek.repl.JShellRunner;

/**
 * One course exercise for the grader. Its points are shared equally by its checks; a check passes
 * for a student when it passes with every seed. The solution's runs are computed once, in this
 * JVM, the first time a student's runs are judged.
 */
final class CourseTask implements Assignment.Task {
    private final Exercise exercise;
    private final String version;
    private List<Run> solutionRuns;

    CourseTask(Exercise exercise, String version) {
        this.exercise = exercise;
        this.version = version;
    }

    @Override
    public String id() { return exercise.id(); }

    @Override
    public String title() { return exercise.title(); }

    @Override
    public String file() { return String.format("%02d-%s.jsh", exercise.order(), exercise.id()); }

    @Override
    public List<Assignment.CheckSpec> checks() {
        List<Assignment.CheckSpec> specs = new ArrayList<>();
        double share = (double) exercise.points() / exercise.checks().size();
        for (Check c : exercise.checks()) specs.add(new Assignment.CheckSpec(c.value(), Visibility.parse(c.visibility()), share));
        return specs;
    }

    @Override
    public String version() { return version; }

    @Override
    public byte[] request(String fileName, String source, Duration limit) {
        return Json.write(job(fileName, source, limit)).getBytes(StandardCharsets.UTF_8);
    }

    /** The job; each seed's run gets an equal share of {@code limit}, so the runner's own timeout (which knows the line) comes first. */
    private CourseAssignment.Job job(String fileName, String source, Duration limit) {
        long perRun = limit.toMillis() / Math.max(1, exercise.seeds().size());
        return new CourseAssignment.Job(fileName, source, exercise.helpers(), exercise.probes(), exercise.seeds(), perRun);
    }

    @Override
    public Assignment.Verdict judge(byte[] data) {
        List<Run> student;
        try {
            student = Json.read(new String(data, StandardCharsets.UTF_8), CourseAssignment.Runs.class).runs();
        } catch (IOException e) {
            throw new UncheckedIOException("the worker's runs cannot be read", e);
        }
        String output = student.isEmpty() ? "" : student.get(0).output();
        Run.Failure failure = student.stream().map(Run::failure).filter(f -> f != null).findFirst().orElse(null);
        List<Assignment.CheckSpec> specs = checks();
        if (failure != null && (failure.kind().equals("compile") || failure.kind().equals("timeout"))) {
            List<CheckResult> none = specs.stream().map(s -> new CheckResult(s.name(), s.visibility(), 0, s.points(), false, "")).toList();
            Outcome o = failure.kind().equals("compile") ? Outcome.NOT_GRADABLE : Outcome.TIMEOUT;
            String where = o == Outcome.TIMEOUT && failure.line() > 0 ? " (it was running line " + failure.line() + ")" : "";
            return new Assignment.Verdict(o, Checker.explainFailure(failure) + where, none, output, output.length());
        }
        Feedback fb = Checker.check(exercise, student, solution());
        List<CheckResult> results = new ArrayList<>();
        String message = "";
        int i = 0;
        for (Feedback.Result r : fb.results()) {
            if (r.name().equals("code")) {
                if (!r.passed()) message = r.message();
                continue;
            }
            Assignment.CheckSpec s = specs.get(i++);
            results.add(new CheckResult(s.name(), s.visibility(), r.passed() ? s.points() : 0, s.points(), r.passed(),
                r.message() == null ? "" : r.message()));
        }
        if (!fb.notes().isEmpty()) message = (message.isEmpty() ? "" : message + "\n") + String.join("\n", fb.notes());
        return new Assignment.Verdict(fb.passed() ? Outcome.PASSED : Outcome.FAILED, message, results, output, output.length());
    }

    /** The reference solution's runs, one per seed: computed here, never in a worker. */
    private synchronized List<Run> solution() {
        if (solutionRuns == null) {
            JShellRunner runner = new JShellRunner();
            List<Run> runs = new ArrayList<>();
            String name = "solutions/" + exercise.id() + ".jsh";
            for (Script s : job(name, exercise.solution(), Script.DEFAULT_TIME_LIMIT).scripts()) runs.add(runner.run(s));
            for (Run r : runs) {
                if (!r.finished()) throw new IllegalStateException("the reference solution of " + exercise.id() + " fails: " + r.failure().describe());
            }
            solutionRuns = runs;
        }
        return solutionRuns;
    }
}
