package torchtrek.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import torchtrek.grading.Merge;

/** {@code torchtrek grade merge --out DIR SHARD...}: one set of reports from the output folders of a job array. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = {"Merge the output folders of sharded runs (grade --shard I/N) into one, and write its reports:",
        "the same bytes as one run over the whole class (timings.csv aside)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:merged", "2:bad usage, or the shards graded different exercises or versions"})
final class GradeMergeCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where the merged results and reports go")
    Path out;

    @Parameters(paramLabel = "SHARD_DIR", arity = "1..*", description = "the output folder of each shard")
    List<Path> shards;

    @Override
    public Integer call() throws Exception {
        try {
            int n = Merge.run(shards, out);
            System.out.println("merged " + n + " results from " + shards.size() + " shard(s) into " + out);
            return 0;
        } catch (IllegalArgumentException | java.io.IOException e) {
            System.err.println("torchtrek grade merge: " + e.getMessage());
            return 2;
        }
    }
}
