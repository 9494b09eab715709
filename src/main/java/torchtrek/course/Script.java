package torchtrek.course;

import java.time.Duration;
import java.util.List;

/**
 * A script to run and what to read from it afterwards.
 *
 * @param name      the file name shown in messages
 * @param source    the Java (JShell) code
 * @param helpers   code defined after the script and before the probes (an exercise's custom check methods), or ""
 * @param probes    the expressions to read once the script has run (variable names or any Java expression)
 * @param seed      what the random generator is seeded with before the script starts
 * @param timeLimit how long the script may run before it is stopped
 */
public record Script(String name, String source, String helpers, List<String> probes, long seed, Duration timeLimit) {
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(20);

    public Script {
        probes = List.copyOf(probes);
        helpers = helpers == null ? "" : helpers;
    }
}
