package torchtrek.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks attempts at exercises: runs the attempt and the reference solution with each of the
 * exercise's seeds through a {@link Runner}, then hands the two sets of runs to the
 * {@link Checker}. The solution's runs are kept, since they do not change between attempts.
 */
public final class Attempts {
    private final Runner runner;
    private final Map<String, List<Run>> solutionRuns = new ConcurrentHashMap<>();

    public Attempts(Runner runner) {
        this.runner = runner;
    }

    public Runner runner() { return runner; }

    /** The feedback for {@code source} (shown as {@code name} in messages) as an attempt at {@code exercise}. */
    public Feedback check(Exercise exercise, String source, String name) {
        return Checker.check(exercise, runs(exercise, source, name), solutionRuns(exercise));
    }

    /** The reference solution's runs, one per seed. */
    public List<Run> solutionRuns(Exercise exercise) {
        String key = exercise.id() + "\u0000" + exercise.solution() + "\u0000" + exercise.helpers() + "\u0000" + exercise.probes();
        return solutionRuns.computeIfAbsent(key, k -> runs(exercise, exercise.solution(), exercise.id() + ".jsh"));
    }

    /** Runs {@code source} once per seed of the exercise, reading the exercise's probes. */
    public List<Run> runs(Exercise exercise, String source, String name) {
        List<Run> runs = new ArrayList<>();
        for (long seed : exercise.seeds()) {
            runs.add(runner.run(new Script(name, source, exercise.helpers(), exercise.probes(), seed, Script.DEFAULT_TIME_LIMIT)));
        }
        return runs;
    }
}
