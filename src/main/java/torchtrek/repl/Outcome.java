package torchtrek.repl;

/** What evaluating one snippet gave the student to see. */
public sealed interface Outcome {
    /** An expression's value, as its repr. */
    record Value(String repr) implements Outcome {}

    /** A declaration, acknowledged in a line ({@code x: Tensor [2, 2] float32}, {@code created method f(int)}). */
    record Declared(String note) implements Outcome {}

    /**
     * A compile error or an exception: {@code message} in a line or two (with a caret under the
     * column for compile errors), an optional {@code hint}, and the full stack for {@code /trace}
     * (null for compile errors).
     */
    record Failure(String message, String hint, String trace) implements Outcome {}

    /** Stopped by Ctrl-C. */
    record Interrupted() implements Outcome {}

    /** The snippet called {@code System.exit(status)}, which was stopped. */
    record Exit(int status) implements Outcome {}
}
