package torchtrek.course;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where TorchTrek keeps each user's files, XDG style: {@code $TORCHTREK_DATA}, else
 * {@code $XDG_DATA_HOME/torchtrek}, else {@code ~/.local/share/torchtrek}.
 */
public final class DataDirs {
    private DataDirs() {}

    public static Path data() {
        return data(System.getenv(), System.getProperty("user.home"));
    }

    static Path data(Map<String, String> env, String home) {
        String own = env.get("TORCHTREK_DATA");
        if (own != null && !own.isBlank()) return Path.of(own);
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Path.of(xdg, "torchtrek");
        return Path.of(home, ".local", "share", "torchtrek");
    }

    /** Where a student's exercise files are written: {@code $TORCHTREK_WORKSPACE}, else {@code <data>/exercises}. */
    public static Path workspace() {
        String own = System.getenv("TORCHTREK_WORKSPACE");
        return own != null && !own.isBlank() ? Path.of(own) : data().resolve("exercises");
    }
}
