package torchtrek.grading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import torchtrek.course.Course;
import torchtrek.course.Exercise;
import torchtrek.course.Problem;
import torchtrek.grading.sandbox.ClassPaths;
import torchtrek.repl.JShellRunner;

/**
 * The course's exercises as the grader sees them: a student's {@code NN-id.jsh} runs in a worker
 * with {@link CourseJobHandler}, once per seed of the exercise; the runs come back as data and
 * the course's {@link torchtrek.course.Checker} compares them here with the reference solution's
 * runs, which only this JVM ever computes.
 */
public final class CourseAssignment implements Assignment {
    /** Changes when the worker protocol or the scoring changes, so that --regrade redoes everything. */
    static final String GRADER_PROTOCOL = "torchtrek-grading-1";

    private final List<Task> tasks;

    private CourseAssignment(List<Task> tasks) {
        this.tasks = List.copyOf(tasks);
    }

    /** The course under {@code root}; refuses a course with problems (`torchtrek validate` shows them). */
    public static CourseAssignment load(Path root) throws IOException {
        Course.Loaded loaded = Course.load(root);
        if (!loaded.problems().isEmpty()) {
            List<String> shown = loaded.problems().stream().limit(5).map(p -> p.relativeTo(root)).map(Problem::toString).toList();
            throw new IllegalArgumentException("the course in " + root + " has " + loaded.problems().size()
                + " problem(s); fix them first (torchtrek validate lists them all):\n  " + String.join("\n  ", shown));
        }
        if (loaded.course().exercises().isEmpty()) throw new IllegalArgumentException("the course in " + root + " has no exercises");
        String torchtrek = version();
        List<Task> tasks = new ArrayList<>();
        for (Exercise e : loaded.course().exercises()) tasks.add(new CourseTask(e, fingerprint(e, torchtrek)));
        return new CourseAssignment(tasks);
    }

    @Override
    public List<Task> tasks() { return tasks; }

    @Override
    public String handlerClass() { return CourseJobHandler.class.getName(); }

    @Override
    public List<Path> workerClassPath() {
        // the REPL's snippet engine rewrites System.exit calls with ASM
        return ClassPaths.workerWith(CourseJobHandler.class, JShellRunner.class, torchtrek.torch.class, org.objectweb.asm.ClassVisitor.class);
    }

    /** TorchTrek's version as the jar says it, or "dev" when running from classes. */
    static String version() {
        String v = CourseAssignment.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** The grader version: a hash of everything that decides this exercise's grades. */
    static String fingerprint(Exercise e, String torchtrekVersion) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(GRADER_PROTOCOL, torchtrekVersion, Files.readString(e.file()), e.helpers(), e.solution())) {
                md.update(part.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** What a job carries: the student's file, the exercise's helpers and probes, the seeds; never the solution. */
    record Job(String name, String source, String helpers, List<String> probes, List<Long> seeds, long limitMillis) {
        List<torchtrek.course.Script> scripts() {
            List<torchtrek.course.Script> scripts = new ArrayList<>();
            for (long seed : seeds) {
                scripts.add(new torchtrek.course.Script(name, source, helpers, probes, seed, java.time.Duration.ofMillis(limitMillis)));
            }
            return scripts;
        }
    }

    /** What a job returns: one run per seed. */
    record Runs(List<torchtrek.course.Run> runs) {}

}
