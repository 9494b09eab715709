package torchtrek.course;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A second process for {@link ProgressStoreTest}: records {@code count} attempts at exercise
 * {@code id} in the store at {@code dir} (count 0: forever, until killed).
 */
public final class ProgressWriter {
    private ProgressWriter() {}

    public static void main(String[] args) {
        ProgressStore store = new ProgressStore(Path.of(args[0]), System.err::println);
        long count = Long.parseLong(args[2]);
        for (long i = 0; count == 0 || i < count; i++) {
            store.update(p -> p.attempted(args[1], false, Instant.EPOCH).hintShown("padding-" + (p.of(args[1]).attempts() % 50), 1));
            if (i == 0) System.out.println("started");
        }
    }
}
