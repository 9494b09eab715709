package torchtrek.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import torchtrek.course.Exercise;

/** {@code torchtrek solution [ID]}: the reference solution, after an attempt and a confirmation. */
@Command(name = "solution", mixinStandardHelpOptions = true,
    description = "Show the reference solution of the current exercise (or ID): only after you have checked an attempt,"
        + " and only once you confirm.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:shown", "1:kept hidden (no attempt checked yet, or not confirmed)", "2:no course found, or unknown exercise"})
final class SolutionCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "ID", description = "an exercise id (default: the current exercise)")
    String id;

    @Option(names = {"-y", "--yes"}, description = "do not ask for confirmation")
    boolean yes;

    @Mixin
    CourseOption courseOption = new CourseOption();

    @Override
    public Integer call() throws Exception {
        Optional<Exercises.Chosen> chosen = Exercises.choose(courseOption, id);
        if (chosen.isEmpty()) return 2;
        Student s = chosen.get().student();
        Exercise e = chosen.get().exercise();
        if (!s.coach().solutionAllowed(e)) {
            System.out.println("Try it first: the solution opens after you have checked an attempt (`torchtrek check FILE`)."
                + " `torchtrek hint` helps in the meantime.");
            return 1;
        }
        if (!yes) {
            System.out.print("See the reference solution of " + e.id() + "? Solving it yourself teaches more. [y/N] ");
            System.out.flush();
            String answer = new BufferedReader(new InputStreamReader(System.in)).readLine();
            if (answer == null || !answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y")) {
                System.out.println("Kept hidden.");
                return 1;
            }
        }
        System.out.print(s.coach().solution(e));
        return 0;
    }
}
