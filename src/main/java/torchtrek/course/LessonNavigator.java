package torchtrek.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Moves a student through the lessons a step at a time: a step is the prose before a cell and
 * the cell itself (and, at the end, the prose after the last cell). The REPL runs the cells;
 * this class decides what to show and remembers where the student is.
 */
public final class LessonNavigator {
    private final Course course;
    private final ProgressStore store;
    private final TerminalMarkdown md;

    public LessonNavigator(Course course, ProgressStore store, TerminalMarkdown md) {
        this.course = course;
        this.store = store;
        this.md = md;
    }

    /** One step of a lesson: prose (maybe empty) and the cell after it (null for the closing prose). */
    public record Step(String prose, Lesson.Cell cell) {}

    public static List<Step> steps(Lesson lesson) {
        List<Step> steps = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        for (Lesson.Part part : lesson.parts()) {
            if (part instanceof Lesson.Prose p) {
                prose.append(p.markdown());
            } else {
                steps.add(new Step(prose.toString(), (Lesson.Cell) part));
                prose.setLength(0);
            }
        }
        if (!prose.toString().isBlank() || steps.isEmpty()) steps.add(new Step(prose.toString(), null));
        return steps;
    }

    /** Every lesson, numbered, with the student's place and exercise count passed. */
    public String list() {
        Progress p = store.read();
        StringBuilder sb = new StringBuilder(md.style(course.title(), "1")).append('\n');
        for (Lesson l : course.lessons()) {
            List<Exercise> own = course.exercisesOf(l);
            long done = own.stream().filter(e -> p.passed(e.id())).count();
            String mark = l.number() < p.lesson() ? md.style("✓", "32") : l.number() == p.lesson() ? md.style("▸", "1") : " ";
            String exercises = own.isEmpty() ? "" : md.style("  " + done + "/" + own.size() + " exercises", "2");
            sb.append(String.format(" %s %2d. %s", mark, l.number(), l.title())).append(exercises).append('\n');
        }
        sb.append(md.style("/lesson N opens lesson N.", "2")).append('\n');
        return sb.toString();
    }

    /** Opens lesson {@code number} at its first step. */
    public Optional<String> open(int number) {
        Optional<Lesson> l = course.lesson(number);
        l.ifPresent(lesson -> store.update(p -> p.atLesson(number, 0)));
        return l.map(lesson -> screen(lesson, 0));
    }

    /** The lesson and step the student is on (the first lesson when none was opened). */
    public Optional<Lesson> lesson() {
        Progress p = store.read();
        return course.lesson(p.lesson()).or(() -> course.lessons().stream().findFirst());
    }

    /** How many lessons the course has. */
    public int count() {
        return course.lessons().size();
    }

    /** The current step again. */
    public Optional<String> current() {
        return lesson().map(l -> screen(l, Math.min(step(), steps(l).size() - 1)));
    }

    /** The next step, or the next lesson's first after the last. */
    public Optional<String> next() {
        Optional<Lesson> l = lesson();
        if (l.isEmpty()) return Optional.empty();
        int s = step() + 1;
        if (s < steps(l.get()).size()) {
            store.update(p -> p.atLesson(l.get().number(), s));
            return Optional.of(screen(l.get(), s));
        }
        int i = course.lessons().indexOf(l.get());
        if (i + 1 >= course.lessons().size()) return Optional.of(md.render("That was the last lesson. `/progress` shows what is left."));
        return open(course.lessons().get(i + 1).number());
    }

    /** The step before, or the last step of the lesson before. */
    public Optional<String> back() {
        Optional<Lesson> l = lesson();
        if (l.isEmpty()) return Optional.empty();
        int s = step() - 1;
        if (s >= 0) {
            store.update(p -> p.atLesson(l.get().number(), s));
            return Optional.of(screen(l.get(), s));
        }
        int i = course.lessons().indexOf(l.get());
        if (i == 0) return Optional.of(md.render("This is the first step of the first lesson."));
        Lesson before = course.lessons().get(i - 1);
        int last = steps(before).size() - 1;
        store.update(p -> p.atLesson(before.number(), last));
        return Optional.of(screen(before, last));
    }

    /** The cell /run runs: the current step's, or cell {@code number} (1-based) when given. */
    public Optional<Lesson.Cell> cell(Integer number) {
        Optional<Lesson> l = lesson();
        if (l.isEmpty()) return Optional.empty();
        if (number != null) return l.get().cells().stream().filter(c -> c.index() == number - 1).findFirst();
        List<Step> steps = steps(l.get());
        return Optional.ofNullable(steps.get(Math.min(step(), steps.size() - 1)).cell());
    }

    /** The cells of the current lesson, numbered, the current one marked. */
    public String cells() {
        Optional<Lesson> l = lesson();
        if (l.isEmpty()) return "";
        Lesson.Cell current = cell(null).orElse(null);
        StringBuilder sb = new StringBuilder(md.style("Cells of lesson " + l.get().number() + ":", "1")).append('\n');
        for (Lesson.Cell c : l.get().cells()) {
            String first = c.code().strip().lines().findFirst().orElse("");
            sb.append(c == current ? md.style(" ▸ ", "1") : "   ").append(String.format("%2d  ", c.index() + 1)).append(first)
                .append(c.code().strip().contains("\n") ? md.style("  …", "2") : "").append('\n');
        }
        sb.append(md.style("/run N runs cell N.", "2")).append('\n');
        return sb.toString();
    }

    /** A cell as /run shows it before running it. */
    public String showCell(Lesson.Cell c) {
        return md.code(c.code(), null, false);
    }

    /** The whole lesson for reading outside the REPL: prose, cells and what they print. */
    public String readAll(Lesson lesson) {
        StringBuilder sb = new StringBuilder();
        for (Lesson.Part part : lesson.parts()) {
            if (part instanceof Lesson.Prose p) {
                sb.append(md.render(p.markdown())).append('\n');
            } else if (part instanceof Lesson.Cell c) {
                sb.append(md.code(c.code(), null, false));
                if (c.output() != null) sb.append(indentOutput(c.output()));
                if (c.python() != null) sb.append(md.code(c.python(), "In Python:", true));
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private String indentOutput(String output) {
        StringBuilder sb = new StringBuilder();
        for (String line : output.stripTrailing().split("\n", -1)) sb.append("    ").append(line).append('\n');
        return sb.toString();
    }

    private int step() {
        return Math.max(0, store.read().cell());
    }

    private String screen(Lesson lesson, int index) {
        List<Step> steps = steps(lesson);
        Step step = steps.get(index);
        StringBuilder sb = new StringBuilder();
        if (!step.prose().isBlank()) sb.append(md.render(step.prose())).append('\n');
        if (step.cell() != null) {
            sb.append(md.code(step.cell().code(), null, false));
            if (step.cell().python() != null) sb.append(md.code(step.cell().python(), "In Python:", true));
            sb.append(md.style("[lesson " + lesson.number() + " · cell " + (step.cell().index() + 1) + " of "
                + lesson.cells().size() + "]  /run runs it · /next goes on · /back goes back", "2")).append('\n');
        } else {
            List<Exercise> own = course.exercisesOf(lesson);
            String exercises = own.isEmpty() ? "" : " Its exercises: " + String.join(", ", own.stream().map(Exercise::id).toList())
                + " (/exercise " + own.get(0).id() + " starts the first).";
            sb.append(md.style("End of lesson " + lesson.number() + "." + exercises + " /next opens the next lesson.", "2")).append('\n');
        }
        return sb.toString();
    }
}
