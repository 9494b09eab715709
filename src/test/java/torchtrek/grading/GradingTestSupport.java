package torchtrek.grading;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import torchtrek.grading.sandbox.Limits;
import torchtrek.grading.sandbox.Sandbox;

/** Grading runs with small limits, so that hostile submissions cost the tests seconds, not minutes. */
final class GradingTestSupport {
    static final Limits LIMITS = new Limits(Duration.ofSeconds(4), 96, 1L << 20, 128);

    private GradingTestSupport() {}

    static GradingRun.Options options(Shard shard, Set<String> only, boolean regrade) {
        return new GradingRun.Options(2, shard, only, regrade, LIMITS, Sandbox.Mode.AUTO, false);
    }

    /** Runs one grading and returns its counts; the log goes to {@code log}. */
    static GradingRun.Counts grade(Assignment a, GradingRun.Options o, Path submissions, Path out, StringBuilder log)
        throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            GradingRun.Counts c = new GradingRun(a, o, ps).run(submissions, out);
            log.append(bytes.toString(StandardCharsets.UTF_8));
            return c;
        }
    }

    /** A copy of this checkout's course (course.yaml, lessons, exercises, solutions) in {@code to}, for a test to change. */
    static Path copyCourse(Path to) throws Exception {
        Path from = Path.of("").toAbsolutePath();
        for (String part : List.of("course.yaml", "lessons", "exercises", "solutions")) {
            try (Stream<Path> all = Files.walk(from.resolve(part))) {
                for (Path p : all.filter(Files::isRegularFile).toList()) {
                    Path target = to.resolve(from.relativize(p).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    /** Every report in {@code out} but timings.csv, and no stored result files (their timings differ from run to run). */
    static List<Path> reportFiles(Path out) throws Exception {
        try (Stream<Path> all = Files.walk(out)) {
            return all.filter(Files::isRegularFile).filter(p -> !out.relativize(p).startsWith("results"))
                .filter(p -> !p.getFileName().toString().equals("timings.csv")).sorted().toList();
        }
    }
}
