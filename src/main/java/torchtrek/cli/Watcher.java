package torchtrek.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import torchtrek.course.Exercise;
import torchtrek.course.ExerciseCoach;

/**
 * Re-checks an exercise file every time it is saved, as rustlings does. It never moves on by
 * itself: after a pass the student types {@code n} (next), so an accidental pass skips nothing.
 * Keys (each followed by Enter): {@code h} hint, {@code n} next exercise, {@code c} check
 * again, {@code q} quit.
 */
final class Watcher {
    private final Student student;
    private final PrintStream out;
    private final BlockingQueue<String> keys = new LinkedBlockingQueue<>();
    private final Duration poll;

    Watcher(Student student, PrintStream out, BufferedReader in, Duration poll) {
        this.student = student;
        this.out = out;
        this.poll = poll;
        Thread reader = new Thread(() -> readKeys(in), "torchtrek-watch-keys");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Watches {@code file} (an attempt at {@code e}); when {@code followCourse}, {@code n} moves on to
     * the next exercise's file. Returns when the student quits.
     */
    int watch(Exercise e, Path file, boolean followCourse) throws IOException, InterruptedException {
        ExerciseCoach coach = student.coach();
        while (true) {
            out.println(student.md().style("Watching " + file + ": save it to check again."
                + "  h hint · c check · " + (followCourse ? "n next · " : "") + "q quit (then Enter)", "2"));
            String seen = read(file);
            boolean passed = check(coach, e, seen);
            Exercise moveTo = null;
            while (moveTo == null) {
                String key = keys.poll(poll.toMillis(), TimeUnit.MILLISECONDS);
                String now = read(file);
                if (key == null && now.equals(seen)) continue;
                if (key == null || key.equals("c")) {
                    seen = now;
                    passed = check(coach, e, seen);
                } else if (key.equals("q")) {
                    return 0;
                } else if (key.equals("h")) {
                    out.print(coach.hint(e));
                } else if (key.equals("n") && followCourse) {
                    Optional<Exercise> next = coach.after(e);
                    if (!passed) out.println("Not yet: " + e.id() + " has to pass first (or quit with q and pick another).");
                    else if (next.isEmpty()) out.println("That was the last exercise. Well done!");
                    else moveTo = next.get();
                } else {
                    out.println("Keys: h hint · c check · " + (followCourse ? "n next · " : "") + "q quit");
                }
            }
            e = moveTo;
            out.print(coach.open(e));
            file = student.workspace().ensure(e);
        }
    }

    private boolean check(ExerciseCoach coach, Exercise e, String source) {
        out.println();
        ExerciseCoach.Verdict v = coach.check(e, source, student.workspace().file(e).getFileName().toString());
        out.print(v.text());
        if (v.passed()) {
            out.println(student.md().style("Type n (then Enter) for the next exercise, or keep improving and saving.", "2"));
        }
        return v.passed();
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private void readKeys(BufferedReader in) {
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                keys.add(line.strip().toLowerCase(java.util.Locale.ROOT));
            }
        } catch (IOException e) {
            // no keyboard: saving the file still re-checks it
        }
    }
}
