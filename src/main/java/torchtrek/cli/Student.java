package torchtrek.cli;

import java.time.Clock;

import torchtrek.course.Attempts;
import torchtrek.course.Course;
import torchtrek.course.DataDirs;
import torchtrek.course.ExerciseCoach;
import torchtrek.course.LessonNavigator;
import torchtrek.course.ProgressStore;
import torchtrek.course.TerminalMarkdown;
import torchtrek.course.Workspace;
import torchtrek.repl.JShellRunner;
import torchtrek.repl.commands.CourseCommands;

/** What the student-facing commands share: the course, the student's saved progress and files, and how to print. */
record Student(Course course, ProgressStore store, ExerciseCoach coach, LessonNavigator lessons, Workspace workspace,
               TerminalMarkdown md) {

    /** The student of this terminal (their data folder, $TORCHTREK_DATA...), or null when there is no course. */
    static Student here(CourseOption option) {
        Course course = option.loadOrExplain();
        return course == null ? null : of(course, markdown());
    }

    /** The student with {@code course}, showing text through {@code md}. */
    static Student of(Course course, TerminalMarkdown md) {
        ProgressStore store = ProgressStore.forUser(System.err::println);
        ExerciseCoach coach = new ExerciseCoach(course, store, new Attempts(new JShellRunner()), md, Clock.systemUTC());
        return new Student(course, store, coach, new LessonNavigator(course, store, md), new Workspace(DataDirs.workspace()), md);
    }

    /** The REPL's course commands for this student. */
    CourseCommands commands() {
        return new CourseCommands(lessons, coach, workspace);
    }

    /** Colour only on a terminal and when NO_COLOR is unset; the width from $COLUMNS, at most 100. */
    static TerminalMarkdown markdown() {
        boolean color = System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
        int width = 80;
        try {
            String cols = System.getenv("COLUMNS");
            if (cols != null) width = Math.min(100, Integer.parseInt(cols.strip()));
        } catch (NumberFormatException e) {
            // keep 80
        }
        return new TerminalMarkdown(width, color);
    }
}
