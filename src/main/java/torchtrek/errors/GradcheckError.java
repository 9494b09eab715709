package torchtrek.errors;

/** {@code torch.autograd.gradcheck.GradcheckError}: analytical and numerical gradients disagree. */
public class GradcheckError extends RuntimeError {
    public GradcheckError(String message) {
        super(message);
    }
}
