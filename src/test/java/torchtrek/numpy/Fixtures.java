package torchtrek.numpy;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The .npy/.npz files real NumPy wrote (src/test/resources/numpy/fixtures, made by scripts/golden/numpy/npy_fixtures.py). */
public final class Fixtures {
    private Fixtures() {}

    public static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/numpy/fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no fixture " + name + " (regenerate with scripts/golden/numpy/generate.py)", e);
        }
    }
}
