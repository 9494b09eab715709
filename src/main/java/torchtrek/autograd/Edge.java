package torchtrek.autograd;

/** Where a gradient goes: input number {@code inputNr} of {@code function} (PyTorch's Edge). */
public record Edge(Node function, int inputNr) {
}
