package torchtrek.course;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one student has done: where they are in the lessons, which exercise they are on, and for
 * each exercise the attempts, hints and whether it passed. Immutable; each change returns a new
 * Progress, which {@link ProgressStore} saves.
 *
 * @param lesson   the lesson number the student is reading (0 before the first)
 * @param cell     the next cell /run will run in that lesson (0-based)
 * @param exercise the id of the current exercise, or null before the first
 */
public record Progress(int version, int lesson, int cell, String exercise, Map<String, ExerciseProgress> exercises) {
    public static final int VERSION = 1;

    public Progress {
        exercises = new TreeMap<>(exercises == null ? Map.of() : exercises);
    }

    public static Progress empty() {
        return new Progress(VERSION, 0, 0, null, Map.of());
    }

    /**
     * @param attempts     checks run on this exercise
     * @param hintsUsed    how many of its hints the student has seen
     * @param passedAt     when it first passed (ISO-8601, UTC), or null
     * @param solutionSeen whether the student asked to see the reference solution
     */
    public record ExerciseProgress(int attempts, int hintsUsed, String passedAt, boolean solutionSeen) {
        static final ExerciseProgress NONE = new ExerciseProgress(0, 0, null, false);

        public boolean passed() { return passedAt != null; }
    }

    public ExerciseProgress of(String exerciseId) {
        return exercises.getOrDefault(exerciseId, ExerciseProgress.NONE);
    }

    public boolean passed(String exerciseId) {
        return of(exerciseId).passed();
    }

    public Progress atLesson(int number, int nextCell) {
        return new Progress(VERSION, number, nextCell, exercise, exercises);
    }

    public Progress atExercise(String id) {
        return new Progress(VERSION, lesson, cell, id, exercises);
    }

    /** One more attempt; marks the exercise passed (keeping the first time) when {@code passed}. */
    public Progress attempted(String id, boolean passed, Instant now) {
        ExerciseProgress e = of(id);
        String at = e.passedAt() != null ? e.passedAt() : passed ? now.toString() : null;
        return with(id, new ExerciseProgress(e.attempts() + 1, e.hintsUsed(), at, e.solutionSeen()));
    }

    /** Records that hint {@code number} (1-based) was shown. */
    public Progress hintShown(String id, int number) {
        ExerciseProgress e = of(id);
        return with(id, new ExerciseProgress(e.attempts(), Math.max(e.hintsUsed(), number), e.passedAt(), e.solutionSeen()));
    }

    public Progress solutionShown(String id) {
        ExerciseProgress e = of(id);
        return with(id, new ExerciseProgress(e.attempts(), e.hintsUsed(), e.passedAt(), true));
    }

    private Progress with(String id, ExerciseProgress e) {
        Map<String, ExerciseProgress> all = new TreeMap<>(exercises);
        all.put(id, e);
        return new Progress(VERSION, lesson, cell, exercise, all);
    }
}
