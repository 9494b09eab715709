package torchtrek.repl;

import torchtrek.torch;
import torchtrek.errors.Warnings;

/** Puts the runtime's process-wide settings back as a fresh PyTorch session has them, both generators seeded. */
final class RuntimeState {
    private RuntimeState() {}

    static void reset(long seed) {
        torch.set_default_dtype(torch.float32);
        torchtrek.format.PrintOptions.reset();
        torchtrek.autograd.GradMode.setEnabled(true);
        Warnings.resetOnce();
        torch.manual_seed(seed);
        torchtrek.np.random.seed(seed);
    }
}
