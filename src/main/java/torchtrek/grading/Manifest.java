package torchtrek.grading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The exercises a grading run used, saved beside its results ({@code assignment.json}) so that
 * reports and merges need only the output folders, not the course.
 */
public record Manifest(List<Exercise> exercises) {
    public static final String FILE = "assignment.json";

    public Manifest {
        exercises = List.copyOf(exercises);
    }

    /** One exercise: what reports list for it. */
    public record Exercise(String id, String title, String file, double points, String version, List<Assignment.CheckSpec> checks) {
        public Exercise {
            checks = List.copyOf(checks);
        }
    }

    public static Manifest of(Assignment a) {
        List<Exercise> list = new ArrayList<>();
        for (Assignment.Task t : a.tasks()) list.add(new Exercise(t.id(), t.title(), t.file(), t.points(), t.version(), t.checks()));
        return new Manifest(list);
    }

    public double points() {
        return exercises.stream().mapToDouble(Exercise::points).sum();
    }

    public static Manifest read(Path dir) throws IOException {
        Path f = dir.resolve(FILE);
        if (!Files.isRegularFile(f)) throw new IOException(dir + " holds no " + FILE + ": is it a grading output folder?");
        return Json.mapper().readValue(f.toFile(), Manifest.class);
    }

    public void write(Path dir) throws IOException {
        Files.write(dir.resolve(FILE), Json.mapper().writeValueAsBytes(this));
    }
}
