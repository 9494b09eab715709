package torchtrek.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import torchtrek.grading.CourseAssignment;
import torchtrek.grading.GradingRun;
import torchtrek.grading.Shard;

/** {@code torchtrek grade SUBMISSIONS --out DIR}: grades a whole class, unattended. */
@Command(name = "grade", mixinStandardHelpOptions = true,
    subcommands = {GradeMergeCommand.class, GradeSummaryCommand.class},
    description = {"Grade every submission in SUBMISSIONS (a folder or .zip per student, named after them) against the",
        "course's exercises, each student's code in a sandboxed JVM of its own, and write the gradebook (CSV), JSON,",
        "JUnit XML, Gradescope and PrairieLearn results, feedback and a summary into DIR. Finished results are kept:",
        "run it again after an interruption and it finishes the rest. See docs/grading.md."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every submission has a result (whatever its outcome)", "2:bad usage, or no usable course or sandbox"})
final class GradeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SUBMISSIONS", arity = "0..1", description = "the folder of submissions")
    Path submissions;

    @Option(names = "--out", paramLabel = "DIR", description = "where results and reports go")
    Path out;

    @Mixin
    CourseOption courseOption = new CourseOption();

    @Mixin
    GradingOptions grading = new GradingOptions();

    @Option(names = "--shard", paramLabel = "I/N", description = "grade only part I of N of the class (a job array's task); merge with `grade merge`")
    String shard;

    @Option(names = "--only", paramLabel = "STUDENT", description = "grade (again) only this student; repeatable")
    List<String> only = new ArrayList<>();

    @Option(names = "--regrade", description = "re-run the results whose grader version (checks, solution, TorchTrek) changed")
    boolean regrade;

    @Override
    public Integer call() throws Exception {
        if (submissions == null || out == null) {
            System.err.println("torchtrek grade: name the submissions folder and --out DIR (torchtrek grade --help)");
            return 2;
        }
        if (!Files.isDirectory(submissions)) {
            System.err.println("torchtrek grade: " + submissions + " is not a folder");
            return 2;
        }
        try {
            CourseAssignment course = CourseAssignment.load(courseOption.root());
            GradingRun.Options options = grading.options(shard == null ? Shard.ALL : Shard.parse(shard), Set.copyOf(only), regrade);
            GradingRun.Counts c = new GradingRun(course, options, System.err).run(submissions, out);
            System.err.println("graded " + c.graded() + " result(s) (" + c.regraded() + " regraded), kept " + c.kept()
                + "; reports in " + out);
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("torchtrek grade: " + e.getMessage());
            return 2;
        }
    }
}
