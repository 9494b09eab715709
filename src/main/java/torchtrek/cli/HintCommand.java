package torchtrek.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import torchtrek.course.Exercise;

/** {@code torchtrek hint [ID]}: the next hint, each one stronger than the last. */
@Command(name = "hint", mixinStandardHelpOptions = true, description = "Show the next hint for the current exercise (or exercise ID).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:shown", "2:no course found, or unknown exercise"})
final class HintCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "ID", description = "an exercise id (default: the current exercise)")
    String id;

    @Mixin
    CourseOption courseOption = new CourseOption();

    @Override
    public Integer call() {
        Optional<Exercises.Chosen> chosen = Exercises.choose(courseOption, id);
        if (chosen.isEmpty()) return 2;
        Student s = chosen.get().student();
        Exercise e = chosen.get().exercise();
        System.out.print(s.coach().hint(e));
        return 0;
    }
}
