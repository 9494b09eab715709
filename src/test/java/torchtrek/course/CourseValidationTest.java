package torchtrek.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import torchtrek.repl.JShellRunner;

/**
 * {@code torchtrek validate} as part of the suite: for every exercise the reference solution
 * passes, the starter fails and each typical wrong answer fails with its intended feedback; every
 * lesson cell prints what the lesson shows (doc-test); ids, metadata and coverage of P01-P38 hold.
 */
class CourseValidationTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @TestFactory
    List<DynamicTest> theCourseValidates() {
        Course.Loaded loaded = Course.load(ROOT);
        Course course = loaded.course();
        Attempts attempts = new Attempts(new JShellRunner());
        Validator validator = new Validator(attempts, line -> { });
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("files load and the course's structure holds", () -> {
            List<Problem> problems = new ArrayList<>(loaded.problems());
            problems.addAll(Validator.structure(course));
            assertEquals("", describe(problems));
        }));
        tests.add(DynamicTest.dynamicTest("every practice question P01-P38 is covered", () -> {
            assertEquals(38, course.practice().size());
            for (String id : course.practice()) {
                assertTrue(course.exercises().stream().anyMatch(e -> e.covers().contains(id)), id + " is not covered");
            }
        }));
        for (Lesson lesson : course.lessons()) {
            tests.add(DynamicTest.dynamicTest("lesson " + lesson.file().getFileName(), () -> {
                List<LessonCheck.Outcome> outcomes = LessonCheck.run(lesson, attempts.runner());
                assertEquals(lesson.cells().size(), outcomes.size());
                assertEquals("", describe(LessonCheck.problems(lesson, outcomes)));
            }));
        }
        for (Exercise e : course.exercises()) {
            tests.add(DynamicTest.dynamicTest("exercise " + e.dir().getFileName(), () -> {
                assertTrue(!e.wrongAnswers().isEmpty(), e.id() + " keeps no typical wrong answers");
                assertEquals("", describe(validator.exercise(e)));
            }));
        }
        return tests;
    }

    private static String describe(List<Problem> problems) {
        return problems.stream().map(p -> p.relativeTo(ROOT).toString()).collect(Collectors.joining("\n"));
    }
}
