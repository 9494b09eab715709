package torchtrek.grading;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import torchtrek.course.Json;
import torchtrek.course.Run;
import torchtrek.course.Script;
import torchtrek.grading.sandbox.JobHandler;
import torchtrek.repl.JShellRunner;

/**
 * Runs a student's exercise file inside a worker JVM: the course's JShell runner, once per seed,
 * with the exercise's probes read back as data. It receives no solution and compares nothing.
 */
public final class CourseJobHandler implements JobHandler {
    private final JShellRunner runner = new JShellRunner();

    @Override
    public void warmUp() {
        runner.run(new Script("warm-up.jsh", "var t = torch.ones(2, 2).mul(3);\nSystem.out.println(t.sum());", "", List.of("t"), 0,
            Script.DEFAULT_TIME_LIMIT));
    }

    @Override
    public byte[] handle(byte[] request) throws Exception {
        CourseAssignment.Job job = Json.read(new String(request, StandardCharsets.UTF_8), CourseAssignment.Job.class);
        List<Run> runs = new ArrayList<>();
        for (Script s : job.scripts()) runs.add(runner.run(s));
        return Json.write(new CourseAssignment.Runs(runs)).getBytes(StandardCharsets.UTF_8);
    }
}
