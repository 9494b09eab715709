package torchtrek.course;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a lesson's cells in order in one session (as a student would with /run) and compares
 * what each prints with the output the lesson shows, doc-test style.
 */
public final class LessonCheck {
    private static final Pattern RANDOM = Pattern.compile(
        "torch\\.(rand|randn|randint|randperm|rand_like|randn_like|randint_like|normal|bernoulli|multinomial)\\s*\\("
            + "|np\\.random\\.|\\.(uniform_|normal_|random_|bernoulli_|exponential_)\\s*\\(");
    private static final Pattern SEED = Pattern.compile("torch\\.manual_seed\\s*\\(|np\\.random\\.seed\\s*\\(");

    private LessonCheck() {}

    private static final Pattern ADDRESS = Pattern.compile("object at 0x[0-9a-f]+");

    /**
     * One cell's outcome: what it really printed (errors included, as the REPL shows them), and
     * whether a GPU was there (a {@code cpu-output} cell is then only required to run).
     */
    public record Outcome(Lesson.Cell cell, String actual, boolean failed, boolean gpu) {
        public boolean matches() {
            if (cell.cpuOutput() && gpu) return !failed;
            return cell.output() != null ? normalize(cell.output()).equals(normalize(actual)) : normalize(actual).isEmpty();
        }
    }

    /** Runs every cell of {@code lesson}. */
    public static List<Outcome> run(Lesson lesson, Runner runner) {
        List<Outcome> out = new ArrayList<>();
        try (Runner.Notebook nb = runner.notebook()) {
            for (Lesson.Cell cell : lesson.cells()) {
                Runner.CellResult r = nb.run(cell.code());
                out.add(new Outcome(cell, shown(r), r.failure() != null, r.gpu()));
            }
        }
        return out;
    }

    /** What the REPL shows for a cell: its output, then the error that stopped it. */
    public static String shown(Runner.CellResult r) {
        if (r.failure() == null) return r.output();
        String error = r.failure().kind().equals("compile") ? "error: " + r.failure().describe() : r.failure().message();
        return r.output() + (r.output().isEmpty() || r.output().endsWith("\n") ? "" : "\n") + error + "\n";
    }

    /** Problems with a lesson's cells: outputs that differ, random cells that do not seed first. */
    public static List<Problem> problems(Lesson lesson, List<Outcome> outcomes) {
        List<Problem> problems = new ArrayList<>();
        for (Lesson.Cell cell : lesson.cells()) {
            String seedless = unseededRandom(cell.code());
            if (seedless != null) {
                problems.add(new Problem(lesson.file(), cell.first(), "this cell draws random numbers (" + seedless
                    + ") before seeding: start it with torch.manual_seed(...) so its output is the same every time"));
            }
        }
        for (Outcome o : outcomes) {
            if (o.matches()) continue;
            Lesson.Cell c = o.cell();
            if (c.output() == null) {
                problems.add(new Problem(lesson.file(), c.first(), "this cell prints something but the lesson shows no ```output"
                    + " block after it; it printed:\n" + indent(o.actual())));
            } else {
                problems.add(new Problem(lesson.file(), c.outputFirst(), "the cell above prints something else than this output"
                    + " block shows; it printed:\n" + indent(o.actual())));
            }
        }
        return problems;
    }

    /** The first random call that comes before any seeding in {@code code}, or null. */
    static String unseededRandom(String code) {
        Matcher r = RANDOM.matcher(code);
        if (!r.find()) return null;
        Matcher s = SEED.matcher(code);
        return s.find() && s.start() < r.start() ? null : r.group().replaceAll("\\s*\\($", "");
    }

    /** Trailing spaces and blank lines do not count, nor the memory addresses objects print with. */
    static String normalize(String s) {
        String text = s.lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("").stripTrailing();
        return ADDRESS.matcher(text).replaceAll("object at 0x…");
    }

    private static String indent(String s) {
        return normalize(s).lines().map(l -> "    " + l).reduce((a, b) -> a + "\n" + b).orElse("    (nothing)");
    }
}
