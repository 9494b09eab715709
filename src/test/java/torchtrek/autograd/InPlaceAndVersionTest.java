package torchtrek.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static torchtrek.Kwargs.requires_grad;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import torchtrek.Tensor;
import torchtrek.errors.RuntimeError;
import torchtrek.torch;

/**
 * Backward's argument checks, in-place changes of leaves and views, and the version counter
 * (messages as in pytorch-facts.md section 8.2).
 */
class InPlaceAndVersionTest {
    private static final String HINT = " Hint: enable anomaly detection to find the operation that failed to compute its "
        + "gradient, with torch.autograd.set_detect_anomaly(True).";

    private static String message(Executable code) {
        return assertThrows(RuntimeError.class, code).toString();
    }

    private static Tensor pair() {
        return torch.tensor(new double[] {1, 2}, requires_grad(true));
    }

    @Test
    void anImplicitGradientOnlyForScalars() {
        Tensor x = pair();
        assertEquals("RuntimeError: grad can be implicitly created only for scalar outputs", message(() -> x.mul(2).backward()));
    }

    @Test
    void aSuppliedGradientGivesTheVectorJacobianProduct() {
        Tensor x = pair();
        x.mul(x).backward(torch.tensor(new double[] {1, 0.1}));
        assertEquals("tensor([2.0000, 0.4000])", x.grad().toString());
    }

    @Test
    void aSuppliedGradientMustHaveTheOutputsShape() {
        Tensor x = pair();
        assertEquals("RuntimeError: Mismatch in shape: grad_output[0] has a shape of torch.Size([3]) and output[0] has a shape "
            + "of torch.Size([2]).", message(() -> x.mul(2).backward(torch.ones(3))));
    }

    @Test
    void backwardOnATensorWithoutHistoryFails() {
        assertEquals("RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn",
            message(() -> torch.ones(2).sum().backward()));
    }

    @Test
    void aLeafThatRequiresGradCannotChangeInPlaceWhileRecording() {
        Tensor x = pair();
        assertEquals("RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.",
            message(() -> x.add_(1)));
        // x[0] = 5 writes through the view x[0] (pytorch-facts.md 8.2, autograd.golden)
        assertEquals("RuntimeError: a view of a leaf Variable that requires grad is being used in an in-place operation.",
            message(() -> x.set("0", 5.0)));
    }

    @Test
    void butItsDataCanAndSoCanItUnderNoGrad() {
        Tensor x = pair();
        x.data().add_(1);
        assertEquals("tensor([2., 3.], requires_grad=True)", x.toString());
        try (var g = torch.no_grad()) {
            x.mul_(2);
        }
        assertEquals("tensor([4., 6.], requires_grad=True)", x.toString());
    }

    @Test
    void aViewOfSuchALeafCannotEither() {
        String expected = "RuntimeError: a view of a leaf Variable that requires grad is being used in an in-place operation.";
        assertEquals(expected, message(() -> pair().view(2).mul_(2)));
        assertEquals(expected, message(() -> pair().get(0).zero_()));
        Tensor transposedLeaf = torch.ones(3, 4).t().requires_grad_();
        assertEquals(expected, message(() -> transposedLeaf.add_(1)));
    }

    @Test
    void modifyingASavedOutputBreaksBackward() {
        Tensor a = pair();
        Tensor b = a.sigmoid();
        b.mul_(2);
        assertEquals("RuntimeError: one of the variables needed for gradient computation has been modified by an inplace "
            + "operation: [torch.FloatTensor [2]], which is output 0 of SigmoidBackward0, is at version 1; expected version 0 "
            + "instead." + HINT, message(() -> b.sum().backward()));
    }

    @Test
    void modifyingASavedInputBreaksBackward() {
        Tensor a = pair();
        Tensor b = a.mul(1);
        Tensor c = b.mul(b);
        b.add_(1);
        assertEquals("RuntimeError: one of the variables needed for gradient computation has been modified by an inplace "
            + "operation: [torch.FloatTensor [2]], which is output 0 of AddBackward0, is at version 1; expected version 0 "
            + "instead." + HINT, message(() -> c.sum().backward()));
    }

    @Test
    void anIndexAssignmentCountsAsAModification() {
        Tensor a = pair();
        Tensor b = a.exp();
        b.set("0", 0.0);
        assertEquals("RuntimeError: one of the variables needed for gradient computation has been modified by an inplace "
            + "operation: [torch.FloatTensor [2]], which is output 0 of ExpBackward0, is at version 1; expected version 0 "
            + "instead." + HINT, message(() -> b.sum().backward()));
    }

    @Test
    void inPlaceOpsCountVersionsAndBecomeTheHistory() {
        Tensor a = pair();
        Tensor b = a.mul(1);
        b.add_(1);
        assertEquals("tensor([2., 3.], grad_fn=<AddBackward0>)", b.toString());
        assertEquals(1, b._version());
        assertEquals(0, a._version());
        b.sum().backward();
        assertEquals("tensor([1., 1.])", a.grad().toString());
    }

    @Test
    void viewsShareTheVersionCounterWithTheirBase() {
        Tensor y = pair().mul(1);
        Tensor v = y.get(0);
        v.mul_(2);
        assertEquals(1, y._version());
        assertEquals(1, v._version());
        assertEquals(1, y.detach()._version());
    }

    @Test
    void anInPlaceOpOnAViewRewritesTheBaseHistory() {
        Tensor a = pair();
        Tensor y = a.mul(1);
        Tensor v = y.get(0);
        v.mul_(2);
        assertEquals("CopySlices", y.grad_fn().name());
        assertEquals("AsStridedBackward0", v.grad_fn().name());
        assertSameNode(y.grad_fn(), v.grad_fn().nextEdges()[0].function());
        assertEquals("MulBackward0", y.grad_fn().nextEdges()[0].function().name());
        assertTrue(y.grad_fn().nextEdges()[1] == null);
        y.sum().backward();
        assertEquals("tensor([2., 1.])", a.grad().toString());
    }

    @Test
    void aViewSeesItsBasesLaterInPlaceChanges() {
        Tensor a = pair();
        Tensor y = a.mul(1);
        Tensor v = y.get(1);
        y.mul_(3);
        assertEquals("AsStridedBackward0", v.grad_fn().name());
        v.backward();
        assertEquals("tensor([0., 3.])", a.grad().toString());
    }

    @Test
    void overwritingPartOfANonLeafStopsTheGradientThere() {
        Tensor w = torch.ones(2, 2, requires_grad(true));
        Tensor q = w.mul(1);
        q.set("0, :", 5.0);
        q.sum().backward();
        assertEquals("tensor([[0., 0.],\n        [1., 1.]])", w.grad().toString());
    }

    @Test
    void viewsReturnedTogetherCannotChangeInPlace() {
        Tensor a = torch.ones(3, 4, requires_grad(true)).mul(1);
        String tail = " is a view and is being modified inplace. This view is the output of a function that returns "
            + "multiple views. Such functions do not allow the output views to be modified inplace. You should replace the "
            + "inplace operation by an out-of-place one.";
        assertEquals("RuntimeError: Output 0 of SplitBackward0" + tail, message(() -> a.split(2).get(0).mul_(2)));
        assertEquals("RuntimeError: Output 1 of UnbindBackward0" + tail, message(() -> a.unbind(0).get(1).mul_(2)));
        assertEquals("RuntimeError: Output 1 of SplitBackward0" + tail, message(() -> a.chunk(2).get(1).zero_()));
    }

    @Test
    void aViewMadeUnderNoGradCannotChangeInPlaceWithGradOn() {
        Tensor a = torch.ones(3, 4, requires_grad(true));
        Tensor v;
        try (var g = torch.no_grad()) {
            v = a.get(0);
        }
        assertTrue(v.requires_grad());
        assertTrue(v.is_leaf());
        assertEquals("RuntimeError: A view was created in no_grad mode and is being modified inplace with grad mode enabled. "
            + "Given that this use case is ambiguous and error-prone, it is forbidden. You can clarify your code by moving both "
            + "the view and the inplace either both inside the no_grad block (if you don't want the inplace to be tracked) or "
            + "both outside (if you want the inplace to be tracked).", message(() -> v.mul_(2)));
    }

    @Test
    void onlyFloatingTensorsRequireGrad() {
        assertEquals("RuntimeError: only Tensors of floating point dtype can require gradients",
            message(() -> torch.tensor(new long[] {1, 2}).requires_grad_()));
        assertEquals("RuntimeError: Only Tensors of floating point and complex dtype can require gradients",
            message(() -> torch.tensor(new long[] {1, 2}, requires_grad(true))));
    }

    @Test
    void outArgumentsRefuseTensorsThatRequireGrad() {
        Tensor a = pair();
        assertEquals("RuntimeError: add(): functions with out=... arguments don't support automatic differentiation, but one "
            + "of the arguments requires grad.", message(() -> torch.add(a, a, torchtrek.Kwargs.out(torch.empty(2)))));
    }

    private static void assertSameNode(Node expected, Node actual) {
        assertTrue(expected == actual, () -> "expected " + expected + " but got " + actual);
        assertTrue(Pattern.matches("<\\w+ object at 0x[0-9a-f]+>", actual.toString()));
    }
}
