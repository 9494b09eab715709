package torchtrek.grading.sandbox;

/** {@link WorkerBehaviour} in bubblewrap, where this machine has it. */
class WorkerTest extends WorkerBehaviour {
    @Override
    Sandbox.Mode mode() { return Sandbox.Mode.AUTO; }
}
