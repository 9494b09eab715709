package torchtrek.grading;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import torchtrek.grading.report.Reports;

/**
 * {@code torchtrek grade merge}: gathers the results of the shards of a job array into one output
 * folder and writes the reports there. The shards must have graded the same exercises at the same
 * grader versions; a student graded by two shards must have the same results in both.
 */
public final class Merge {
    private Merge() {}

    /** Merges {@code shards} into {@code out}; returns how many results were gathered. */
    public static int run(List<Path> shards, Path out) throws IOException {
        if (shards.isEmpty()) throw new IllegalArgumentException("name at least one shard's output folder");
        Manifest manifest = Manifest.read(shards.get(0));
        Map<String, ExerciseResult> seen = new HashMap<>();
        List<ExerciseResult> all = new ArrayList<>();
        for (Path shard : shards) {
            Manifest m = Manifest.read(shard);
            if (!m.equals(manifest)) {
                throw new IllegalArgumentException(shard + " graded other exercises or other versions of them than "
                    + shards.get(0) + ": grade every shard with the same course");
            }
            for (ExerciseResult r : new ResultStore(shard).all()) {
                ExerciseResult before = seen.putIfAbsent(r.student() + "\u0000" + r.exercise(), r);
                if (before == null) {
                    all.add(r);
                } else if (!sameGrade(before, r)) {
                    throw new IllegalArgumentException(r.student() + "'s " + r.exercise() + " was graded differently in two shards");
                }
            }
        }
        ResultStore store = new ResultStore(out);
        for (ExerciseResult r : all) store.put(r);
        Reports.write(out, manifest, store.all());
        return all.size();
    }

    private static boolean sameGrade(ExerciseResult a, ExerciseResult b) {
        return a.outcome() == b.outcome() && a.score() == b.score() && a.checks().equals(b.checks())
            && a.graderVersion().equals(b.graderVersion());
    }
}
