package torchtrek.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import torchtrek.course.Lesson;

/** {@code torchtrek lesson [N]}: a lesson to read outside the REPL (without N: the list). */
@Command(name = "lesson", aliases = "lessons", mixinStandardHelpOptions = true,
    description = "Without N: list the lessons. With N: print lesson N whole, each cell with what it prints.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:shown", "2:no course found, or no lesson N"})
final class LessonCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "N", description = "the lesson's number")
    Integer number;

    @Mixin
    CourseOption courseOption = new CourseOption();

    @Override
    public Integer call() {
        Student s = Student.here(courseOption);
        if (s == null) return 2;
        if (number == null) {
            System.out.print(s.lessons().list());
            return 0;
        }
        Optional<Lesson> l = s.course().lesson(number);
        if (l.isEmpty()) {
            System.err.println("There is no lesson " + number + "; `torchtrek lessons` lists them.");
            return 2;
        }
        System.out.print(s.lessons().readAll(l.get()));
        return 0;
    }
}
