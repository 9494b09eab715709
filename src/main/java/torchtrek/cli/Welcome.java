package torchtrek.cli;

import java.util.Optional;

/** The few lines the REPL opens with: what this is, how to get help, and where the student is in the course. */
final class Welcome {
    private Welcome() {}

    /** {@code opening}: the student's current lesson step, where a course was found. */
    static String text(Optional<String> opening) {
        String head = """
            TorchTrek: PyTorch's tensors and autograd, in Java.
            /help shows the commands, Tab completes names, Ctrl-D leaves.""";
        return opening.map(o -> head + "\n\n" + o.stripTrailing())
            .orElse(head + "\nNo course here (scripts/torchtrek finds it in its checkout): try  var x = torch.ones(2, 3)  and then  x.sum()");
    }
}
