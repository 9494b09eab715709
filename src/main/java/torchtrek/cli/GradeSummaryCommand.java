package torchtrek.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import torchtrek.grading.Manifest;
import torchtrek.grading.ResultStore;
import torchtrek.grading.report.ClassSummary;
import torchtrek.grading.report.Reports;

/** {@code torchtrek grade summary DIR}: how the class did, per exercise and per check, as a table with bars. */
@Command(name = "summary", mixinStandardHelpOptions = true,
    description = {"Show how a graded class did: per exercise and per check, the pass rate (with a bar), the counts",
        "of each outcome and the most frequent feedback, to spot a broken check or an unclear prompt."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:shown", "2:DIR is not a grading output folder"})
final class GradeSummaryCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "a folder written by torchtrek grade (or grade merge)")
    Path dir;

    @Option(names = "--csv", paramLabel = "FILE", description = "also write the summary as CSV to FILE")
    Path csv;

    @Override
    public Integer call() throws Exception {
        Manifest manifest;
        try {
            manifest = Manifest.read(dir);
        } catch (java.io.IOException e) {
            System.err.println("torchtrek grade summary: " + e.getMessage());
            return 2;
        }
        ClassSummary summary = Reports.summary(manifest, new ResultStore(dir).all());
        System.out.print(summary.table(Terminals.width()));
        if (csv != null) Files.writeString(csv, summary.csv());
        return 0;
    }
}
