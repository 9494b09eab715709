package torchtrek.grading;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

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
}
