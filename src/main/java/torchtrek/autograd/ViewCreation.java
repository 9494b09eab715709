package torchtrek.autograd;

/**
 * How a view came to be (PyTorch's {@code CreationMeta}), which decides whether it may later be
 * modified in place while its base requires grad.
 */
public enum ViewCreation {
    /** An ordinary view made while grad mode was on: in-place changes are recorded (CopySlices). */
    DEFAULT,
    /** Made under {@code no_grad}: modifying it in place with grad mode on is refused. */
    NO_GRAD_MODE,
    /** One of several views one op returns ({@code split}, {@code unbind}): in-place changes are refused. */
    MULTI_OUTPUT_NODE
}
