package torchtrek.course;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Proves a course: every exercise's reference solution passes its checks, its starter fails, and
 * each typical wrong answer fails with the feedback it names; metadata is complete, ids are
 * unique, every practice question is covered, and every lesson cell still prints what the lesson
 * shows. Each problem names its file and line.
 */
public final class Validator {
    private final Attempts attempts;
    private final Consumer<String> progress;

    /** {@code progress} hears one line per lesson and exercise as they are checked. */
    public Validator(Attempts attempts, Consumer<String> progress) {
        this.attempts = attempts;
        this.progress = progress;
    }

    /** What validation found, and what it ran. */
    public record Report(List<Problem> problems, int lessons, int cells, int exercises, int wrongAnswers,
                         Map<Lesson, List<LessonCheck.Outcome>> outcomes) {
        public boolean ok() { return problems.isEmpty(); }
    }

    /** Validates the parts of the course whose files {@code selected} accepts (structure is always checked). */
    public Report validate(Course.Loaded loaded, Predicate<Path> selected) {
        Course course = loaded.course();
        List<Problem> problems = new ArrayList<>(loaded.problems());
        problems.addAll(structure(course));
        Map<Lesson, List<LessonCheck.Outcome>> outcomes = new HashMap<>();
        int cells = 0;
        for (Lesson lesson : course.lessons()) {
            if (!selected.test(lesson.file())) continue;
            progress.accept("lesson " + lesson.number() + ": " + lesson.title());
            List<LessonCheck.Outcome> o = LessonCheck.run(lesson, attempts.runner());
            outcomes.put(lesson, o);
            cells += o.size();
            problems.addAll(LessonCheck.problems(lesson, o));
        }
        int exercises = 0;
        int wrong = 0;
        for (Exercise e : course.exercises()) {
            if (!selected.test(e.dir()) && !selected.test(e.solutionFile())) continue;
            progress.accept("exercise " + e.id() + ": " + e.title());
            exercises++;
            wrong += e.wrongAnswers().size();
            problems.addAll(exercise(e));
        }
        return new Report(problems, outcomes.size(), cells, exercises, wrong, outcomes);
    }

    /** Ids, references between files, and coverage of the practice questions. */
    static List<Problem> structure(Course course) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Exercise> ids = new HashMap<>();
        Set<String> covered = new LinkedHashSet<>();
        Map<Integer, Lesson> numbers = new HashMap<>();
        for (Lesson l : course.lessons()) {
            Lesson other = numbers.putIfAbsent(l.number(), l);
            if (other != null) problems.add(new Problem(l.file(), 0, "lesson number " + l.number() + " is also used by " + other.file()));
        }
        for (Exercise e : course.exercises()) {
            Exercise other = ids.putIfAbsent(e.id(), e);
            if (other != null) problems.add(new Problem(e.dir(), 0, "exercise id `" + e.id() + "` is also used by " + other.dir()));
            if (!e.lesson().isEmpty() && course.lesson(e.lesson()).isEmpty()) {
                problems.add(new Problem(e.file(), 0, "`lesson: " + e.lesson() + "` names no lesson in lessons/"));
            }
            for (String id : e.covers()) {
                if (!course.practice().isEmpty() && !course.practice().contains(id)) {
                    problems.add(new Problem(e.file(), 0, "covers " + id + ", which is not a practice question listed in course.yaml"));
                }
                covered.add(id);
            }
        }
        List<String> missing = course.practice().stream().filter(id -> !covered.contains(id)).toList();
        if (!missing.isEmpty()) {
            problems.add(new Problem(course.root().resolve("course.yaml"), 0, "no exercise covers " + String.join(", ", missing)));
        }
        return problems;
    }

    /** Runs the solution, the starter and every wrong answer of one exercise against its checks. */
    List<Problem> exercise(Exercise e) {
        List<Problem> problems = new ArrayList<>();
        if (e.solution().isBlank()) return problems;
        List<Run> solution = attempts.solutionRuns(e);
        for (Run run : solution) {
            if (!run.finished()) {
                problems.add(new Problem(e.solutionFile(), run.failure().line(), "the reference solution does not run: "
                    + run.failure().message()));
                return problems;
            }
        }
        for (Check c : e.checks()) {
            for (String probe : probesOf(c)) {
                if (solution.get(0).value(probe) instanceof Value.Unreadable u) {
                    problems.add(new Problem(e.file(), c.line(), "the reference solution cannot give `" + probe + "`: "
                        + (u.undefined() ? "it defines no " + u.error() : u.error())));
                }
            }
        }
        if (!problems.isEmpty()) return problems;
        Feedback own = Checker.check(e, solution, solution);
        if (!own.passed()) {
            problems.add(new Problem(e.solutionFile(), 0, "the reference solution fails its own checks: " + own.firstProblem()));
        }
        Feedback starter = attempts.check(e, e.starter(), "starter.jsh");
        if (starter.passed()) {
            problems.add(new Problem(e.starterFile(), 0, "the starter passes every check: a student would solve the exercise by"
                + " doing nothing (make the checks stricter, or the starter emptier)"));
        }
        for (Exercise.WrongAnswer w : e.wrongAnswers()) {
            Feedback f = attempts.check(e, w.source(), w.file().getFileName().toString());
            if (f.passed()) {
                problems.add(new Problem(w.file(), w.expectLine(), "this wrong answer passes every check"));
            } else if (!f.firstProblem().contains(w.expect())) {
                problems.add(new Problem(w.file(), w.expectLine(), "the feedback should contain \"" + w.expect()
                    + "\" but it is:\n    " + f.firstProblem().replace("\n", "\n    ")));
            }
        }
        return problems;
    }

    private static List<String> probesOf(Check c) {
        return c.sharesWith() == null ? List.of(c.value()) : List.of(c.value(), c.sharesWith());
    }
}
