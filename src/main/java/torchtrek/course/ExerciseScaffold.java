package torchtrek.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * A new exercise's files, ready to edit: {@code exercises/NN-name/} (metadata, prompt, starter, one
 * typical wrong answer) and {@code solutions/name.jsh}. The scaffold is a small working exercise
 * (the solution passes, the starter and the wrong answer fail as they say), so {@code validate}
 * proves it from the start and keeps proving it while the author turns it into the real one.
 */
public final class ExerciseScaffold {
    private ExerciseScaffold() {}

    /** Writes the files for exercise {@code name}, numbered after the last exercise; returns its folder. */
    public static Path write(Course course, String name, String title, String lesson, List<String> covers) throws IOException {
        if (!ExerciseLoader.FOLDER.matcher("1-" + name).matches()) {
            throw new IllegalArgumentException("an exercise's name is lowercase words joined by hyphens, such as reshape-grid: not `" + name + "`");
        }
        if (course.exercise(name).isPresent()) throw new IllegalArgumentException("there is already an exercise called " + name);
        if (course.lesson(lesson).isEmpty()) {
            throw new IllegalArgumentException("no lesson has the id `" + lesson + "`; the ids are "
                + String.join(", ", course.lessons().stream().map(Lesson::id).toList()));
        }
        Path dir = course.root().resolve("exercises").resolve(String.format("%02d-%s", nextNumber(course.root()), name));
        Path solution = course.root().resolve("solutions").resolve(name + ".jsh");
        if (Files.exists(solution)) throw new IllegalArgumentException(course.root().relativize(solution) + " exists already");
        Files.createDirectories(dir.resolve("wrong"));
        Files.createDirectories(solution.getParent());
        Files.writeString(dir.resolve("exercise.yaml"), """
            title: %s
            covers: [%s]                  # the practice questions it answers (ids in course.yaml)
            lesson: %s
            points: 1
            hints:                         # gentlest first: /hint shows one more each time
              - "torch.ones makes a tensor of ones; the sizes are its arguments."
              - "var t = torch.ones(2, 2);"
            checks:                        # docs/authoring.md lists every kind of check
              - value: t
                compare: [shape, dtype, values]
            """.formatted(yamlString(title), String.join(", ", covers), lesson));
        Files.writeString(dir.resolve("prompt.md"), """
            Make `t`, a 2×2 tensor of ones.

            (Replace this prompt, the starter, the solution, the hints and the checks with your exercise's;
            `torchtrek validate %s` proves it as you go.)
            """.formatted(course.root().relativize(dir)));
        Files.writeString(dir.resolve("starter.jsh"), """
            // A 2x2 tensor of ones.
            var t = torch.zeros(2, 2);
            System.out.println(t);
            """);
        Files.writeString(dir.resolve("wrong").resolve("one-row.jsh"), """
            // expect: has shape (1, 2) but the exercise asks for (2, 2)
            var t = torch.ones(1, 2);
            """);
        Files.writeString(solution, """
            var t = torch.ones(2, 2);
            System.out.println(t);
            """);
        return dir;
    }

    /** One more than the highest number of an exercise folder. */
    static int nextNumber(Path root) throws IOException {
        Path exercises = root.resolve("exercises");
        if (!Files.isDirectory(exercises)) return 1;
        try (Stream<Path> dirs = Files.list(exercises)) {
            return dirs.map(p -> ExerciseLoader.FOLDER.matcher(p.getFileName().toString()))
                .filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0) + 1;
        }
    }

    private static String yamlString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
