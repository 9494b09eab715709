package torchtrek.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads one exercise folder; every mistake in it becomes a {@link Problem} naming file and line. */
final class ExerciseLoader {
    /** {@code 07-sevens}: the order, then the id. */
    static final Pattern FOLDER = Pattern.compile("(\\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)");
    private static final Pattern EXPECT = Pattern.compile("^//\\s*expect:\\s*(.+)$");
    private static final Set<String> KEYS = Set.of("title", "covers", "points", "lesson", "gpu", "seeds", "hints", "checks");
    private static final Set<String> CHECK_KEYS = Set.of("value", "compare", "expect", "shares", "printed", "tolerance",
        "message", "messages", "visibility");
    private static final Set<String> EXPECT_KEYS = Set.of("shape", "dtype", "device", "min", "below", "max", "integers",
        "varied", "equals", "requires_grad");

    private final Path solutions;
    private final List<Problem> problems;

    ExerciseLoader(Path solutions, List<Problem> problems) {
        this.solutions = solutions;
        this.problems = problems;
    }

    /** The exercise in {@code dir}, or null when it cannot be read at all. */
    Exercise load(Path dir) {
        Matcher m = FOLDER.matcher(dir.getFileName().toString());
        if (!m.matches()) {
            problems.add(new Problem(dir, 0, "an exercise folder is named NN-id (a number, a dash, then lowercase words joined by dashes)"));
            return null;
        }
        int order = Integer.parseInt(m.group(1));
        String id = m.group(2);
        Path file = dir.resolve("exercise.yaml");
        if (!Files.isRegularFile(file)) {
            problems.add(new Problem(file, 0, "missing: every exercise folder needs an exercise.yaml"));
            return null;
        }
        YamlMap y = YamlMap.read(file, problems);
        if (y == null) return null;
        y.rejectUnknown(KEYS);
        String title = y.string("title", id, true);
        List<String> covers = y.strings("covers");
        if (covers.isEmpty()) y.problem("covers", "missing `covers`: the practice question ids this exercise answers (e.g. [P04])");
        long points = y.integer("points", 1);
        if (points < 0) y.problem("points", "`points` cannot be negative");
        String lesson = y.string("lesson", "", true);
        boolean gpu = y.bool("gpu", false);
        List<Long> seeds = seeds(y);
        List<String> hints = y.strings("hints");
        if (hints.isEmpty()) y.problem("hints", "missing `hints`: give at least one, the gentlest first");
        List<Check> checks = new ArrayList<>();
        for (YamlMap c : y.maps("checks")) {
            Check check = check(c);
            if (check != null) checks.add(check);
        }
        if (checks.isEmpty()) problems.add(new Problem(file, y.line("checks"), "missing `checks`: an exercise needs at least one"));
        String prompt = readOr(dir.resolve("prompt.md"), null);
        if (prompt == null) problems.add(new Problem(dir.resolve("prompt.md"), 0, "missing: the exercise's prompt"));
        Path solutionFile = solutions.resolve(id + ".jsh");
        String solution = readOr(solutionFile, null);
        if (solution == null) problems.add(new Problem(solutionFile, 0, "missing: the reference solution of exercise " + id));
        return new Exercise(id, order, dir, title, covers, (int) points, lesson, gpu, seeds, prompt == null ? "" : prompt,
            readOr(dir.resolve("starter.jsh"), ""), solutionFile, solution == null ? "" : solution,
            readOr(dir.resolve("checks.jsh"), ""), hints, checks, wrongAnswers(dir.resolve("wrong")));
    }

    private List<Long> seeds(YamlMap y) {
        List<Long> seeds = new ArrayList<>();
        for (String s : y.strings("seeds")) {
            try {
                seeds.add(Long.parseLong(s.strip()));
            } catch (NumberFormatException e) {
                y.problem("seeds", "each seed is a whole number, not " + s);
            }
        }
        return seeds.isEmpty() ? List.of(0L) : seeds;
    }

    private Check check(YamlMap c) {
        c.rejectUnknown(CHECK_KEYS);
        String value = c.string("value", null, true);
        if (value == null) return null;
        List<Check.Aspect> compare = new ArrayList<>();
        for (String key : c.strings("compare")) {
            Check.Aspect a = Check.Aspect.parse(key);
            if (a == null) c.problem("compare", "cannot compare `" + key + "`; choose from " + aspectKeys());
            else compare.add(a);
        }
        Check.Expectation expect = expectation(c.map("expect"));
        boolean other = expect != null || c.has("shares") || c.has("printed");
        if (compare.isEmpty() && !other) compare.addAll(Check.Aspect.defaults());
        if (!compare.isEmpty() && !compare.contains(Check.Aspect.TYPE)) compare.add(0, Check.Aspect.TYPE);
        Map<Check.Aspect, String> messages = new EnumMap<>(Check.Aspect.class);
        YamlMap m = c.map("messages");
        if (m != null) {
            for (String key : m.keys()) {
                Check.Aspect a = Check.Aspect.parse(key);
                if (a == null) m.problem(key, "no aspect called `" + key + "`; choose from " + aspectKeys());
                else messages.put(a, m.string(key, "", true));
            }
        }
        Check.Tolerance tolerance = null;
        YamlMap t = c.map("tolerance");
        if (t != null) {
            t.rejectUnknown(Set.of("rtol", "atol"));
            tolerance = new Check.Tolerance(number(t, "rtol", 0), number(t, "atol", 0));
        }
        String visibility = c.string("visibility", "visible", false);
        if (!Check.VISIBILITIES.contains(visibility)) {
            c.problem("visibility", "`visibility` is one of " + String.join(", ", Check.VISIBILITIES) + ", not " + visibility);
            visibility = "visible";
        }
        return new Check(value, compare, expect, c.string("shares", null, false), c.bool("printed", false), tolerance,
            c.string("message", null, false), messages, c.line(), visibility);
    }

    private Check.Expectation expectation(YamlMap e) {
        if (e == null) return null;
        e.rejectUnknown(EXPECT_KEYS);
        List<Long> shape = null;
        if (e.has("shape")) {
            shape = new ArrayList<>();
            for (String s : e.strings("shape")) {
                try {
                    shape.add(Long.parseLong(s.strip()));
                } catch (NumberFormatException x) {
                    e.problem("shape", "a shape is a list of whole numbers, like [3, 4]");
                }
            }
        }
        Value equals = null;
        Object eq = e.scalar("equals");
        if (eq instanceof Boolean b) equals = new Value.BoolValue(b);
        else if (eq instanceof Long l) equals = new Value.NumberValue(l, "long");
        else if (eq instanceof Double d) equals = new Value.NumberValue(d, "double");
        else if (eq instanceof String s) equals = new Value.TextValue(s);
        Boolean requiresGrad = e.has("requires_grad") ? e.bool("requires_grad", false) : null;
        return new Check.Expectation(shape, e.string("dtype", null, false), e.string("device", null, false),
            optionalNumber(e, "min"), optionalNumber(e, "below"), optionalNumber(e, "max"), e.bool("integers", false),
            e.bool("varied", false), equals, requiresGrad);
    }

    private static double number(YamlMap y, String key, double fallback) {
        Double d = optionalNumber(y, key);
        return d == null ? fallback : d;
    }

    private static Double optionalNumber(YamlMap y, String key) {
        Object v = y.scalar(key);
        if (v == null) return null;
        if (v instanceof Number n) return n.doubleValue();
        y.problem(key, "`" + key + "` should be a number, not " + v);
        return null;
    }

    private List<Exercise.WrongAnswer> wrongAnswers(Path wrongDir) {
        List<Exercise.WrongAnswer> out = new ArrayList<>();
        if (!Files.isDirectory(wrongDir)) return out;
        try (Stream<Path> files = Files.list(wrongDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsh")).sorted().toList()) {
                String source = readOr(f, "");
                String expect = null;
                int expectLine = 0;
                String[] lines = source.split("\n", -1);
                for (int i = 0; i < lines.length && lines[i].strip().startsWith("//"); i++) {
                    Matcher m = EXPECT.matcher(lines[i].strip());
                    if (m.matches()) {
                        expect = m.group(1).strip();
                        expectLine = i + 1;
                    }
                }
                if (expect == null) problems.add(new Problem(f, 1, "a wrong answer starts with a comment `// expect: <words of the feedback it must get>`"));
                else out.add(new Exercise.WrongAnswer(f, source, expect, expectLine));
            }
        } catch (IOException e) {
            problems.add(new Problem(wrongDir, 0, "cannot list: " + e.getMessage()));
        }
        return out;
    }

    private static String aspectKeys() {
        StringBuilder sb = new StringBuilder();
        for (Check.Aspect a : Check.Aspect.values()) sb.append(sb.length() == 0 ? "" : ", ").append(a.key());
        return sb.toString();
    }

    static String readOr(Path file, String fallback) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : fallback;
        } catch (IOException e) {
            return fallback;
        }
    }
}
