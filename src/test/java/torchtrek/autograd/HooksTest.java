package torchtrek.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static torchtrek.Kwargs.requires_grad;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import torchtrek.RemovableHandle;
import torchtrek.Tensor;
import torchtrek.errors.RuntimeError;
import torchtrek.torch;

/** Tensor hooks: they see the gradient flowing into a tensor and may replace it. */
class HooksTest {
    private static Tensor ones() {
        return torch.ones(3, requires_grad(true));
    }

    @Test
    void aHookOnALeafSeesAndReplacesItsGradient() {
        Tensor a = ones();
        List<String> seen = new ArrayList<>();
        a.register_hook(g -> {
            seen.add(g.toString());
            return g.mul(2);
        });
        a.mul(3).sum().backward();
        assertEquals(List.of("tensor([3., 3., 3.])"), seen);
        assertEquals("tensor([6., 6., 6.])", a.grad().toString());
    }

    @Test
    void aHookReturningNothingLeavesTheGradientAlone() {
        Tensor a = ones();
        int[] calls = {0};
        a.register_hook(g -> {
            calls[0]++;
            return null;
        });
        a.sum().backward();
        assertEquals(1, calls[0]);
        assertEquals("tensor([1., 1., 1.])", a.grad().toString());
    }

    @Test
    void aRemovedHookNoLongerRuns() {
        Tensor a = ones();
        int[] calls = {0};
        RemovableHandle h = a.register_hook(g -> {
            calls[0]++;
            return null;
        });
        a.mul(3).sum().backward();
        h.remove();
        a.mul(3).sum().backward();
        assertEquals(1, calls[0]);
        assertEquals("tensor([6., 6., 6.])", a.grad().toString());
        assertEquals("<torch.utils.hooks.RemovableHandle object>", h.toString());
    }

    @Test
    void aHookOnANonLeafChangesWhatFlowsFurther() {
        Tensor a = ones();
        Tensor b = a.mul(2);
        b.register_hook(g -> g.mul(3));
        b.sum().backward();
        assertEquals("tensor([6., 6., 6.])", a.grad().toString());
    }

    @Test
    void hooksRunInTheOrderTheyWereAdded() {
        Tensor a = ones();
        a.register_hook(g -> g.add(1));
        a.register_hook(g -> g.mul(10));
        a.sum().backward();
        assertEquals("tensor([20., 20., 20.])", a.grad().toString());
    }

    @Test
    void retainGradSeesTheGradientAfterEveryHookWhateverTheOrder() {
        Tensor a = ones();
        Tensor b = a.mul(2);
        b.retain_grad();
        b.register_hook(g -> g.mul(3));
        b.sum().backward();
        assertEquals("tensor([3., 3., 3.])", b.grad().toString());
        assertEquals("tensor([6., 6., 6.])", a.grad().toString());

        Tensor c = ones(), d = c.mul(2);
        d.register_hook(g -> g.mul(3));
        d.retain_grad();
        d.sum().backward();
        assertEquals("tensor([3., 3., 3.])", d.grad().toString());
    }

    @Test
    void hooksAlsoRunForAutogradGrad() {
        Tensor a = ones();
        a.register_hook(g -> g.mul(2));
        assertEquals("(tensor([2., 2., 2.]),)", torch.autograd.grad(a.sum(), a).toString());
    }

    @Test
    void aTensorWithoutGradCannotHaveHooks() {
        RuntimeError e = assertThrows(RuntimeError.class, () -> torch.ones(3).register_hook(g -> g));
        assertEquals("cannot register a hook on a tensor that doesn't require gradient", e.getMessage());
    }
}
