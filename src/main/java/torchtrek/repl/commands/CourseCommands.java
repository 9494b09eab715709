package torchtrek.repl.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiConsumer;

import torchtrek.course.Exercise;
import torchtrek.course.ExerciseCoach;
import torchtrek.course.Lesson;
import torchtrek.course.LessonNavigator;
import torchtrek.course.Workspace;

/**
 * The course inside the REPL: lessons step by step ({@code /lessons}, {@code /lesson N},
 * {@code /next}, {@code /back}, {@code /cells}, {@code /run}) and exercises ({@code /exercise},
 * {@code /check}, {@code /hint}, {@code /solution}, {@code /progress}). Each is a thin front on
 * {@link LessonNavigator} and {@link ExerciseCoach}, which the command line uses too, so both
 * show the same text and save the same progress.
 */
public final class CourseCommands {
    private final LessonNavigator lessons;
    private final ExerciseCoach coach;
    private final Workspace workspace;

    public CourseCommands(LessonNavigator lessons, ExerciseCoach coach, Workspace workspace) {
        this.lessons = lessons;
        this.coach = coach;
        this.workspace = workspace;
    }

    /** Adds the course's commands to {@code commands}. */
    public Commands addTo(Commands commands) {
        commands.add(command("lessons", "", "list the lessons, with your place and exercises passed",
            (arg, c) -> c.printer().line(lessons.list())));
        commands.add(command("lesson", "[N]", "open lesson N at its start (without N: where you are)", this::lesson));
        commands.add(command("next", "", "the next step of the lesson (the next lesson after the last)",
            (arg, c) -> lessons.next().ifPresent(c.printer()::line)));
        commands.add(command("back", "", "the step before", (arg, c) -> lessons.back().ifPresent(c.printer()::line)));
        commands.add(command("cells", "", "the current lesson's code cells, numbered", (arg, c) -> c.printer().line(lessons.cells())));
        commands.add(command("run", "[N]", "show the current cell (or cell N) and run it here, keeping its variables", this::run));
        commands.add(command("exercise", "[ID|next]", "show the current exercise (or ID, or the next) and write its file to edit",
            this::exercise));
        commands.add(command("check", "[FILE]", "check your file for the current exercise (or FILE) and explain what differs",
            this::check));
        commands.add(command("hint", "[ID]", "the next hint for the current exercise, each stronger than the last",
            (arg, c) -> withExercise(arg, c, e -> c.printer().line(coach.hint(e)))));
        commands.add(command("solution", "[ID]", "the reference solution, after you have checked an attempt (asks first)", this::solution));
        commands.add(command("progress", "", "every exercise with its attempts, hints and result", (arg, c) -> c.printer().line(coach.progress())));
        return commands;
    }

    /** Where the student is, as the REPL opens: the lesson, how to move, and the current step. */
    public Optional<String> opening() {
        return lessons.lesson().map(l -> "Lesson " + l.number() + " of " + lessons.count()
            + " · /lessons lists them · /exercise starts the exercises\n\n" + lessons.current().orElse(""));
    }

    private void lesson(String arg, CommandContext c) {
        if (arg.isEmpty()) {
            lessons.current().ifPresent(c.printer()::line);
            return;
        }
        Optional<String> screen;
        try {
            screen = lessons.open(Integer.parseInt(arg));
        } catch (NumberFormatException e) {
            screen = Optional.empty();
        }
        screen.ifPresentOrElse(c.printer()::line, () -> c.printer().error("There is no lesson " + arg + ". /lessons lists them."));
    }

    private void run(String arg, CommandContext c) {
        Integer number = null;
        if (!arg.isEmpty()) {
            try {
                number = Integer.parseInt(arg);
            } catch (NumberFormatException e) {
                c.printer().error("/run takes a cell's number (/cells lists them), not `" + arg + "`.");
                return;
            }
        }
        Optional<Lesson.Cell> cell = lessons.cell(number);
        if (cell.isEmpty()) {
            c.printer().note(number == null ? "This step has no code to run: /next goes on." : "This lesson has no cell " + number + ": /cells lists them.");
            return;
        }
        c.printer().line(lessons.showCell(cell.get()).stripTrailing());
        c.evaluate(cell.get().code());
    }

    private void exercise(String arg, CommandContext c) {
        withExercise(arg, c, e -> {
            c.printer().line(coach.open(e).stripTrailing());
            try {
                Path file = workspace.ensure(e);
                c.printer().title("Your file: " + file);
                c.printer().note("Edit it in your editor, then /check here (or run `torchtrek watch` in another terminal).");
            } catch (IOException ex) {
                c.printer().error("Could not write the exercise's file in " + workspace.dir() + ": " + ex.getMessage());
            }
        });
    }

    private void check(String arg, CommandContext c) {
        Path file;
        Optional<Exercise> exercise;
        try {
            if (arg.isEmpty()) {
                exercise = coach.current();
                if (exercise.isEmpty()) {
                    c.printer().error("This course has no exercises.");
                    return;
                }
                file = workspace.file(exercise.get());
                if (!Files.exists(file)) {
                    c.printer().error("You have no file for " + exercise.get().id() + " yet: /exercise writes it.");
                    return;
                }
            } else {
                file = Path.of(arg);
                if (!Files.isReadable(file)) {
                    c.printer().error("Cannot read " + file + ".");
                    return;
                }
                exercise = Workspace.identify(coach.course(), file, Files.readString(file));
                if (exercise.isEmpty()) {
                    c.printer().error("Which exercise does " + file.getFileName() + " answer? Start it with a line `// exercise: ID`.");
                    return;
                }
            }
            String source = Files.readString(file);
            ExerciseCoach.Verdict verdict = coach.check(exercise.get(), source, file.getFileName().toString());
            c.printer().line(verdict.text().stripTrailing());
            if (verdict.passed()) coach.after(exercise.get()).ifPresent(next -> c.printer().note("/exercise next opens " + next.id() + "."));
        } catch (IOException ex) {
            c.printer().error("Cannot read " + arg + ": " + ex.getMessage());
        }
    }

    private void solution(String arg, CommandContext c) {
        withExercise(arg, c, e -> {
            if (!coach.solutionAllowed(e)) {
                c.printer().note("Try it first: the solution opens after you have checked an attempt (/check). /hint helps meanwhile.");
            } else if (c.confirm("See the reference solution of " + e.id() + "? Solving it yourself teaches more. [y/N] ")) {
                c.printer().line(coach.solution(e).stripTrailing());
            } else {
                c.printer().note("Kept hidden.");
            }
        });
    }

    private void withExercise(String arg, CommandContext c, java.util.function.Consumer<Exercise> action) {
        ExerciseCoach.Pick pick = coach.pick(arg);
        pick.exercise().ifPresentOrElse(action, () -> c.printer().error(pick.problem()));
    }

    private static Command command(String name, String argument, String summary, BiConsumer<String, CommandContext> action) {
        return new Command() {
            @Override public String name() { return name; }
            @Override public String argument() { return argument; }
            @Override public String summary() { return summary; }
            @Override public void run(String arg, CommandContext context) { action.accept(arg, context); }
        };
    }
}
