package torchtrek.cli;

import java.time.Duration;
import java.util.Set;

import picocli.CommandLine.Option;
import torchtrek.grading.GradingRun;
import torchtrek.grading.Shard;
import torchtrek.grading.sandbox.Limits;
import torchtrek.grading.sandbox.Sandbox;

/** The limits and sandbox options every grading command shares. */
final class GradingOptions {
    @Option(names = "--workers", paramLabel = "N", description = "students graded at once (default: one per core)")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "wall-clock limit per exercise (default: ${DEFAULT-VALUE})")
    int timeoutSeconds = (int) Limits.DEFAULT.timeout().toSeconds();

    @Option(names = "--memory", paramLabel = "MB", description = "heap of each student's JVM (default: ${DEFAULT-VALUE})")
    int memoryMb = Limits.DEFAULT.heapMb();

    @Option(names = "--sandbox", paramLabel = "MODE", description = "auto (bubblewrap where it works), required or none (default: ${DEFAULT-VALUE})")
    String sandbox = "auto";

    /** These options as command-line words, for a script that grades later (Gradescope's run_autograder). */
    String runOptions() {
        return "--timeout " + timeoutSeconds + " --memory " + memoryMb + " --sandbox " + sandbox;
    }

    GradingRun.Options options(Shard shard, Set<String> only, boolean regrade) {
        Sandbox.Mode mode = switch (sandbox) {
            case "auto" -> Sandbox.Mode.AUTO;
            case "required" -> Sandbox.Mode.REQUIRED;
            case "none" -> Sandbox.Mode.NONE;
            default -> throw new IllegalArgumentException("--sandbox is auto, required or none, not " + sandbox);
        };
        Limits limits = Limits.DEFAULT.withTimeout(Duration.ofSeconds(timeoutSeconds)).withHeapMb(memoryMb);
        return new GradingRun.Options(workers, shard, only, regrade, limits, mode, Terminals.stderrIsTerminal());
    }
}
