package torchtrek.course;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes what the cells really print into a lesson's {@code ```output} blocks (validate's
 * {@code --bless}), so authors never type an output by hand.
 */
public final class LessonWriter {
    private LessonWriter() {}

    /** Rewrites the lesson's file with each cell's actual output; returns whether anything changed. */
    public static boolean bless(Lesson lesson, List<LessonCheck.Outcome> outcomes) throws IOException {
        String text = Files.readString(lesson.file());
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        boolean changed = false;
        // from the last cell up, so earlier line numbers stay valid
        for (int i = outcomes.size() - 1; i >= 0; i--) {
            LessonCheck.Outcome o = outcomes.get(i);
            if (o.matches()) continue;
            Lesson.Cell c = o.cell();
            String actual = LessonCheck.normalize(o.actual());
            List<String> block = actual.isEmpty() ? List.of() : new ArrayList<>();
            if (!actual.isEmpty()) {
                block.add("```output");
                block.addAll(Arrays.asList(actual.split("\n", -1)));
                block.add("```");
            }
            if (c.output() != null) {
                for (int l = c.outputLast(); l >= c.outputFirst(); l--) lines.remove(l - 1);
                lines.addAll(c.outputFirst() - 1, block);
                if (block.isEmpty() && c.outputFirst() - 1 < lines.size() && lines.get(c.outputFirst() - 1).isBlank()) {
                    lines.remove(c.outputFirst() - 1);
                }
            } else if (!block.isEmpty()) {
                List<String> withGap = new ArrayList<>();
                withGap.add("");
                withGap.addAll(block);
                lines.addAll(c.last(), withGap);
            }
            changed = true;
        }
        if (changed) Files.writeString(lesson.file(), String.join("\n", lines));
        return changed;
    }
}
