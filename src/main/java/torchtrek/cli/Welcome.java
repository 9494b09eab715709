package torchtrek.cli;

/** The few lines the REPL opens with: what this is, where to start, and how to get help. */
final class Welcome {
    private Welcome() {}

    static String text() {
        return """
            TorchTrek: PyTorch's tensors and autograd, in Java.
            Lesson 1 is about tensors: try  var x = torch.ones(2, 3)  and then  x.sum()
            /help shows the commands, Tab completes names, Ctrl-D leaves.""";
    }
}
