package torchtrek.grading;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import torchtrek.grading.report.Reports;
import torchtrek.grading.sandbox.Scratch;

/**
 * Grading one student inside a platform's container: Gradescope's {@code /autograder} and
 * PrairieLearn's {@code /grade}. The platform's {@code results.json} is built in memory and
 * written once, whole; whatever goes wrong in the grader, a valid file is still written, with every
 * exercise not gradable and the cause, because a missing or malformed file leaves the student with
 * "the autograder failed" and nothing else.
 */
public final class SingleSubmission {
    /** The name the one student gets in the results. */
    static final String STUDENT = "submission";

    private SingleSubmission() {}

    /** Loads the assignment; called inside the guard, so that even a course that cannot be read yields a results.json. */
    @FunctionalInterface
    public interface Source {
        Assignment load() throws Exception;
    }

    /** Gradescope: grades {@code root/submission}, writes {@code root/results/results.json}. */
    public static void gradescope(Source source, Path root, GradingRun.Options options, PrintStream log) throws IOException {
        long start = System.nanoTime();
        JsonNode results;
        try {
            Graded g = grade(source.load(), root.resolve("submission"), options, log);
            ObjectNode node = (ObjectNode) Reports.gradescope(g.manifest(), g.results(), STUDENT);
            node.put("execution_time", (System.nanoTime() - start) / 1e9);
            results = node;
        } catch (Exception | Error e) {
            results = gradescopeFault(e);
        }
        writeOnce(root.resolve("results").resolve("results.json"), results);
    }

    /**
     * PrairieLearn: grades {@code root/student}, writes {@code root/results/results.json}. Only the
     * exercises in {@code exercises} are graded, or, when it is empty, those whose files are there.
     */
    public static void prairieLearn(Source source, Path root, Set<String> exercises, GradingRun.Options options,
                                    PrintStream log) throws IOException {
        JsonNode results;
        try {
            Path files = root.resolve("student");
            Assignment chosen = restrict(source.load(), exercises, files);
            Graded g = grade(chosen, files, options, log);
            results = Reports.prairieLearn(g.manifest(), g.results(), STUDENT);
        } catch (Exception | Error e) {
            ObjectNode fault = JsonNodeFactory.instance.objectNode();
            fault.put("gradable", false);
            fault.put("score", 0.0);
            fault.put("message", faultMessage(e));
            fault.putArray("format_errors").add(faultMessage(e));
            fault.putArray("tests");
            results = fault;
        }
        writeOnce(root.resolve("results").resolve("results.json"), results);
    }

    private record Graded(Manifest manifest, List<ExerciseResult> results) {}

    private static Graded grade(Assignment assignment, Path files, GradingRun.Options options, PrintStream log) throws Exception {
        Path work = Files.createTempDirectory("torchtrek-single-");
        try {
            Path submissions = Files.createDirectories(work.resolve("submissions"));
            new Submission(STUDENT, files).copyInto(submissions.resolve(STUDENT));
            Path out = work.resolve("out");
            new GradingRun(assignment, options, log).run(submissions, out);
            return new Graded(Manifest.of(assignment), new ResultStore(out).all());
        } finally {
            Scratch.delete(work);
        }
    }

    /** The exercises asked for, or those with a file in the submission, or (when there is none) all of them. */
    private static Assignment restrict(Assignment a, Set<String> ids, Path files) throws IOException {
        List<Assignment.Task> chosen = new ArrayList<>();
        for (Assignment.Task t : a.tasks()) {
            boolean wanted = ids.isEmpty() ? Files.isDirectory(files) && Submission.find(files, t.file()) != null : ids.contains(t.id());
            if (wanted) chosen.add(t);
        }
        if (!ids.isEmpty() && chosen.size() != ids.size()) throw new IllegalArgumentException("no exercise named " + ids);
        List<Assignment.Task> tasks = chosen.isEmpty() ? a.tasks() : chosen;
        return new Assignment() {
            @Override
            public List<Task> tasks() { return tasks; }

            @Override
            public String handlerClass() { return a.handlerClass(); }

            @Override
            public List<Path> workerClassPath() { return a.workerClassPath(); }
        };
    }

    private static String faultMessage(Throwable e) {
        return "TorchTrek's grader failed before it could grade this submission (this is not your fault; nothing was "
            + "counted): " + e;
    }

    private static ObjectNode gradescopeFault(Throwable e) {
        ObjectNode fault = JsonNodeFactory.instance.objectNode();
        fault.put("score", 0.0);
        fault.put("output", faultMessage(e));
        fault.put("output_format", "text");
        ObjectNode test = fault.putArray("tests").addObject();
        test.put("name", "grader: not gradable");
        test.put("status", "failed");
        test.put("output", faultMessage(e));
        return fault;
    }

    /** Writes the whole file under a temporary name, then renames it: the platform never reads half a file. */
    private static void writeOnce(Path file, JsonNode node) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Reports.json(tmp, node);
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
