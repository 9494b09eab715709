package torchtrek.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import torchtrek.course.Exercise;
import torchtrek.course.Workspace;

/** {@code torchtrek watch [FILE]}: re-checks on every save. */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Check the current exercise's file every time you save it, and move on to the next exercise when you"
        + " say so (type n). With FILE: watch that file only."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:you left the watch (q or Ctrl-D)", "2:no course found, unknown exercise or unreadable file"})
final class WatchCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE", description = "an attempt to watch (default: the current exercise's file)")
    Path file;

    @Mixin
    CourseOption courseOption = new CourseOption();

    @Override
    public Integer call() throws Exception {
        Student s = Student.here(courseOption);
        if (s == null) return 2;
        Optional<Exercise> e;
        Path target;
        if (file != null) {
            e = Workspace.identify(s.course(), file, Files.exists(file) ? Files.readString(file) : "");
            target = file;
            if (e.isEmpty()) {
                System.err.println("torchtrek watch: which exercise does " + file.getFileName() + " answer? Start it with a line"
                    + " `// exercise: ID`.");
                return 2;
            }
        } else {
            e = s.coach().current();
            if (e.isEmpty()) return 2;
            System.out.print(s.coach().open(e.get()));
            target = s.workspace().ensure(e.get());
        }
        BufferedReader keys = new BufferedReader(new InputStreamReader(System.in));
        return new Watcher(s, System.out, keys, Duration.ofMillis(300)).watch(e.get(), target, file == null);
    }
}
