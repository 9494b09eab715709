package torchtrek.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import torchtrek.course.Course;
import torchtrek.course.ExerciseScaffold;

/** {@code torchtrek new exercise NAME}: scaffolds course files for instructors. */
@Command(name = "new", mixinStandardHelpOptions = true, subcommands = NewCommand.ExerciseFiles.class,
    description = "Make the files of a new part of the course, ready to edit (see docs/authoring.md).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:usage shown", "2:bad usage"})
final class NewCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }

    @Command(name = "exercise", mixinStandardHelpOptions = true,
        description = {"Scaffold exercise NAME: exercises/NN-NAME/ (exercise.yaml, prompt.md, starter.jsh, wrong/) and",
            "solutions/NAME.jsh. The scaffold is a small working exercise, so `torchtrek validate` proves it from the",
            "start; edit each file into yours and validate again."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:bad usage, a name already taken, or an unknown lesson"})
    static final class ExerciseFiles implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "the exercise's id: lowercase words joined by hyphens (reshape-grid)")
        String name;

        @Option(names = "--covers", required = true, split = ",", paramLabel = "ID",
            description = "the practice questions it answers, comma-separated (P19,P20)")
        List<String> covers;

        @Option(names = "--lesson", paramLabel = "ID", description = "the lesson it practises (default: the last exercise's lesson)")
        String lesson;

        @Option(names = "--title", paramLabel = "TEXT", description = "its title (default: from NAME)")
        String title;

        @Mixin
        CourseOption courseOption = new CourseOption();

        @Override
        public Integer call() throws Exception {
            Course course = courseOption.loadOrExplain();
            if (course == null) return 2;
            String lessonId = lesson != null ? lesson
                : course.exercises().isEmpty() ? course.lessons().get(course.lessons().size() - 1).id()
                : course.exercises().get(course.exercises().size() - 1).lesson();
            String heading = title != null ? title : Character.toUpperCase(name.charAt(0)) + name.substring(1).replace('-', ' ');
            try {
                Path dir = ExerciseScaffold.write(course, name, heading, lessonId, covers);
                Path root = course.root();
                System.out.println("wrote " + root.relativize(dir) + "/ and solutions/" + name + ".jsh");
                System.out.println("Next: edit them into your exercise, then `scripts/torchtrek validate " + root.relativize(dir) + "`.");
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println("torchtrek new exercise: " + e.getMessage());
                return 2;
            }
        }
    }
}
