package torchtrek.cli;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import torchtrek.grading.CourseAssignment;
import torchtrek.grading.GradescopeZip;
import torchtrek.grading.Shard;
import torchtrek.grading.SingleSubmission;

/** {@code torchtrek gradescope build|run}: the Gradescope autograder, and what it runs inside Gradescope. */
@Command(name = "gradescope", mixinStandardHelpOptions = true,
    subcommands = {GradescopeCommand.Build.class, GradescopeCommand.Run.class},
    description = "Gradescope's autograder: `build` makes the zip to upload, `run` is what its run_autograder calls.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:usage shown", "2:bad usage"})
final class GradescopeCommand implements Callable<Integer> {
    /** A class from each jar `torchtrek` needs at run time, for when it runs from a build tree rather than installed jars. */
    static final Class<?>[] RUNTIME = {Main.class, picocli.CommandLine.class, com.fasterxml.jackson.databind.ObjectMapper.class,
        com.fasterxml.jackson.core.JsonFactory.class, com.fasterxml.jackson.annotation.JsonProperty.class,
        org.yaml.snakeyaml.Yaml.class, org.commonmark.parser.Parser.class, org.commonmark.ext.gfm.tables.TablesExtension.class,
        org.jline.terminal.Terminal.class, org.objectweb.asm.ClassVisitor.class, jcuda.driver.JCudaDriver.class,
        com.sun.jna.Native.class, org.apache.commons.compress.archivers.zip.ZipArchiveEntry.class};

    @Override
    public Integer call() {
        new picocli.CommandLine(this).usage(System.out);
        return 0;
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Build the Gradescope autograder zip: setup.sh and run_autograder at its root, TorchTrek's jars",
            "and the course beside them. Upload it as a Programming Assignment's autograder."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:bad usage, or the course cannot be graded (the message says why)"})
    static final class Build implements Callable<Integer> {
        @Option(names = "--out", paramLabel = "ZIP", description = "the zip to write (default: ${DEFAULT-VALUE})")
        Path out = Path.of("torchtrek-autograder.zip");

        @Mixin
        CourseOption courseOption = new CourseOption();

        @Mixin
        GradingOptions grading = new GradingOptions();

        @Override
        public Integer call() throws Exception {
            try {
                CourseAssignment.load(courseOption.root());
                GradescopeZip.build(courseOption.root(), GradescopeZip.installedJars(RUNTIME), out, grading.runOptions());
                System.out.println("wrote " + out + ": upload it in Gradescope (Configure Autograder > Zip file upload)");
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println("torchtrek gradescope build: " + e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Grade ROOT/submission as one student and write ROOT/results/results.json (ROOT is /autograder",
            "inside Gradescope). Always writes a valid results.json, even when grading fails."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:results.json written (whatever the submission's outcome)"})
    static final class Run implements Callable<Integer> {
        @Option(names = "--root", paramLabel = "DIR", description = "the autograder folder (default: ${DEFAULT-VALUE})")
        Path root = Path.of("/autograder");

        @Mixin
        CourseOption courseOption = new CourseOption();

        @Mixin
        GradingOptions grading = new GradingOptions();

        @Override
        public Integer call() throws Exception {
            grading.workers = 1;
            SingleSubmission.gradescope(() -> CourseAssignment.load(courseOption.root()), root,
                grading.options(Shard.ALL, Set.of(), false), System.out);
            return 0;
        }
    }
}
