package torchtrek.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import torchtrek.grading.CourseAssignment;
import torchtrek.grading.Shard;
import torchtrek.grading.SingleSubmission;

/** {@code torchtrek prairielearn}: PrairieLearn's external grader entry point. */
@Command(name = "prairielearn", mixinStandardHelpOptions = true,
    description = {"Grade ROOT/student as one student and write ROOT/results/results.json in PrairieLearn's format",
        "(ROOT is /grade inside PrairieLearn's grading container). Always writes a valid results.json."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:results.json written (whatever the submission's outcome)"})
final class PrairieLearnCommand implements Callable<Integer> {
    @Option(names = "--root", paramLabel = "DIR", description = "the grading folder (default: ${DEFAULT-VALUE})")
    Path root = Path.of("/grade");

    @Option(names = "--exercise", paramLabel = "ID", description = "grade this exercise (repeatable); default: those whose files are there")
    List<String> exercises = List.of();

    @Mixin
    CourseOption courseOption = new CourseOption();

    @Mixin
    GradingOptions grading = new GradingOptions();

    @Override
    public Integer call() throws Exception {
        grading.workers = 1;
        Set<String> ids = new HashSet<>(exercises);
        SingleSubmission.prairieLearn(() -> CourseAssignment.load(courseOption.root()), root, ids,
            grading.options(Shard.ALL, Set.of(), false), System.out);
        return 0;
    }
}
