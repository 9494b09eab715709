package torchtrek.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import torchtrek.course.Exercise;
import torchtrek.course.ExerciseCoach;
import torchtrek.course.Workspace;

/** {@code torchtrek check FILE.jsh}: checks an attempt at an exercise. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check FILE.jsh against its exercise (named by its `// exercise: id` line or its file name) and explain the"
        + " first thing that differs from what the exercise asks."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the attempt passes", "1:it does not pass yet (the feedback says why)", "2:bad usage or unknown exercise"})
final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the attempt (.jsh)")
    Path file;

    @Option(names = "--exercise", paramLabel = "ID", description = "the exercise it answers (when the file does not say)")
    String exerciseId;

    @Mixin
    CourseOption courseOption = new CourseOption();

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(file)) {
            System.err.println("torchtrek check: cannot read " + file);
            return 2;
        }
        Student s = Student.here(courseOption);
        if (s == null) return 2;
        String source = Files.readString(file);
        Optional<Exercise> e = exerciseId != null ? s.course().exercise(exerciseId) : Workspace.identify(s.course(), file, source);
        if (e.isEmpty()) {
            System.err.println("torchtrek check: which exercise does " + file.getFileName() + " answer? Start it with a line"
                + " `// exercise: ID` or pass --exercise ID (`torchtrek progress` lists the ids).");
            return 2;
        }
        ExerciseCoach.Verdict v = s.coach().check(e.get(), source, file.getFileName().toString());
        System.out.print(v.text());
        return v.passed() ? 0 : 1;
    }
}
