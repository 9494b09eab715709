package torchtrek.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static torchtrek.Kwargs.requires_grad;
import static torchtrek.Kwargs.retain_graph;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import torchtrek.Tensor;
import torchtrek.errors.RuntimeError;
import torchtrek.errors.Warnings;
import torchtrek.torch;

/**
 * Leaves, .grad and its accumulation, retain_graph and retain_grad, as PyTorch behaves
 * (expected texts are the transcripts of pytorch-facts.md section 8.1, with the 2.x wording).
 */
class LeafAndAccumulationTest {
    private final ByteArrayOutputStream warnings = new ByteArrayOutputStream();

    @BeforeEach
    void captureWarnings() {
        Warnings.resetOnce();
        Warnings.redirect(new PrintStream(warnings, true));
    }

    @AfterEach
    void restoreWarnings() {
        Warnings.redirect(null);
    }

    private static Tensor x123() {
        return torch.tensor(new double[] {1, 2, 3}, requires_grad(true));
    }

    @Test
    void leavesAreUserMadeTensorsAndResultsCarryTheirNode() {
        Tensor x = x123();
        Tensor y = x.mul(x), z = y.sum();
        assertTrue(x.is_leaf());
        assertFalse(y.is_leaf());
        assertFalse(z.is_leaf());
        assertNull(x.grad_fn());
        assertTrue(y.requires_grad());
        assertTrue(torch.ones(2).is_leaf());
        assertEquals("SumBackward0", z.grad_fn().name());
        assertSame(x, ((AccumulateGrad) y.grad_fn().nextEdges()[0].function()).variable());
    }

    @Test
    void gradientsAccumulateAcrossBackwardCallsUntilZeroed() {
        Tensor x = x123();
        Tensor z = x.mul(x).sum();
        z.backward(retain_graph(true));
        assertEquals("tensor([2., 4., 6.])", x.grad().toString());
        z.backward();
        assertEquals("tensor([ 4.,  8., 12.])", x.grad().toString());
        x.grad().zero_();
        assertEquals("tensor([0., 0., 0.])", x.grad().toString());
        x.grad(null);
        assertNull(x.grad());
    }

    @Test
    void aSecondBackwardThroughAFreedGraphFails() {
        Tensor x = x123();
        Tensor z = x.mul(x).sum();
        z.backward();
        RuntimeError e = assertThrows(RuntimeError.class, z::backward);
        assertEquals("RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after "
            + "they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or "
            + "autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you "
            + "need to access saved tensors after calling backward.", e.toString());
    }

    @Test
    void aGraphWithoutSavedTensorsCanBeWalkedTwice() {
        Tensor x = x123();
        Tensor z = x.add(1).sum();
        z.backward();
        z.backward();
        assertEquals("tensor([2., 2., 2.])", x.grad().toString());
    }

    @Test
    void readingGradOfANonLeafWarnsOnceAndGivesNone() {
        Tensor x = x123();
        Tensor y = x.mul(x);
        y.sum().backward();
        assertNull(y.grad());
        assertNull(y.grad());
        String expected = "UserWarning: The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad "
            + "attribute won't be populated during autograd.backward(). If you indeed want the .grad field to be populated for a "
            + "non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you access the non-leaf Tensor by mistake, make "
            + "sure you access the leaf Tensor instead. See github.com/pytorch/pytorch/pull/30531 for more information.\n";
        assertEquals(expected, warnings.toString());
    }

    @Test
    void retainGradKeepsANonLeafGradient() {
        Tensor x = x123();
        Tensor w = x.mul(2);
        w.retain_grad();
        assertTrue(w.retains_grad());
        w.sum().backward();
        assertEquals("tensor([1., 1., 1.])", w.grad().toString());
        assertEquals("tensor([2., 2., 2.])", x.grad().toString());
        assertEquals("", warnings.toString());
    }

    @Test
    void retainGradFollowsTheTensorThroughAnInPlaceChange() {
        Tensor x = x123();
        Tensor w = x.mul(2);
        w.retain_grad();
        w.mul_(3);
        w.sum().backward();
        assertEquals("tensor([1., 1., 1.])", w.grad().toString());
        assertEquals("tensor([6., 6., 6.])", x.grad().toString());
    }

    @Test
    void retainGradOnATensorWithoutGradFails() {
        RuntimeError e = assertThrows(RuntimeError.class, () -> torch.ones(3).retain_grad());
        assertEquals("can't retain_grad on Tensor that has requires_grad=False", e.getMessage());
    }

    @Test
    void backwardWithInputsFillsOnlyThose() {
        Tensor a = x123(), b = x123();
        Tensor h = a.mul(b);
        h.sum().backward(torchtrek.Kwargs.inputs(a, h));
        assertEquals("tensor([1., 2., 3.])", a.grad().toString());
        assertNull(b.grad());
        assertEquals("tensor([1., 1., 1.])", h.grad().toString());
    }

    @Test
    void assigningAGradChecksSizeAndType() {
        Tensor x = x123();
        assertEquals("assigned grad has data of a different size",
            assertThrows(RuntimeError.class, () -> x.grad(torch.ones(2))).getMessage());
        assertEquals("assigned grad has data of a different type",
            assertThrows(RuntimeError.class, () -> x.grad(torch.ones(3, torchtrek.Kwargs.dtype(torch.float64)))).getMessage());
        x.grad(torch.full(new long[] {3}, 5.0));
        x.sum().backward();
        assertEquals("tensor([6., 6., 6.])", x.grad().toString());
    }

    @Test
    void gradientsOfBroadcastOperandsAreSummedBackToTheirShape() {
        Tensor a = torch.ones(2, 3, requires_grad(true));
        Tensor b = torch.ones(3, requires_grad(true));
        Tensor s = torch.tensor(2.0, requires_grad(true));
        a.mul(b).mul(s).sum().backward();
        assertEquals("tensor([4., 4., 4.])", b.grad().toString());
        assertEquals("tensor(6.)", s.grad().toString());
        assertEquals("torch.Size([2, 3])", a.grad().shape().toString());
    }

    @Test
    void aGradientOfAnotherDtypeIsConvertedToTheTensorsDtype() {
        Tensor a = torch.ones(3, requires_grad(true));
        a.mul(2).backward(torch.ones(3, torchtrek.Kwargs.dtype(torch.float64)));
        assertEquals("tensor([2., 2., 2.])", a.grad().toString());
        Tensor d = torch.ones(2, torchtrek.Kwargs.dtype(torch.float64), requires_grad(true));
        d.Float().sum().backward();
        assertEquals("tensor([1., 1.], dtype=torch.float64)", d.grad().toString());
    }
}
