package torchtrek.grading;

/**
 * Where one result's time went, in milliseconds: copying the submission into the scratch folder,
 * starting a worker JVM (0 when the student's warm one was reused), running the student's code
 * (JShell compiles and runs statement by statement, so compiling is part of it) and comparing
 * with the solution.
 */
public record Timings(long unpack, long start, long run, long compare) {
    public static final Timings NONE = new Timings(0, 0, 0, 0);

    public long total() { return unpack + start + run + compare; }
}
