package torchtrek.grading;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import torchtrek.grading.sandbox.ClassPaths;

/**
 * The grader's side of {@link ScriptedHandler}: exercises whose checks compare a student's
 * bindings with expected values that exist only in the grader's JVM (the stand-in for reference
 * solutions). {@code faulty} names a binding that makes judging throw: an injected grader fault.
 */
final class ScriptedAssignment implements Assignment {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A check: the binding it reads, the value it expects, who sees it, its points. */
    record Expect(String name, String binding, String value, Visibility visibility, double points) {}

    /** The expected value of a hidden check: it must never reach a student-facing report. */
    static final String SECRET = "98765";

    private final List<Task> tasks = new ArrayList<>();

    ScriptedAssignment add(String id, String title, List<Expect> expects) {
        tasks.add(new ScriptedTask(id, title, expects));
        return this;
    }

    /** The fixture course: three exercises, with visible, hidden and deferred checks. */
    static ScriptedAssignment standard() {
        return new ScriptedAssignment()
            .add("01-sum", "Add two numbers", List.of(
                new Expect("total", "total", "42", Visibility.VISIBLE, 2),
                new Expect("total is an int", "type", "int", Visibility.VISIBLE, 1),
                new Expect("hidden: big sum", "big", SECRET, Visibility.HIDDEN, 1)))
            .add("02-shape", "A 3x3 tensor", List.of(
                new Expect("shape", "shape", "[3, 3]", Visibility.VISIBLE, 1),
                new Expect("dtype", "dtype", "torch.float32", Visibility.AFTER_DUE_DATE, 1)))
            .add("03-grad", "A gradient", List.of(
                new Expect("gradient", "grad", "7.0", Visibility.VISIBLE, 2)));
    }

    @Override
    public List<Task> tasks() { return tasks; }

    @Override
    public String handlerClass() { return ScriptedHandler.class.getName(); }

    @Override
    public List<Path> workerClassPath() { return ClassPaths.workerWith(ScriptedHandler.class); }

    private record ScriptedTask(String id, String title, List<Expect> expects) implements Task {
        @Override
        public String file() { return id + ".txt"; }

        @Override
        public List<CheckSpec> checks() {
            return expects.stream().map(e -> new CheckSpec(e.name(), e.visibility(), e.points())).toList();
        }

        @Override
        public String version() {
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                md.update(expects.toString().getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(md.digest()).substring(0, 16);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public byte[] request(String fileName, String source, Duration limit) {
            return source.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public Verdict judge(byte[] data) {
            JsonNode root;
            try {
                root = JSON.readTree(data);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            if (root.has("compile_error")) {
                List<CheckResult> none = expects.stream()
                    .map(e -> new CheckResult(e.name(), e.visibility(), 0, e.points(), false, "")).toList();
                return new Verdict(Outcome.NOT_GRADABLE, "compile error: " + root.get("compile_error").asText(), none, "", 0);
            }
            Map<String, String> b = JSON.convertValue(root.get("bindings"), JSON.getTypeFactory()
                .constructMapType(Map.class, String.class, String.class));
            if (b.containsKey("boom")) throw new IllegalStateException("injected grader fault");
            List<CheckResult> results = new ArrayList<>();
            for (Expect e : expects) {
                String got = b.get(e.binding());
                boolean ok = e.value().equals(got);
                String feedback = ok ? "" : got == null ? "`" + e.binding() + "` is not defined"
                    : "`" + e.binding() + "` is " + got + " but should be " + e.value();
                results.add(new CheckResult(e.name(), e.visibility(), ok ? e.points() : 0, e.points(), ok, feedback));
            }
            boolean all = results.stream().allMatch(CheckResult::passed);
            String message = b.containsKey("error") ? "your code threw " + b.get("error") : "";
            return new Verdict(all ? Outcome.PASSED : Outcome.FAILED, message, results, "", 0);
        }
    }
}
