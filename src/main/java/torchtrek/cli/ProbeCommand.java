package torchtrek.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import torchtrek.course.Attempts;
import torchtrek.course.Exercise;
import torchtrek.course.Json;
import torchtrek.course.Workspace;
import torchtrek.repl.JShellRunner;

/**
 * {@code torchtrek probe FILE}: runs an attempt and prints what the exercise's checks read from
 * it, as JSON (one run per seed). Graders run this in a separate process per submission and
 * compare the runs with the solution's using {@code torchtrek.course.Checker}.
 */
@Command(name = "probe", mixinStandardHelpOptions = true,
    description = {"Run FILE as an attempt at its exercise and print, as JSON, what the exercise's checks read from it"
        + " (one run per seed): for graders, which run student code in a separate process and compare the data."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:probed (the JSON is on stdout)", "2:bad usage, unknown exercise or unreadable file"})
final class ProbeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the attempt (.jsh)")
    Path file;

    @Option(names = "--exercise", paramLabel = "ID", description = "the exercise it answers (when the file does not say)")
    String exerciseId;

    @Mixin
    CourseOption courseOption = new CourseOption();

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(file)) {
            System.err.println("torchtrek probe: cannot read " + file);
            return 2;
        }
        var loaded = torchtrek.course.Course.load(courseOption.root());
        String source = Files.readString(file);
        Optional<Exercise> e = exerciseId != null ? loaded.course().exercise(exerciseId) : Workspace.identify(loaded.course(), file, source);
        if (e.isEmpty()) {
            System.err.println("torchtrek probe: no exercise for " + file + " (pass --exercise ID)");
            return 2;
        }
        System.out.println(Json.write(new Attempts(new JShellRunner()).runs(e.get(), source, file.getFileName().toString())));
        return 0;
    }
}
