package torchtrek.cli;

import java.util.Optional;

import torchtrek.course.Exercise;

/** Finding the exercise a command is about. */
final class Exercises {
    private Exercises() {}

    /** Exercise {@code id}; {@code next}: the one after the current; null: the current one. Says why when there is none. */
    static Optional<Exercise> pick(Student s, String id) {
        Optional<Exercise> current = s.coach().current();
        if (id == null) {
            if (current.isEmpty()) System.err.println("This course has no exercises.");
            return current;
        }
        if (id.equals("next")) {
            Optional<Exercise> next = current.flatMap(e -> s.coach().after(e));
            if (next.isEmpty()) System.err.println("There is no exercise after " + current.map(Exercise::id).orElse("this one") + ".");
            return next;
        }
        Optional<Exercise> e = s.course().exercise(id);
        if (e.isEmpty()) System.err.println("No exercise is called `" + id + "`; `torchtrek progress` lists them.");
        return e;
    }
}
