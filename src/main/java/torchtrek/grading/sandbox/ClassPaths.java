package torchtrek.grading.sandbox;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A worker's class path, built from where the classes it needs were loaded (a jar or a classes
 * folder), never from this JVM's whole class path: that may hold course files a student must not see.
 */
public final class ClassPaths {
    private ClassPaths() {}

    /** The worker itself and JSON, plus the jars or folders of {@code classes}. */
    public static List<Path> workerWith(Class<?>... classes) {
        Set<Path> paths = new LinkedHashSet<>();
        for (Class<?> c : List.of(WorkerMain.class, ObjectMapper.class, JsonFactory.class, JsonProperty.class)) paths.add(locate(c));
        for (Class<?> c : classes) paths.add(locate(c));
        return new ArrayList<>(paths);
    }

    /** Where {@code c} was loaded from: its jar, or its classes folder. */
    public static Path locate(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("cannot tell where " + c.getName() + " was loaded from", e);
        }
    }
}
