package torchtrek.course;

/** How a check's verdict reads in the terminal. */
public final class FeedbackView {
    private FeedbackView() {}

    public static String render(Exercise e, Feedback f, Progress.ExerciseProgress p, TerminalMarkdown md) {
        StringBuilder sb = new StringBuilder();
        String title = e.id() + " · " + e.title();
        long hidden = e.hiddenChecks();
        if (f.passed() && hidden > 0) {
            long visible = e.checks().size() - hidden;
            sb.append(md.style("✓ " + title + ": " + visible + " visible check" + (visible == 1 ? "" : "s") + " passed; " + hidden
                + " hidden check" + (hidden == 1 ? "" : "s") + " run at grading", "1;32")).append('\n');
        } else if (f.passed()) {
            sb.append(md.style("✓ " + title + ": passed", "1;32")).append('\n');
        } else {
            sb.append(md.style("✗ " + title + ": not yet", "1;31")).append('\n');
            sb.append(md.render(f.firstProblem()));
            int left = e.hints().size() - p.hintsUsed();
            if (left > 0) {
                sb.append(md.style("Stuck? /hint (or `torchtrek hint " + e.id() + "`) gives hint " + (p.hintsUsed() + 1)
                    + " of " + e.hints().size() + ".", "2")).append('\n');
            }
        }
        for (String note : f.notes()) sb.append(md.render(note));
        return sb.toString();
    }
}
