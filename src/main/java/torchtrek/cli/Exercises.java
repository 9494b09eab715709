package torchtrek.cli;

import java.util.Optional;

import torchtrek.course.Exercise;
import torchtrek.course.ExerciseCoach;

/** Finding the exercise a command is about. */
final class Exercises {
    private Exercises() {}

    /** A student and the exercise a command is about. */
    record Chosen(Student student, Exercise exercise) {}

    /**
     * The student of this terminal and the exercise {@code id} names (see {@link ExerciseCoach#pick});
     * empty, after saying why on stderr, when there is no course or no such exercise.
     */
    static Optional<Chosen> choose(CourseOption option, String id) {
        Student s = Student.here(option);
        if (s == null) return Optional.empty();
        ExerciseCoach.Pick pick = s.coach().pick(id);
        if (pick.exercise().isEmpty()) System.err.println(pick.problem());
        return pick.exercise().map(e -> new Chosen(s, e));
    }
}
