package torchtrek.grading.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import torchtrek.grading.Assignment;
import torchtrek.grading.CheckResult;
import torchtrek.grading.ExerciseResult;
import torchtrek.grading.Manifest;
import torchtrek.grading.Outcome;

/**
 * How the class did, per exercise and per check: outcome counts, pass rates, mean scores and the
 * most frequent feedback, so an instructor spots a broken check (everyone fails it) or an unclear
 * prompt (many timeouts, one message over and over). A check's pass rate counts the results in
 * which checks ran (passed or failed).
 */
public record ClassSummary(List<ExerciseStats> exercises) {
    /** How many of the most frequent messages are kept per check. */
    static final int TOP_MESSAGES = 3;

    public record ExerciseStats(String id, String title, int submissions, Map<Outcome, Integer> outcomes, double meanScore,
                                double maxScore, List<CheckStats> checks) {
        public int count(Outcome o) { return outcomes.getOrDefault(o, 0); }
    }

    /** {@code ran}: results in which this check was run; {@code messages}: the most frequent feedback, with counts. */
    public record CheckStats(String name, String visibility, int ran, int passed, Map<String, Integer> messages) {
        public double passRate() { return ran == 0 ? 0 : (double) passed / ran; }
    }

    public static ClassSummary of(Grid grid) {
        List<ExerciseStats> out = new ArrayList<>();
        List<Manifest.Exercise> xs = grid.manifest().exercises();
        for (int i = 0; i < xs.size(); i++) {
            Manifest.Exercise x = xs.get(i);
            Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
            double scoreSum = 0;
            int n = 0;
            List<Map<String, Integer>> messages = new ArrayList<>();
            int[] ran = new int[x.checks().size()];
            int[] passed = new int[x.checks().size()];
            for (int j = 0; j < x.checks().size(); j++) messages.add(new LinkedHashMap<>());
            for (String s : grid.students()) {
                ExerciseResult r = grid.row(s).get(i);
                n++;
                scoreSum += r.score();
                outcomes.merge(r.outcome(), 1, Integer::sum);
                if (r.outcome() != Outcome.PASSED && r.outcome() != Outcome.FAILED) continue;
                for (int j = 0; j < Math.min(r.checks().size(), ran.length); j++) {
                    CheckResult c = r.checks().get(j);
                    ran[j]++;
                    if (c.passed()) passed[j]++;
                    else messages.get(j).merge(firstLine(c.feedback().isBlank() ? r.message() : c.feedback()), 1, Integer::sum);
                }
            }
            List<CheckStats> checks = new ArrayList<>();
            for (int j = 0; j < x.checks().size(); j++) {
                Assignment.CheckSpec c = x.checks().get(j);
                checks.add(new CheckStats(c.name(), c.visibility().key(), ran[j], passed[j], top(messages.get(j))));
            }
            out.add(new ExerciseStats(x.id(), x.title(), n, outcomes, n == 0 ? 0 : scoreSum / n, x.points(), checks));
        }
        return new ClassSummary(out);
    }

    /** The summary as CSV: a row per exercise (check empty) and a row per check. */
    public String csv() {
        StringBuilder sb = new StringBuilder(Csv.line(List.of("exercise", "check", "visibility", "submissions", "passed",
            "failed", "not_gradable", "timeout", "ran", "pass_rate", "mean_score", "max_score", "top_feedback")));
        for (ExerciseStats e : exercises) {
            sb.append(Csv.line(List.of(e.id(), "", "", Integer.toString(e.submissions()), Integer.toString(e.count(Outcome.PASSED)),
                Integer.toString(e.count(Outcome.FAILED)), Integer.toString(e.count(Outcome.NOT_GRADABLE)),
                Integer.toString(e.count(Outcome.TIMEOUT)), "", rate(e.submissions() == 0 ? 0
                    : (double) e.count(Outcome.PASSED) / e.submissions()), Grid.number(e.meanScore()),
                Grid.number(e.maxScore()), "")));
            for (CheckStats c : e.checks()) {
                sb.append(Csv.line(List.of(e.id(), c.name(), c.visibility(), "", Integer.toString(c.passed()),
                    Integer.toString(c.ran() - c.passed()), "", "", Integer.toString(c.ran()), rate(c.passRate()), "", "",
                    joinMessages(c.messages()))));
            }
        }
        return sb.toString();
    }

    /** The summary as a terminal table with bars; {@code width} is the terminal's width. */
    public String table(int width) {
        int bar = Math.max(10, Math.min(30, width - 70));
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-28s %-" + bar + "s %6s %5s %5s %5s %5s %6s%n", "exercise / check", "pass rate",
            "pass%", "pass", "fail", "n/g", "t/o", "mean"));
        for (ExerciseStats e : exercises) {
            double rate = e.submissions() == 0 ? 0 : (double) e.count(Outcome.PASSED) / e.submissions();
            sb.append(String.format(Locale.ROOT, "%-28s %s %5.0f%% %5d %5d %5d %5d %6s%n", clip(e.id(), 28), bar(rate, bar),
                rate * 100, e.count(Outcome.PASSED), e.count(Outcome.FAILED), e.count(Outcome.NOT_GRADABLE),
                e.count(Outcome.TIMEOUT), Grid.number(e.meanScore()) + "/" + Grid.number(e.maxScore())));
            for (CheckStats c : e.checks()) {
                String name = "  " + c.name() + (c.visibility().equals("visible") ? "" : " (" + c.visibility() + ")");
                sb.append(String.format(Locale.ROOT, "%-28s %s %5.0f%% %5d %5d%n", clip(name, 28), bar(c.passRate(), bar),
                    c.passRate() * 100, c.passed(), c.ran() - c.passed()));
                for (var m : c.messages().entrySet()) {
                    sb.append(String.format(Locale.ROOT, "      %4dx %s%n", m.getValue(), clip(m.getKey(), Math.max(20, width - 13))));
                }
            }
        }
        return sb.toString();
    }

    private static Map<String, Integer> top(Map<String, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
            .limit(TOP_MESSAGES).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static String joinMessages(Map<String, Integer> m) {
        List<String> parts = new ArrayList<>();
        m.forEach((k, v) -> parts.add(v + "x " + k));
        return String.join(" | ", parts);
    }

    private static String bar(double rate, int width) {
        int full = (int) Math.round(rate * width);
        return "\u2588".repeat(full) + "\u2591".repeat(width - full);
    }

    private static String rate(double r) {
        return String.format(Locale.ROOT, "%.3f", r);
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        t = nl < 0 ? t : t.substring(0, nl);
        return t.isEmpty() ? "(no message)" : t.length() > 200 ? t.substring(0, 199) + "\u2026" : t;
    }
}
