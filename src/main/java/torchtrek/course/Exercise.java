package torchtrek.course;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One exercise, as its folder describes it ({@code exercises/NN-id/}): {@code exercise.yaml}
 * (metadata, hints, checks), {@code prompt.md}, an optional {@code starter.jsh}, optional
 * {@code checks.jsh} (helper methods the checks may call), and {@code wrong/*.jsh} (typical
 * wrong answers, each naming the feedback it must get). The reference solution is
 * {@code solutions/<id>.jsh}.
 *
 * @param order  the number before the id in the folder's name: exercises are met in this order
 * @param lesson the id of the lesson this exercise practises
 * @param gpu    whether the question is about a GPU (then the CPU answer is accepted, and said so, where none exists)
 * @param seeds  the seeds the code runs with; checks must pass for each
 * @param starter the code a student starts from ("" when the exercise starts from nothing)
 */
public record Exercise(String id, int order, Path dir, String title, List<String> covers, int points, String lesson,
                       boolean gpu, List<Long> seeds, String prompt, String starter, Path solutionFile, String solution,
                       String helpers, List<String> hints, List<Check> checks, List<WrongAnswer> wrongAnswers) {

    public Exercise {
        covers = List.copyOf(covers);
        seeds = List.copyOf(seeds);
        hints = List.copyOf(hints);
        checks = List.copyOf(checks);
        wrongAnswers = List.copyOf(wrongAnswers);
    }

    /** The exercise as a student's own check sees it: its visible checks only. */
    public Exercise visibleOnly() {
        return new Exercise(id, order, dir, title, covers, points, lesson, gpu, seeds, prompt, starter, solutionFile, solution,
            helpers, hints, checks.stream().filter(Check::visible).toList(), wrongAnswers);
    }

    /** How many checks run only when the class is graded. */
    public long hiddenChecks() {
        return checks.stream().filter(c -> !c.visible()).count();
    }

    /** The metadata file. */
    public Path file() { return dir.resolve("exercise.yaml"); }

    public Path starterFile() { return dir.resolve("starter.jsh"); }

    /** Every expression a run must read for the checks: each check's value and every variable whose memory is compared. */
    public List<String> probes() {
        Set<String> all = new LinkedHashSet<>();
        for (Check c : checks) {
            all.add(c.value());
            if (c.sharesWith() != null) all.add(c.sharesWith());
        }
        return new ArrayList<>(all);
    }

    /**
     * A typical wrong answer kept as a fixture: it must fail, and the feedback's first sentence
     * must contain {@code expect}.
     */
    public record WrongAnswer(Path file, String source, String expect, int expectLine) {}
}
