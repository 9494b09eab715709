package torchtrek.grading.sandbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link WorkerBehaviour} without bubblewrap: every limit but the filesystem and network walls still holds. */
class UnsandboxedWorkerTest extends WorkerBehaviour {
    @Override
    Sandbox.Mode mode() { return Sandbox.Mode.NONE; }

    @Test
    void saysLoudlyThatThereIsNoSandbox() {
        assertFalse(sandbox.isolated());
        assertTrue(sandbox.description().startsWith("WARNING: running WITHOUT a sandbox"), sandbox.description());
    }
}
