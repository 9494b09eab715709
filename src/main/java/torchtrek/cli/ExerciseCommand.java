package torchtrek.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import torchtrek.course.Exercise;

/** {@code torchtrek exercise [ID]}: shows an exercise and writes its file to work in. */
@Command(name = "exercise", mixinStandardHelpOptions = true,
    description = {"Show the current exercise (or exercise ID, or `next`), and write its file into your workspace to edit"
        + " (an existing file is never overwritten)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:shown (and its file written)", "2:no course found, or unknown exercise"})
final class ExerciseCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "ID", description = "an exercise id, or `next` for the one after the current")
    String id;

    @Mixin
    CourseOption courseOption = new CourseOption();

    @Override
    public Integer call() throws Exception {
        Student s = Student.here(courseOption);
        if (s == null) return 2;
        Optional<Exercise> e = Exercises.pick(s, id);
        if (e.isEmpty()) return 2;
        System.out.print(s.coach().open(e.get()));
        Path file = s.workspace().ensure(e.get());
        System.out.println(s.md().style("Your file: " + file, "1"));
        System.out.println(s.md().style("Edit it, then `torchtrek check " + file + "` (or keep `torchtrek watch` running).", "2"));
        return 0;
    }
}
