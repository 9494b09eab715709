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
        Optional<Exercises.Chosen> chosen = Exercises.choose(courseOption, id);
        if (chosen.isEmpty()) return 2;
        Student s = chosen.get().student();
        Exercise e = chosen.get().exercise();
        System.out.print(s.coach().open(e));
        Path file = s.workspace().ensure(e);
        System.out.println(s.md().style("Your file: " + file, "1"));
        System.out.println(s.md().style("Edit it, then `torchtrek check " + file + "` (or keep `torchtrek watch` running).", "2"));
        return 0;
    }
}
