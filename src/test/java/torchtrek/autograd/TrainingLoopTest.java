package torchtrek.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static torchtrek.Kwargs.requires_grad;

import org.junit.jupiter.api.Test;

import torchtrek.Tensor;
import torchtrek.torch;

/** End to end: the training loop the course builds (forward, loss, backward, update under no_grad, zero the grads). */
class TrainingLoopTest {
    @Test
    void gradientDescentRecoversALine() {
        Tensor x = torch.linspace(-1, 1, torchtrek.Kwargs.steps(20)).unsqueeze(1);
        Tensor y = x.mul(3).add(2);
        Tensor w = torch.zeros(1, 1, requires_grad(true));
        Tensor b = torch.zeros(1, requires_grad(true));
        double first = 0, last = 0;
        for (int step = 0; step < 300; step++) {
            Tensor loss = torch.nn.functional.mse_loss(x.matmul(w).add(b), y);
            if (step == 0) first = loss.item();
            last = loss.item();
            loss.backward();
            try (var g = torch.no_grad()) {
                w.sub_(w.grad().mul(0.5));
                b.sub_(b.grad().mul(0.5));
            }
            w.grad().zero_();
            b.grad().zero_();
        }
        assertTrue(last < first * 1e-6, "loss went from " + first + " to " + last);
        assertEquals(3, w.item(), 1e-3);
        assertEquals(2, b.item(), 1e-3);
        assertTrue(w.is_leaf() && w.requires_grad());
    }

    @Test
    void aTwoLayerNetworkLearnsXor() {
        torch.manual_seed(0);
        Tensor x = torch.tensor(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}).Float();
        Tensor target = torch.tensor(new long[] {0, 1, 1, 0});
        Tensor w1 = torch.randn(2, 8).mul(0.5).requires_grad_(), b1 = torch.zeros(8, requires_grad(true));
        Tensor w2 = torch.randn(8, 2).mul(0.5).requires_grad_(), b2 = torch.zeros(2, requires_grad(true));
        Tensor[] params = {w1, b1, w2, b2};
        for (int step = 0; step < 500; step++) {
            Tensor logits = x.matmul(w1).add(b1).tanh().matmul(w2).add(b2);
            Tensor loss = torch.nn.functional.cross_entropy(logits, target);
            loss.backward();
            try (var g = torch.no_grad()) {
                for (Tensor p : params) p.sub_(p.grad().mul(0.5));
            }
            for (Tensor p : params) p.grad(null);
        }
        Tensor predicted = x.matmul(w1).add(b1).tanh().matmul(w2).add(b2).argmax(1);
        assertEquals("tensor([0, 1, 1, 0])", predicted.toString());
    }
}
