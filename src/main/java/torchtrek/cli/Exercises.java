package torchtrek.cli;

import java.util.Optional;

import torchtrek.course.Exercise;
import torchtrek.course.ExerciseCoach;

/** Finding the exercise a command is about. */
final class Exercises {
    private Exercises() {}

    /** The exercise {@code id} names (see {@link torchtrek.course.ExerciseCoach#pick}); says why on stderr when there is none. */
    static Optional<Exercise> pick(Student s, String id) {
        ExerciseCoach.Pick pick = s.coach().pick(id);
        if (pick.exercise().isEmpty()) System.err.println(pick.problem());
        return pick.exercise();
    }
}
