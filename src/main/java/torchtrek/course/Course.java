package torchtrek.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A course as plain files under one folder: {@code course.yaml} (title, the practice questions
 * to cover), {@code lessons/NN-id.md}, {@code exercises/NN-id/} and {@code solutions/id.jsh}.
 * Lessons and exercises are in the order of their numbers.
 *
 * @param practice the practice-question ids the exercises must cover between them
 */
public record Course(Path root, String title, List<String> practice, List<Lesson> lessons, List<Exercise> exercises) {
    private static final Pattern RANGE = Pattern.compile("([A-Za-z]+)(\\d+)\\s*-\\s*\\1?(\\d+)");

    public Course {
        practice = List.copyOf(practice);
        lessons = List.copyOf(lessons);
        exercises = List.copyOf(exercises);
    }

    /** A course and what is wrong with its files (empty when nothing is). */
    public record Loaded(Course course, List<Problem> problems) {}

    /** Reads every file of the course under {@code root}, collecting problems rather than stopping at the first. */
    public static Loaded load(Path root) {
        List<Problem> problems = new ArrayList<>();
        Path meta = root.resolve("course.yaml");
        String title = "TorchTrek";
        List<String> practice = new ArrayList<>();
        if (Files.isRegularFile(meta)) {
            YamlMap y = YamlMap.read(meta, problems);
            if (y != null) {
                y.rejectUnknown(Set.of("title", "practice"));
                title = y.string("title", title, true);
                for (String item : y.strings("practice")) practice.addAll(expand(item));
            }
        } else {
            problems.add(new Problem(meta, 0, "missing: course.yaml (the course's title and the practice questions it covers)"));
        }
        List<Lesson> lessons = new ArrayList<>();
        for (Path f : list(root.resolve("lessons"), problems)) {
            if (!f.toString().endsWith(".md")) continue;
            String text = ExerciseLoader.readOr(f, null);
            if (text == null) problems.add(new Problem(f, 0, "cannot read"));
            else lessons.add(LessonParser.parse(f, text, problems));
        }
        lessons.sort(Comparator.comparingInt(Lesson::number));
        List<Exercise> exercises = new ArrayList<>();
        ExerciseLoader loader = new ExerciseLoader(root.resolve("solutions"), problems);
        for (Path d : list(root.resolve("exercises"), problems)) {
            if (!Files.isDirectory(d)) continue;
            Exercise e = loader.load(d);
            if (e != null) exercises.add(e);
        }
        exercises.sort(Comparator.comparingInt(Exercise::order).thenComparing(Exercise::id));
        return new Loaded(new Course(root, title, practice, lessons, exercises), problems);
    }

    public Optional<Lesson> lesson(int number) {
        return lessons.stream().filter(l -> l.number() == number).findFirst();
    }

    public Optional<Lesson> lesson(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<Exercise> exercise(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The exercises that practise one lesson, in order. */
    public List<Exercise> exercisesOf(Lesson lesson) {
        return exercises.stream().filter(e -> e.lesson().equals(lesson.id())).toList();
    }

    /** {@code P01-P38} as P01, P02, ... P38 (keeping the width of the numbers); any other item as itself. */
    static List<String> expand(String item) {
        Matcher m = RANGE.matcher(item.strip());
        if (!m.matches()) return List.of(item.strip());
        int from = Integer.parseInt(m.group(2));
        int to = Integer.parseInt(m.group(3));
        int width = m.group(2).length();
        List<String> ids = new ArrayList<>();
        for (int i = from; i <= to; i++) ids.add(m.group(1) + String.format("%0" + width + "d", i));
        return ids;
    }

    private static List<Path> list(Path dir, List<Problem> problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(dir, 0, "missing folder"));
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(dir, 0, "cannot list: " + e.getMessage()));
            return List.of();
        }
    }
}
