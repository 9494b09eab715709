package torchtrek.repl.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import torchtrek.course.Attempts;
import torchtrek.course.Course;
import torchtrek.course.Exercise;
import torchtrek.course.ExerciseCoach;
import torchtrek.course.LessonNavigator;
import torchtrek.course.ProgressStore;
import torchtrek.course.TerminalMarkdown;
import torchtrek.course.Workspace;
import torchtrek.repl.JShellRunner;
import torchtrek.repl.Printer;
import torchtrek.repl.Session;
import torchtrek.repl.Style;

/** The course's REPL commands on the real course, with the student's progress and files in a scratch folder. */
class CourseCommandsTest {
    private static final Course COURSE = Course.load(Path.of("").toAbsolutePath()).course();
    private static Session session;

    @TempDir
    Path data;

    private Commands commands;
    private final StringWriter out = new StringWriter();
    private final Deque<String> answers = new ArrayDeque<>();
    private final CommandContext context = new CommandContext() {
        private final Printer printer = new Printer(new PrintWriter(out), new PrintWriter(out), Style.plain());

        @Override public Session session() { return session; }
        @Override public Printer printer() { return printer; }
        @Override public Commands commands() { return commands; }
        @Override public boolean confirm(String question) { return "y".equals(answers.poll()); }
        @Override public void exit() { }
    };

    @BeforeAll
    static void start() {
        session = Session.start();
    }

    @AfterAll
    static void stop() {
        session.close();
    }

    @BeforeEach
    void fresh() {
        session.reset();
        commands = restart();
    }

    /** The course commands as a new REPL would build them over the same saved progress and files. */
    private Commands restart() {
        TerminalMarkdown md = new TerminalMarkdown(80, false);
        ProgressStore store = new ProgressStore(data.resolve("progress"), w -> { });
        ExerciseCoach coach = new ExerciseCoach(COURSE, store, new Attempts(new JShellRunner()), md, Clock.systemUTC());
        return new CourseCommands(new LessonNavigator(COURSE, store, md), coach, new Workspace(data.resolve("exercises")))
            .addTo(Commands.builtIn());
    }

    private String run(String line) {
        out.getBuffer().setLength(0);
        commands.run(line, context);
        return out.toString();
    }

    private Exercise first() {
        return COURSE.exercises().get(0);
    }

    @Test
    void lessonsListEveryLessonAndMarkWhereTheStudentIs() {
        String list = run("/lessons");
        for (var l : COURSE.lessons()) assertTrue(list.contains(l.number() + ". " + l.title()), l.title());
        run("/lesson 3");
        assertTrue(run("/lessons").contains("▸  3. " + COURSE.lessons().get(2).title()), out.toString());
    }

    @Test
    void lessonNextAndBackMoveThroughStepsAndSurviveARestart() {
        String opened = run("/lesson 2");
        assertTrue(opened.contains(COURSE.lessons().get(1).title().split(",")[0]), opened);
        assertTrue(opened.contains("[lesson 2 · cell 1 of"), opened);
        assertTrue(run("/next").contains("[lesson 2 · cell 2 of"), out.toString());
        commands = restart();
        assertTrue(run("/lesson").contains("[lesson 2 · cell 2 of"), "the place is saved: " + out);
        assertTrue(run("/back").contains("[lesson 2 · cell 1 of"), out.toString());
        assertTrue(run("/lesson 99").contains("There is no lesson 99. /lessons lists them."), out.toString());
    }

    @Test
    void runShowsTheCellAndRunsItInTheSessionSoItsVariablesStay() {
        run("/lesson 1");
        String ran = run("/run");
        String code = COURSE.lessons().get(0).cells().get(0).code();
        assertTrue(ran.contains(code.strip().lines().findFirst().orElseThrow()), ran);
        assertFalse(session.variables().isEmpty(), "the cell's variables are the student's now: " + ran);
        assertTrue(run("/run 99").contains("This lesson has no cell 99"), out.toString());
        assertTrue(run("/cells").contains(" 1  "), out.toString());
    }

    @Test
    void anExerciseIsWrittenCheckedHintedAndPassed() throws Exception {
        Exercise e = first();
        String shown = run("/exercise " + e.id());
        assertTrue(shown.contains(e.title()), shown);
        Path file = data.resolve("exercises").resolve(String.format("%02d-%s.jsh", e.order(), e.id()));
        assertTrue(Files.exists(file), "the exercise's file is written: " + shown);
        assertTrue(shown.contains("Your file: " + file), shown);

        assertTrue(run("/solution").contains("Try it first"), "no solution before an attempt: " + out);
        String failed = run("/check");
        assertTrue(failed.contains("not yet"), failed);
        assertFalse(failed.contains(e.solution().strip()), "feedback never shows the solution");
        assertTrue(run("/hint").contains("Hint 1 of " + e.hints().size()), out.toString());

        answers.add("n");
        assertTrue(run("/solution").contains("Kept hidden."), out.toString());
        answers.add("y");
        assertTrue(run("/solution").contains(e.solution().strip().lines().findFirst().orElseThrow()), out.toString());

        Files.writeString(file, "// exercise: " + e.id() + "\n" + e.solution());
        String passed = run("/check");
        assertTrue(passed.contains("✓"), passed);
        commands = restart();
        String progress = run("/progress");
        assertTrue(progress.contains("✓ " + e.id()), progress);
        assertTrue(progress.contains("1 of " + COURSE.exercises().size() + " exercises passed"), progress);
    }

    @Test
    void checkingAFileThatSaysWhichExerciseItAnswers() throws Exception {
        Exercise e = first();
        Path attempt = data.resolve("mine.jsh");
        Files.writeString(attempt, "// exercise: " + e.id() + "\n" + e.solution());
        assertTrue(run("/check " + attempt).contains("✓"), out.toString());
        Files.writeString(attempt, "var t = 1;\n");
        assertTrue(run("/check " + attempt).contains("Which exercise does mine.jsh answer?"), out.toString());
        assertTrue(run("/check " + data.resolve("none.jsh")).contains("Cannot read"), out.toString());
    }

    @Test
    void helpListsTheCourseCommands() {
        String help = run("/help");
        for (String name : new String[] {"/lessons", "/lesson", "/next", "/back", "/run", "/cells", "/exercise", "/check", "/hint",
            "/solution", "/progress"}) {
            assertTrue(help.contains(name), name + " in " + help);
        }
        assertEquals("exercise", commands.find("exe").orElseThrow().name());
    }
}
