package torchtrek.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import torchtrek.course.Attempts;
import torchtrek.course.Course;
import torchtrek.course.Lesson;
import torchtrek.course.LessonCheck;
import torchtrek.course.LessonWriter;
import torchtrek.course.Problem;
import torchtrek.course.Validator;
import torchtrek.repl.JShellRunner;

/** {@code torchtrek validate [PATH]}: proves every lesson and exercise (or those under PATH). */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Prove the course: each exercise's solution passes, its starter and typical wrong answers fail with their"
        + " intended feedback, metadata is complete, ids are unique, every practice question is covered, and every lesson"
        + " cell prints what the lesson shows.", "Problems are listed as FILE:LINE: message."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:everything checked is right", "1:problems were found (listed)", "2:bad usage"})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "PATH", description = "the course folder, or one lesson file or exercise folder in it")
    Path path;

    @Option(names = "--bless", description = "write what each lesson cell really prints into its ```output block")
    boolean bless;

    @Option(names = "--quiet", description = "print only the problems and the summary")
    boolean quiet;

    @Mixin
    CourseOption courseOption = new CourseOption();

    @Override
    public Integer call() throws Exception {
        Path target = path == null ? courseOption.root() : path.toAbsolutePath().normalize();
        Path root = Files.isRegularFile(target.resolve("course.yaml")) ? target : courseOption.root();
        if (!target.startsWith(root)) {
            System.err.println("torchtrek validate: " + path + " is not inside the course at " + root + " (use --course DIR)");
            return 2;
        }
        Course.Loaded loaded = Course.load(root);
        Predicate<Path> selected = p -> p.toAbsolutePath().normalize().startsWith(target);
        Validator validator = new Validator(new Attempts(new JShellRunner()), line -> {
            if (!quiet) System.err.println("checking " + line);
        });
        Validator.Report report = validator.validate(loaded, selected);
        if (bless) blessLessons(report.outcomes());
        for (Problem p : report.problems()) {
            if (bless && p.message().contains("```output")) continue;
            System.out.println(p.relativeTo(root));
        }
        long shown = report.problems().stream().filter(p -> !(bless && p.message().contains("```output"))).count();
        System.out.printf("%s %d lesson%s (%d cells), %d exercise%s (%d wrong answers): %s%n", shown == 0 ? "✓" : "✗",
            report.lessons(), report.lessons() == 1 ? "" : "s", report.cells(), report.exercises(),
            report.exercises() == 1 ? "" : "s", report.wrongAnswers(),
            shown == 0 ? "all good" : shown + " problem" + (shown == 1 ? "" : "s"));
        return shown == 0 ? 0 : 1;
    }

    private static void blessLessons(Map<Lesson, java.util.List<LessonCheck.Outcome>> outcomes) throws Exception {
        for (Map.Entry<Lesson, java.util.List<LessonCheck.Outcome>> e : outcomes.entrySet()) {
            if (LessonWriter.bless(e.getKey(), e.getValue())) System.err.println("wrote the outputs of " + e.getKey().file());
        }
    }
}
