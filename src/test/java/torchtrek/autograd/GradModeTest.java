package torchtrek.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static torchtrek.Kwargs.requires_grad;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import torchtrek.Tensor;
import torchtrek.errors.RuntimeError;
import torchtrek.torch;

/** no_grad, enable_grad and set_grad_enabled; detach, detach_ and requires_grad_ (pytorch-facts.md section 8.3). */
class GradModeTest {
    private final Tensor x = torch.tensor(new double[] {1, 2}, requires_grad(true));

    @AfterEach
    void gradModeIsOnAgain() {
        assertTrue(torch.is_grad_enabled());
    }

    @Test
    void noGradRecordsNothing() {
        Tensor y;
        try (var g = torch.no_grad()) {
            y = x.mul(2);
            assertFalse(torch.is_grad_enabled());
        }
        assertFalse(y.requires_grad());
        assertNull(y.grad_fn());
        assertTrue(x.mul(2).requires_grad());
    }

    @Test
    void enableGradInsideNoGradRecordsAgain() {
        Tensor y, z;
        try (var off = torch.no_grad()) {
            try (var on = torch.enable_grad()) {
                y = x.mul(2);
            }
            z = x.mul(2);
        }
        assertTrue(y.requires_grad());
        assertFalse(z.requires_grad());
    }

    @Test
    void setGradEnabledWorksAsABlockAndAsAStatement() {
        try (var g = torch.set_grad_enabled(false)) {
            assertFalse(x.mul(2).requires_grad());
        }
        assertTrue(x.mul(2).requires_grad());
        torch.set_grad_enabled(false);
        try {
            assertFalse(x.mul(2).requires_grad());
            assertFalse(torch.is_grad_enabled());
        } finally {
            torch.set_grad_enabled(true);
        }
        assertTrue(x.mul(2).requires_grad());
    }

    @Test
    void theModeComesBackAfterAnError() {
        assertThrows(RuntimeError.class, () -> {
            try (var g = torch.no_grad()) {
                x.view(3);
            }
        });
        assertTrue(torch.is_grad_enabled());
    }

    @Test
    void contextManagersPrintAsPythonObjects() {
        try (var g = torch.no_grad(); var e = torch.enable_grad(); var s = torch.set_grad_enabled(true)) {
            assertTrue(g.toString().matches("<torch\\.autograd\\.grad_mode\\.no_grad object at 0x[0-9a-f]+>"), g.toString());
            assertTrue(e.toString().matches("<torch\\.autograd\\.grad_mode\\.enable_grad object at 0x[0-9a-f]+>"));
            assertTrue(s.toString().matches("<torch\\.autograd\\.grad_mode\\.set_grad_enabled object at 0x[0-9a-f]+>"));
        }
    }

    @Test
    void noGradAsADecorator() {
        Tensor y = torch.no_grad(() -> x.mul(2));
        assertFalse(y.requires_grad());
    }

    @Test
    void theNotesNoGradCell() {
        Tensor ones = torch.ones(3, requires_grad(true));
        assertTrue(ones.requires_grad());
        assertTrue(ones.pow(2).requires_grad());
        try (var g = torch.no_grad()) {
            assertFalse(ones.pow(2).requires_grad());
        }
    }

    @Test
    void detachSharesMemoryAndVersionButNoHistory() {
        Tensor d = x.detach();
        assertFalse(d.requires_grad());
        assertTrue(d.is_leaf());
        assertEquals(x.data_ptr(), d.data_ptr());
        d.set("0", 10.0);
        assertEquals("tensor([10.,  2.], requires_grad=True)", x.toString());
        assertEquals(1, x._version());
        assertEquals("tensor(True)", x.eq(d).all().toString());
    }

    @Test
    void detachInPlaceMakesANonLeafALeaf() {
        Tensor y = x.mul(1);
        assertSame(y, y.detach_());
        assertFalse(y.requires_grad());
        assertNull(y.grad_fn());
        assertTrue(y.is_leaf());
        RuntimeError e = assertThrows(RuntimeError.class, () -> x.get(0).detach_());
        assertTrue(e.getMessage().startsWith("Can't detach views in-place. Use detach() instead."));
    }

    @Test
    void requiresGradFlipsOnLeavesOnly() {
        Tensor t = torch.ones(2);
        assertSame(t, t.requires_grad_());
        assertEquals("tensor([1., 1.], requires_grad=True)", t.toString());
        t.requires_grad_(false);
        assertFalse(t.requires_grad());
        RuntimeError e = assertThrows(RuntimeError.class, () -> x.mul(2).requires_grad_(false));
        assertEquals("you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a "
            + "subgraph that doesn't require differentiation use var_no_grad = var.detach().", e.getMessage());
        assertTrue(x.mul(2).detach().requires_grad_(true).is_leaf());
        Tensor fresh = torch.tensor(new double[] {1, 2}).requires_grad_();
        fresh.sum().backward();
        assertEquals("tensor([1., 1.])", fresh.grad().toString());
    }

    @Test
    void theNotesRequiresGradCell() {
        Tensor p = torch.randn(3, 3);
        p = p.mul(3).div(p.sub(1));
        assertFalse(p.requires_grad());
        p.requires_grad_(true);
        assertTrue(p.requires_grad());
        assertEquals("SumBackward0", p.mul(p).sum().grad_fn().name());
    }
}
