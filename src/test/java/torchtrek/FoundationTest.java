package torchtrek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static torchtrek.Kwargs.dtype;
import static torchtrek.Kwargs.requires_grad;

import org.junit.jupiter.api.Test;

import torchtrek.errors.RuntimeError;

/** A first end-to-end check of the runtime: printing, autograd and errors as the notes show them. */
class FoundationTest {
    @Test
    void printsLikePyTorch() {
        assertEquals("tensor([ 1.5000, -2.2500,  3.0000])", torch.tensor(new double[] {1.5, -2.25, 3}).toString());
        assertEquals("tensor([], size=(2, 0), dtype=torch.int32)", torch.zeros(2, 0, dtype(torch.int32)).toString());
        assertEquals("tensor([[0, 0, 0],\n        [0, 0, 0]])", torch.zeros(2, 3, dtype(torch.Long)).toString());
    }

    @Test
    void gradientOfTheNotesPolynomial() {
        Tensor x = torch.tensor(2.0, requires_grad(true));
        Tensor y = x.pow(2).add(x.mul(3)).add(5);
        y.backward();
        assertEquals("tensor(7.)", x.grad().toString());
    }

    @Test
    void meanOfThreeTimesSquareGivesFourAndAHalf() {
        Tensor x = torch.ones(2, 2, requires_grad(true));
        Tensor out = x.add(2).mul(x.add(2)).mul(3).mean();
        assertEquals("tensor(27., grad_fn=<MeanBackward0>)", out.toString());
        out.backward();
        assertEquals("tensor([[4.5000, 4.5000],\n        [4.5000, 4.5000]])", x.grad().toString());
    }

    @Test
    void shapeMismatchIsPyTorchsMessage() {
        RuntimeError e = assertThrows(RuntimeError.class, () -> torch.ones(2, 3).add(torch.ones(3, 2)));
        assertEquals("RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1",
            e.toString());
    }
}
