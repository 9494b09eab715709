package torchtrek.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading lessons, exercises and course.yaml, and the problems (with file and line) that mistakes in them cause. */
class CourseFilesTest {
    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path f = root.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    private void minimalCourse() throws IOException {
        write("course.yaml", "title: Demo\npractice: [P01-P02]\n");
        write("lessons/01-first.md", "# First\n\nSome prose.\n\n```java\nvar t = torch.ones(2);\n```\n");
        write("exercises/01-ones/exercise.yaml", """
            title: Ones
            covers: [P01, P02]
            lesson: first
            hints: [use torch.ones]
            checks:
              - value: t
            """);
        write("exercises/01-ones/prompt.md", "Make `t`.\n");
        write("exercises/01-ones/wrong/zeros.jsh", "// A typical mistake.\n// expect: not the values\nvar t = torch.zeros(2);\n");
        write("solutions/ones.jsh", "var t = torch.ones(2);\n");
    }

    private static String describe(List<Problem> problems, Path root) {
        return problems.stream().map(p -> p.relativeTo(root).toString()).collect(Collectors.joining("\n"));
    }

    @Test
    void aWellFormedCourseLoadsWithoutProblems() throws IOException {
        minimalCourse();
        Course.Loaded loaded = Course.load(root);
        assertEquals("", describe(loaded.problems(), root));
        Course c = loaded.course();
        assertEquals(List.of("P01", "P02"), c.practice());
        Exercise e = c.exercise("ones").orElseThrow();
        assertEquals(1, e.order());
        assertEquals(Check.Aspect.defaults(), e.checks().get(0).compare());
        assertEquals("not the values", e.wrongAnswers().get(0).expect());
        assertEquals(2, e.wrongAnswers().get(0).expectLine());
        assertEquals(List.of(0L), e.seeds());
        assertEquals("", describe(Validator.structure(c), root));
    }

    @Test
    void mistakesInExerciseYamlNameFileAndLine() throws IOException {
        minimalCourse();
        write("exercises/01-ones/exercise.yaml", """
            title: Ones
            covers: [P01]
            lesson: missing-lesson
            hint: [typo]
            checks:
              - value: t
                compare: [shape, colour]
            """);
        Course.Loaded loaded = Course.load(root);
        List<Problem> all = new ArrayList<>(loaded.problems());
        all.addAll(Validator.structure(loaded.course()));
        String text = describe(all, root);
        assertTrue(text.contains("exercises/01-ones/exercise.yaml:4: unknown key `hint`"), text);
        assertTrue(text.contains("exercises/01-ones/exercise.yaml:7: cannot compare `colour`"), text);
        assertTrue(text.contains("missing `hints`"), text);
        assertTrue(text.contains("`lesson: missing-lesson` names no lesson"), text);
        assertTrue(text.contains("course.yaml: no exercise covers P02"), text);
    }

    @Test
    void brokenYamlAndMissingFilesAreReported() throws IOException {
        minimalCourse();
        write("exercises/02-broken/exercise.yaml", "title: [unclosed\n");
        write("exercises/3-Bad_Name/exercise.yaml", "title: x\n");
        write("exercises/01-ones/wrong/no-expectation.jsh", "var t = torch.zeros(2);\n");
        Files.delete(root.resolve("solutions/ones.jsh"));
        String text = describe(Course.load(root).problems(), root);
        assertTrue(text.contains("exercises/02-broken/exercise.yaml:2: not valid YAML"), text);
        assertTrue(text.contains("exercises/3-Bad_Name: an exercise folder is named NN-id"), text);
        assertTrue(text.contains("exercises/01-ones/wrong/no-expectation.jsh:1: a wrong answer starts with a comment `// expect:"), text);
        assertTrue(text.contains("solutions/ones.jsh: missing: the reference solution of exercise ones"), text);
    }

    @Test
    void duplicateIdsAreRejected() throws IOException {
        minimalCourse();
        write("exercises/02-ones/exercise.yaml", "title: Again\ncovers: [P01]\nlesson: first\nhints: [h]\nchecks:\n  - value: t\n");
        write("exercises/02-ones/prompt.md", "Again.\n");
        Course.Loaded loaded = Course.load(root);
        assertTrue(describe(Validator.structure(loaded.course()), root).contains("exercise id `ones` is also used by"));
    }

    @Test
    void lessonsSplitIntoProseAndCellsWithTheirOutputAndPython() {
        String md = """
            # Title here

            Intro with `code`.

            ```java
            System.out.println(1);
            ```

            ```output
            1
            ```

            ```python
            print(1)
            ```

            Between.

            ```java cpu-output
            var t = torch.ones(1);
            ```

            ```python
            print(2)
            ```

            The end.

            ```output
            stray
            ```
            """;
        List<Problem> problems = new ArrayList<>();
        Lesson l = LessonParser.parse(Path.of("lessons/04-demo.md"), md, problems);
        assertEquals(4, l.number());
        assertEquals("demo", l.id());
        assertEquals("Title here", l.title());
        List<Lesson.Cell> cells = l.cells();
        assertEquals(2, cells.size());
        assertEquals("System.out.println(1);\n", cells.get(0).code());
        assertEquals("1\n", cells.get(0).output());
        assertEquals("print(1)\n", cells.get(0).python());
        assertEquals(5, cells.get(0).first());
        assertEquals(9, cells.get(0).outputFirst());
        assertNull(cells.get(1).output());
        assertEquals("print(2)\n", cells.get(1).python());
        assertTrue(cells.get(1).cpuOutput());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).toString().startsWith("lessons/04-demo.md:29: this ```output block follows no ```java cell"));
        assertEquals(5, l.parts().size(), "prose, cell, prose, cell, then the closing prose");
    }

    @Test
    void randomCellsMustSeedFirst() {
        assertEquals("torch.rand", LessonCheck.unseededRandom("var t = torch.rand(2);"));
        assertNull(LessonCheck.unseededRandom("torch.manual_seed(0);\nvar t = torch.rand(2);"));
        assertEquals("np.random.", LessonCheck.unseededRandom("var a = np.random.rand(2);"));
        assertNull(LessonCheck.unseededRandom("var t = torch.ones(2);"));
    }

    @Test
    void practiceRangesExpand() {
        assertEquals(List.of("P08", "P09", "P10"), Course.expand("P08-P10"));
        assertEquals(List.of("Q1"), Course.expand("Q1"));
    }
}
