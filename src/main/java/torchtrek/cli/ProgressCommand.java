package torchtrek.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code torchtrek progress}: every exercise, lesson by lesson, with what you have done. */
@Command(name = "progress", mixinStandardHelpOptions = true, description = "Show your progress: lessons, and each exercise's attempts, hints and result.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:shown", "2:no course found"})
final class ProgressCommand implements Callable<Integer> {
    @Mixin
    CourseOption courseOption = new CourseOption();

    @Override
    public Integer call() {
        Student s = Student.here(courseOption);
        if (s == null) return 2;
        System.out.print(s.coach().progress());
        System.out.println(s.md().style("Saved in " + s.store().file(), "2"));
        return 0;
    }
}
