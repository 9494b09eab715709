package torchtrek.course;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The exercise side of the course, for the REPL and the command line alike: which exercise is
 * current, its prompt, checking an attempt, hints in increasing strength, the solution (only
 * after an attempt), and progress. Every step is saved through the {@link ProgressStore}.
 */
public final class ExerciseCoach {
    private final Course course;
    private final ProgressStore store;
    private final Attempts attempts;
    private final TerminalMarkdown md;
    private final Clock clock;

    public ExerciseCoach(Course course, ProgressStore store, Attempts attempts, TerminalMarkdown md, Clock clock) {
        this.course = course;
        this.store = store;
        this.attempts = attempts;
        this.md = md;
        this.clock = clock;
    }

    public Course course() { return course; }

    /** The exercise the student is on: the one last opened, else the first not yet passed. */
    public Optional<Exercise> current() {
        Progress p = store.read();
        if (p.exercise() != null && course.exercise(p.exercise()).isPresent()) return course.exercise(p.exercise());
        return course.exercises().stream().filter(e -> !p.passed(e.id())).findFirst()
            .or(() -> course.exercises().stream().findFirst());
    }

    /** The exercise after {@code e} in the course's order, if any. */
    public Optional<Exercise> after(Exercise e) {
        List<Exercise> all = course.exercises();
        int i = all.indexOf(e);
        return i >= 0 && i + 1 < all.size() ? Optional.of(all.get(i + 1)) : Optional.empty();
    }

    /** An exercise a student asked for, or why there is none. */
    public record Pick(Optional<Exercise> exercise, String problem) {}

    /** Exercise {@code id}; {@code next}: the one after the current; null or blank: the current one. */
    public Pick pick(String id) {
        Optional<Exercise> current = current();
        if (id == null || id.isBlank()) return new Pick(current, "This course has no exercises.");
        if (id.equals("next")) {
            return new Pick(current.flatMap(this::after),
                "There is no exercise after " + current.map(Exercise::id).orElse("this one") + ".");
        }
        return new Pick(course.exercise(id), "No exercise is called `" + id + "`; the progress list names them all.");
    }

    /** Makes {@code e} the current exercise and returns its prompt, rendered. */
    public String open(Exercise e) {
        store.update(p -> p.atExercise(e.id()));
        return show(e);
    }

    /** The exercise as the student first sees it: title, what it covers, the prompt, the starter. */
    public String show(Exercise e) {
        StringBuilder sb = new StringBuilder();
        sb.append(md.render("## Exercise " + e.order() + " · " + e.title())).append('\n');
        sb.append(md.render(e.prompt())).append('\n');
        if (!e.starter().isBlank()) sb.append(md.style("Starting point:", "2")).append('\n').append(md.code(e.starter(), null, false));
        if (e.gpu()) {
            sb.append(md.render("_This exercise is about the GPU. Where there is none (torch.cuda.is_available() is false), the"
                + " right answer stays on the CPU, and the check accepts it._"));
        }
        sb.append(md.style("Practises " + String.join(", ", e.covers()) + " · " + e.points() + " point"
            + (e.points() == 1 ? "" : "s") + " · " + e.hints().size() + " hint" + (e.hints().size() == 1 ? "" : "s"), "2"))
            .append('\n');
        return sb.toString();
    }

    /** Checks {@code source} as an attempt at {@code e}, records the attempt, and returns the verdict. */
    public Verdict check(Exercise e, String source, String name) {
        Feedback f = attempts.check(e.visibleOnly(), source, name);
        Progress p = store.update(pr -> pr.attempted(e.id(), f.passed(), clock.instant()));
        return new Verdict(e, f, FeedbackView.render(e, f, p.of(e.id()), md));
    }

    /** A check's result and how it reads. */
    public record Verdict(Exercise exercise, Feedback feedback, String text) {
        public boolean passed() { return feedback.passed(); }
    }

    /** The next hint (each call one stronger, the last repeating), and which one it is. */
    public String hint(Exercise e) {
        int shown = store.read().of(e.id()).hintsUsed();
        int number = Math.min(shown + 1, e.hints().size());
        store.update(p -> p.hintShown(e.id(), number));
        String more = number < e.hints().size() ? " (/hint again for a stronger one)" : " (the last one)";
        return md.style("Hint " + number + " of " + e.hints().size() + more, "2") + "\n" + md.render(e.hints().get(number - 1));
    }

    /** Whether the solution may be shown: only after at least one attempt. */
    public boolean solutionAllowed(Exercise e) {
        return store.read().of(e.id()).attempts() > 0;
    }

    /** The reference solution (call only when {@link #solutionAllowed} and the student confirmed); recorded. */
    public String solution(Exercise e) {
        store.update(p -> p.solutionShown(e.id()));
        return md.style("A reference solution (yours may differ and still be right):", "2") + "\n" + md.code(e.solution(), null, false);
    }

    /** Every exercise with its state, lesson by lesson. */
    public String progress() {
        Progress p = store.read();
        StringBuilder sb = new StringBuilder();
        long passed = course.exercises().stream().filter(e -> p.passed(e.id())).count();
        sb.append(md.style(course.title() + ": " + passed + " of " + course.exercises().size() + " exercises passed", "1")).append('\n');
        for (Lesson l : course.lessons()) {
            List<Exercise> own = course.exercisesOf(l);
            String reading = p.lesson() == l.number() ? "  ← you are here" : "";
            sb.append(String.format("%2d. %s%s%n", l.number(), l.title(), reading));
            for (Exercise e : own) {
                Progress.ExerciseProgress ep = p.of(e.id());
                String mark = ep.passed() ? md.style("✓", "32") : ep.attempts() > 0 ? md.style("…", "33") : "·";
                String detail = ep.attempts() == 0 ? "" : md.style("  " + ep.attempts() + " attempt" + (ep.attempts() == 1 ? "" : "s")
                    + (ep.hintsUsed() > 0 ? ", " + ep.hintsUsed() + " hint" + (ep.hintsUsed() == 1 ? "" : "s") : ""), "2");
                sb.append("      ").append(mark).append(' ').append(e.id()).append(" · ").append(e.title()).append(detail).append('\n');
            }
        }
        return sb.toString();
    }
}
