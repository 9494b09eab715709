package torchtrek.grading.sandbox;

import java.util.List;

/**
 * What the worker says about one job besides the handler's data: what the code printed outside
 * the handler's own capture, how long it ran, whether the JVM is still clean enough to reuse, and
 * the handler's failure (a fault of the grader, not of the student), if any.
 *
 * @param output      the first characters printed
 * @param outputChars how many characters were printed in all
 * @param runMillis   the handler's wall-clock time
 * @param dirty       why this JVM must not run another job (threads left running, ...); empty when clean
 * @param error       the handler's exception, or null
 */
public record JobReport(String output, long outputChars, long runMillis, List<String> dirty, String error) {
    public JobReport {
        dirty = List.copyOf(dirty);
    }
}
