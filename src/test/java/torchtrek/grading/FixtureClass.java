package torchtrek.grading;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A class of submissions for {@link ScriptedAssignment}: correct, wrong and partly right ones,
 * one for each not-gradable cause and an injected grader fault, and one for each hostile
 * behaviour (always in exercise 01, with 02 and 03 answered correctly, to show that the harm
 * stays in the exercise where it happened). {@link #EXPECTED} is the outcome of every exercise.
 */
final class FixtureClass {
    static final String SUM = "answer total 42\nanswer type int\nanswer big " + ScriptedAssignment.SECRET + "\n";
    static final String SHAPE = "answer shape [3, 3]\nanswer dtype torch.float32\n";
    static final String GRAD = "print the gradient is 7.0\nanswer grad 7.0\n";

    /** Student to the outcomes of 01-sum, 02-shape and 03-grad. */
    static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("alice", "passed passed passed");
        EXPECTED.put("bob", "failed failed failed");
        EXPECTED.put("carol", "failed passed not_gradable");
        EXPECTED.put("dave", "passed passed passed");
        EXPECTED.put("erin", "not_gradable passed passed");
        EXPECTED.put("frank", "not_gradable passed passed");
        for (String h : new String[] {"h-exit", "h-killself", "h-oom", "h-stack", "h-threads", "h-procs", "h-rawflood",
            "h-closeout", "h-read", "h-write", "h-reflect", "h-network"}) {
            EXPECTED.put(h, "failed passed passed");
        }
        EXPECTED.put("h-loop", "timeout passed passed");
        EXPECTED.put("h-flood", "passed passed passed");
        EXPECTED.put("h-linger", "passed passed passed");
    }

    private FixtureClass() {}

    /**
     * Writes the class into {@code dir}. {@code secret} is a file the hostile students try to read
     * (it stands for a solution), {@code out} the grading output folder they try to write into.
     */
    static void write(Path dir, Path secret, Path out) throws IOException {
        student(dir, "alice", SUM, SHAPE, GRAD);
        student(dir, "bob", "answer total 41\nanswer type long\nanswer big 5\n",
            "answer shape [3, 4]\nanswer dtype torch.float64\n", "answer grad 6.0\n");
        student(dir, "carol", "answer total 42\nanswer type int\nanswer big 5\n", SHAPE, null);
        zip(dir.resolve("dave.zip"), Map.of("dave/01-sum.txt", SUM, "dave/02-shape.txt", SHAPE, "dave/03-grad.txt", GRAD));
        student(dir, "erin", "answer total 42\nsyntax 3\n", SHAPE, GRAD);
        student(dir, "frank", SUM + "answer boom 1\n", SHAPE, GRAD);
        hostile(dir, "h-loop", "loop");
        hostile(dir, "h-exit", "exit 3");
        hostile(dir, "h-killself", "killself");
        hostile(dir, "h-oom", "oom");
        hostile(dir, "h-stack", "stack");
        hostile(dir, "h-threads", "threads");
        hostile(dir, "h-procs", "procs");
        hostile(dir, "h-flood", "printmany 100000\n" + SUM);
        hostile(dir, "h-rawflood", "rawflood");
        hostile(dir, "h-closeout", "closeout\n" + SUM);
        hostile(dir, "h-read", "read " + secret + "\nlist " + secret.getParent());
        hostile(dir, "h-write", "write " + out.resolve("results/h-write/01-sum.json") + " {\"outcome\": \"passed\"}\n"
            + "write " + out.resolve("gradebook.csv") + " hacked\nwrite results.json {\"score\": 100}\n"
            + "write /tmp/../" + out.resolve("forged.txt") + " forged");
        hostile(dir, "h-reflect", "reflect");
        hostile(dir, "h-network", "network");
        hostile(dir, "h-linger", "linger\n" + SUM);
    }

    private static void hostile(Path dir, String name, String first) throws IOException {
        student(dir, name, first + "\n", SHAPE, GRAD);
    }

    static void student(Path dir, String name, String sum, String shape, String grad) throws IOException {
        Path s = Files.createDirectories(dir.resolve(name));
        if (sum != null) Files.writeString(s.resolve("01-sum.txt"), sum);
        if (shape != null) Files.writeString(s.resolve("02-shape.txt"), shape);
        if (grad != null) Files.writeString(s.resolve("03-grad.txt"), grad);
    }

    static void zip(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (String name : new java.util.TreeSet<>(entries.keySet())) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(entries.get(name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }
}
